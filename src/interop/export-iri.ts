import * as z from 'zod';
import { InvalidOptionError } from '../model/claimtrail-error.js';
import { EntityTypeSchema } from '../model/diagnostic.js';

/** RFC 8141: `urn:`, a namespace id of 2 to 32 letters, digits and hyphens, then the allowed characters. */
const URN = /^urn:[a-z0-9][a-z0-9-]{0,30}[a-z0-9]:[a-z0-9()+,\-.:=@;$_!*'%/?#&~]+$/i;

/** The outcome of {@link exportableIri}: the IRI to write, or why a value cannot be written as one. */
export type ExportableIri = { ok: true; iri: string } | { ok: false; reason: string };

/**
 * Whether a value may go into a JSON-LD export as an IRI, and in which form. Only `http`,
 * `https` and `urn` IRIs are written: `javascript:`, `data:`, `file:` and the like would become
 * live links in whatever shows the export. An http(s) URL is written normalised (as
 * `new URL(value).href`: lowercase scheme and host, spaces, quotes and angle brackets
 * percent-encoded); a URN must already be well-formed (RFC 8141 characters only).
 *
 * @param value - a URL from a record, or an IRI prefix
 * @returns `{ ok: true, iri }`, or `{ ok: false, reason }` (a reason that finishes "… because …")
 *
 * @example
 * exportableIri('HTTPS://Example.org/a "b"')
 * //=> { ok: true, iri: 'https://example.org/a%20%22b%22' }
 * exportableIri('javascript:alert(1)')
 * //=> { ok: false, reason: 'it uses the javascript: scheme; only http, https and urn are exported' }
 */
export function exportableIri(value: string): ExportableIri {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'it is not an absolute URL' };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return { ok: true, iri: url.href };
  if (url.protocol === 'urn:') {
    return URN.test(value) ? { ok: true, iri: value } : { ok: false, reason: 'it is not a well-formed URN' };
  }
  return { ok: false, reason: `it uses the ${url.protocol} scheme; only http, https and urn are exported` };
}

/** A link left out of a JSON-LD export because it was not an http, https or urn IRI. */
export const DroppedIriSchema = z.object({
  code: z.literal('unsafe-iri'),
  /** The record and field the value came from: `[type, id, field]`. */
  path: z.tuple([EntityTypeSchema, z.string(), z.string()]),
  value: z.string(),
  reason: z.string(),
});
export type DroppedIri = z.infer<typeof DroppedIriSchema>;

/**
 * The IRI of a record field for a JSON-LD export, or undefined when it is absent or may not be
 * exported; a value left out is told to `onDropped`.
 *
 * @param value - the field's value
 * @param path - `[type, id, field]` of the value, for the report
 * @param onDropped - told about each value left out
 * @returns the normalised IRI, or undefined
 *
 * @example
 * linkIri('javascript:alert(1)', ['source', 's1', 'url'], console.warn)
 * //=> undefined
 */
export function linkIri(
  value: string | undefined,
  path: DroppedIri['path'],
  onDropped: ((dropped: DroppedIri) => void) | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const checked = exportableIri(value);
  if (checked.ok) return checked.iri;
  onDropped?.({ code: 'unsafe-iri', path, value, reason: checked.reason });
  return undefined;
}

/**
 * The IRI prefix of an export, checked: it must make http, https or urn IRIs, unchanged by
 * normalisation (so that record IRIs are exactly prefix + type + id).
 *
 * @param base - the prefix asked for
 * @returns the prefix
 * @throws {InvalidOptionError} when the prefix would make other IRIs
 *
 * @example
 * checkedIriBase('javascript:alert(1)//')
 * //=> throws InvalidOptionError
 */
export function checkedIriBase(base: string): string {
  const probe = exportableIri(`${base}actor`);
  if (!probe.ok || probe.iri !== `${base}actor`) {
    throw new InvalidOptionError(
      `the IRI base "${base}" cannot be used: ${probe.ok ? 'it is not in normalised form' : probe.reason}`,
    );
  }
  return base;
}
