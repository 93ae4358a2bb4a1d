import type { Corpus } from '../corpus/corpus.js';
import type { Entry } from '../corpus/store.js';
import type { LayeredMap } from '../internal/layered-map.js';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { Source } from '../model/source.js';
import { DateMemo } from './date-memo.js';

function resolveAll<T>(
  attributions: readonly Attribution[],
  records: LayeredMap<string, Entry<T>>,
  key: (a: Attribution) => string,
): readonly (T | undefined)[] {
  // Pushed, not preallocated: a packed array reads faster than a holey one.
  const out: (T | undefined)[] = [];
  for (let i = 0; i < attributions.length; i++) out.push(records.get(key(attributions[i] as Attribution))?.record);
  return Object.freeze(out);
}

/**
 * What several rules need to know about a corpus, worked out once per run of `check` and shared
 * by every rule of that run: each attribution's source, speaker and claim, looked up once instead
 * of once per rule, and the day bounds of dates. Each part is computed on first use, so a run of
 * one rule pays only for what that rule reads. Rules get it as `context.shared`.
 *
 * The lists are indexed like `corpus.attributions`: `shared.sources[i]` is the source of
 * `corpus.attributions[i]`, undefined when no source has its id (unknown-reference reports that).
 *
 * @example
 * const shared = new SharedFacts(corpus);
 * corpus.attributions.filter((a, i) => shared.sources[i]?.published === undefined).length
 * //=> 0
 */
export class SharedFacts {
  #sources?: readonly (Source | undefined)[];
  #speakers?: readonly (Actor | undefined)[];
  #claims?: readonly (Claim | undefined)[];
  /** Day bounds of dates, parsed once per run and shared by the date rules. */
  readonly dates = new DateMemo();

  /**
   * @param corpus - the corpus being checked
   */
  constructor(readonly corpus: Corpus) {}

  /** The source of each attribution, by its place in `corpus.attributions`. */
  get sources(): readonly (Source | undefined)[] {
    this.#sources ??= resolveAll(this.corpus.attributions, this.corpus.store.sources, (a) => a.source);
    return this.#sources;
  }

  /** The speaker of each attribution, by its place in `corpus.attributions`. */
  get speakers(): readonly (Actor | undefined)[] {
    this.#speakers ??= resolveAll(this.corpus.attributions, this.corpus.store.actors, (a) => a.speaker);
    return this.#speakers;
  }

  /** The claim of each attribution, by its place in `corpus.attributions`. */
  get claims(): readonly (Claim | undefined)[] {
    this.#claims ??= resolveAll(this.corpus.attributions, this.corpus.store.claims, (a) => a.claim);
    return this.#claims;
  }
}

/**
 * The shared facts of a rule's context; a fresh set when whoever ran the rule gave none (a rule
 * called directly, not through `check`).
 *
 * @param context - what the rule was given
 * @returns `context.shared`, or new shared facts for `context.corpus`
 *
 * @example
 * sharedFacts({ corpus }).sources.length === corpus.attributions.length
 * //=> true
 */
export function sharedFacts(context: { readonly corpus: Corpus; readonly shared?: SharedFacts }): SharedFacts {
  return context.shared?.corpus === context.corpus ? context.shared : new SharedFacts(context.corpus);
}
