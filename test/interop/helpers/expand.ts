import jsonld from 'jsonld';
import { localDocumentLoader } from '../../../src/interop/contexts/index.js';

type Expanded = Record<string, unknown>[];

/**
 * Expands a JSON-LD document with the jsonld package, offline (contexts from the package's local
 * copies), in safe mode: a term that does not resolve to an IRI throws instead of being dropped.
 */
export async function expand(doc: object): Promise<Expanded> {
  return (await (jsonld.expand as (...args: unknown[]) => Promise<unknown>)(doc, {
    documentLoader: localDocumentLoader as never,
    safe: true,
  } as never)) as Expanded;
}

/** The document as N-Quads lines, for asserting whole triples with full IRIs. */
export async function nquads(doc: object): Promise<Set<string>> {
  const text = (await (jsonld.toRDF as (...args: unknown[]) => Promise<unknown>)(doc, {
    format: 'application/n-quads',
    documentLoader: localDocumentLoader as never,
    safe: true,
  } as never)) as unknown as string;
  return new Set(text.split('\n').filter(Boolean));
}

/** Every property IRI and type IRI used anywhere in an expanded document. */
export function termsOf(expanded: unknown): Set<string> {
  const terms = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '@type') for (const t of [child].flat()) terms.add(t as string);
        else if (!key.startsWith('@')) terms.add(key);
        walk(child);
      }
    }
  };
  walk(expanded);
  return terms;
}
