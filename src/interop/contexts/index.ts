import { ClaimtrailError } from '../../model/claimtrail-error.js';
import anno from './anno.context.json' with { type: 'json' };
import prov from './prov.context.json' with { type: 'json' };
import schemaOrg from './schema-org.context.json' with { type: 'json' };

/** The context URL of W3C Web Annotation documents. */
export const ANNO_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';
/** The context URL of schema.org documents, as fact-checkers write it. */
export const SCHEMA_ORG_CONTEXT_URL = 'https://schema.org';

/**
 * The JSON-LD context documents the exports refer to, by every URL they are published under, so
 * that a JSON-LD processor can expand claimtrail's exports without a network:
 * - `anno.context.json` is a verbatim copy of the W3C Web Annotation context
 *   (http://www.w3.org/ns/anno.jsonld);
 * - `schema-org.context.json` is a reduced copy of https://schema.org/docs/jsonldcontext.jsonld:
 *   the same `@vocab` (`http://schema.org/`) and the definitions of the terms whose values are
 *   IRIs or dates, so that every term claimtrail writes or reads expands as it does with the full
 *   context;
 * - `prov.context.json` holds the prefixes of the PROV-O export, which carries it inline.
 */
export const localContexts: Readonly<Record<string, object>> = Object.freeze({
  'http://www.w3.org/ns/anno.jsonld': anno,
  'https://www.w3.org/ns/anno.jsonld': anno,
  'http://schema.org': schemaOrg,
  'http://schema.org/': schemaOrg,
  'https://schema.org': schemaOrg,
  'https://schema.org/': schemaOrg,
  'https://schema.org/docs/jsonldcontext.jsonld': schemaOrg,
  'https://schema.org/docs/jsonldcontext.json': schemaOrg,
});

/** The inline `@context` of the PROV-O export. */
export const provContext: Readonly<Record<string, string>> = Object.freeze(prov['@context']);

/** What a JSON-LD document loader resolves to (the shape the `jsonld` package expects). */
export interface LoadedDocument {
  readonly contextUrl: null;
  readonly documentUrl: string;
  readonly document: object;
}

/**
 * Thrown by {@link localDocumentLoader} for a URL it has no copy of; `url` is the one asked for.
 * Code `unknown-context`.
 *
 * @example
 * new UnknownContextError('https://example.org/context.jsonld').code
 * //=> 'unknown-context'
 */
export class UnknownContextError extends ClaimtrailError {
  override readonly name = 'UnknownContextError';
  readonly code = 'unknown-context' as const;
  constructor(readonly url: string) {
    super(`claimtrail has no local copy of ${url}; it serves only ${Object.keys(localContexts).join(', ')}.`);
  }
}

/**
 * A JSON-LD document loader that serves the contexts of claimtrail's exports from the copies in
 * the package and refuses every other URL, for expanding or checking exports offline.
 *
 * @param url - the URL a JSON-LD processor asks for
 * @returns the context document
 * @throws {UnknownContextError} (the promise rejects with it) when the URL is not one of the contexts the package holds
 * @example
 * import jsonld from 'jsonld';
 * const expanded = await jsonld.expand(toWebAnnotations(corpus), { documentLoader: localDocumentLoader });
 * expanded[0]['@type']
 * //=> ['http://www.w3.org/ns/activitystreams#OrderedCollection']
 */
export async function localDocumentLoader(url: string): Promise<LoadedDocument> {
  const document = localContexts[url];
  if (!document) throw new UnknownContextError(url);
  return { contextUrl: null, documentUrl: url, document };
}
