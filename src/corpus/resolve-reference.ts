import type { Actor } from '../model/actor.js';
import type { Source } from '../model/source.js';
import { AmbiguousReferenceError, UnknownReferenceError } from './errors.js';
import type { Resolution } from './name-index.js';
import type { Store } from './store.js';

/** The kinds of record a reference by name can point at, with the record each resolves to. */
interface Named {
  actor: Actor;
  source: Source;
}

function resolve<K extends keyof Named>(store: Store, type: K, reference: string): Resolution<Named[K]> {
  const index = type === 'actor' ? store.actorNames : store.sourceNames;
  return index.resolve(reference) as Resolution<Named[K]>;
}

function unwrap<K extends keyof Named>(type: K, reference: string, r: Resolution<Named[K]>): Named[K] | undefined {
  if (r.status === 'found') return r.value;
  if (r.status === 'missing') return undefined;
  const candidates = r.candidates.map((c: Actor | Source) => ({ id: c.id, name: 'name' in c ? c.name : c.title }));
  throw new AmbiguousReferenceError(type, reference, candidates);
}

/**
 * The actor or source a reference names, by id, name, alias or title.
 *
 * @param store - the store of a corpus
 * @param type - `'actor'` or `'source'`
 * @param reference - `"hirokazu-matsuno"`, `"Matsuno"`, `"The Guardian"`
 * @returns the record, or undefined when nothing is called that
 * @throws {AmbiguousReferenceError} when the name fits several records; it lists them
 *
 * @example
 * findNamed(corpus.store, 'actor', 'kim jong-un')?.id
 * //=> 'kim-jong-un'
 */
export function findNamed<K extends keyof Named>(store: Store, type: K, reference: string): Named[K] | undefined {
  return unwrap(type, reference, resolve(store, type, reference));
}

/**
 * The actor or source a reference names, for queries that cannot go on without it.
 *
 * @param store - the store of a corpus
 * @param type - `'actor'` or `'source'`
 * @param reference - an id, name, alias or title
 * @returns the record
 * @throws {UnknownReferenceError} when nothing is called that, with the closest name as a suggestion
 * @throws {AmbiguousReferenceError} when the name fits several records
 *
 * @example
 * requireNamed(corpus.store, 'source', 'nobody-wrote-this')
 * //=> throws UnknownReferenceError: No source is called "nobody-wrote-this".
 */
export function requireNamed<K extends keyof Named>(store: Store, type: K, reference: string): Named[K] {
  const r = resolve(store, type, reference);
  if (r.status === 'missing') throw new UnknownReferenceError(type, reference, r.suggestion);
  return unwrap(type, reference, r) as Named[K];
}
