import type { EntityType } from '../model/diagnostic.js';
import { IdSchema } from '../model/ids.js';
import type { DroppedIri } from './export-iri.js';

/** The IRI prefix that exported JSON-LD gives records when no `base` is chosen. */
export const DEFAULT_IRI_BASE = 'urn:claimtrail:';

/**
 * The namespace of claimtrail's own terms in JSON-LD exports (the `ct:` prefix of the PROV-O
 * export; attribution modes and the actor kind `group` in the schema.org export).
 */
export const CLAIMTRAIL_VOCAB = 'urn:claimtrail:vocab:';

/** Options shared by the JSON-LD exports. */
export interface JsonLdExportOptions {
  /**
   * Prefix of the IRIs given to records: `urn:claimtrail:` (the default) makes
   * `urn:claimtrail:actor:kim-jong-un`; a base ending in `/` such as `https://example.org/corpus/`
   * makes `https://example.org/corpus/actor/kim-jong-un`.
   */
  readonly base?: string;
  /**
   * Told about each link (a source's or a media outlet's `url`) left out because it is not an
   * http, https or urn IRI (see `exportableIri`).
   */
  readonly onDroppedIri?: (dropped: DroppedIri) => void;
}

const TYPES: readonly EntityType[] = ['actor', 'source', 'claim', 'attribution'];

function separator(base: string): string {
  return base.endsWith(':') ? ':' : '/';
}

/**
 * The IRI of a record in JSON-LD exports. Ids are ASCII slugs, so they need no escaping.
 *
 * @param type - the record type
 * @param id - the record id
 * @param base - the IRI prefix (default `urn:claimtrail:`)
 * @returns the record's IRI
 * @throws nothing
 * @example
 * recordIri('actor', 'kim-jong-un')
 * //=> 'urn:claimtrail:actor:kim-jong-un'
 */
export function recordIri(type: EntityType, id: string, base: string = DEFAULT_IRI_BASE): string {
  return `${base}${type}${separator(base)}${id}`;
}

/**
 * The record type and id an IRI made by {@link recordIri} stands for, so that an import of an
 * export gets the same ids back.
 *
 * @param iri - an IRI from an export
 * @param base - the prefix the export used (default `urn:claimtrail:`)
 * @returns the type and id, or undefined when the IRI is not one of ours
 * @throws nothing
 * @example
 * parseRecordIri('urn:claimtrail:source:dn-kishida-ready-to-meet-kim')
 * //=> { type: 'source', id: 'dn-kishida-ready-to-meet-kim' }
 */
export function parseRecordIri(
  iri: string,
  base: string = DEFAULT_IRI_BASE,
): { type: EntityType; id: string } | undefined {
  if (!iri.startsWith(base)) return undefined;
  const rest = iri.slice(base.length);
  const sep = separator(base);
  for (const type of TYPES) {
    const head = `${type}${sep}`;
    if (rest.startsWith(head)) {
      const id = rest.slice(head.length);
      return IdSchema.safeParse(id).success ? { type, id } : undefined;
    }
  }
  return undefined;
}
