import { type PredicateInfo, type PredicateVocabulary, predicates } from './predicates.js';

// The registry lives on globalThis under a Symbol.for key, so the ESM and CommonJS copies of the
// package (both may load in one process) and any bundled copy share it.
const KEY = Symbol.for('claimtrail.predicate-registry');
type Holder = { [KEY]?: Map<string, PredicateInfo> };

function registry(): Map<string, PredicateInfo> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/**
 * Adds predicates to the vocabulary every `check` and `contradictions` run uses, for the whole
 * process: a project's own predicates, declared once at start-up instead of passed to each call.
 * The `predicates` option of a call still adds to (and overrides) these.
 *
 * @param vocabulary - the predicates by slug
 * @returns nothing
 * @example
 * registerPredicates({ 'sanctions': { label: 'sanctions', object: 'actor' } });
 * registeredPredicates().sanctions?.label
 * //=> 'sanctions'
 */
export function registerPredicates(vocabulary: PredicateVocabulary): void {
  const known = registry();
  for (const [slug, info] of Object.entries(vocabulary)) known.set(slug, info);
}

/**
 * The vocabulary in force: the built-in predicates and those added with {@link registerPredicates}.
 *
 * @returns the predicates by slug
 * @example
 * registeredPredicates().meets?.symmetric
 * //=> true
 */
export function registeredPredicates(): PredicateVocabulary {
  const known = registry();
  return known.size === 0 ? predicates : { ...predicates, ...Object.fromEntries(known) };
}
