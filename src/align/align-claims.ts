import { sameAsGroups } from '../corpus/same-as.js';
import type { Store } from '../corpus/store.js';
import { compileVocabulary } from '../model/compile-vocabulary.js';
import type { PredicateVocabulary } from '../model/predicate-info.js';
import { predicates as builtinPredicates } from '../model/predicates.js';
import { actorNameIndex, type ClaimFeatures, claimFeatures } from './claim-features.js';
import { type PairScore, scorePair } from './score-pair.js';

/** Options of `corpus.alignClaims()`. */
export interface AlignOptions {
  /** The lowest score (0 to 1) to suggest; default 0.55. */
  readonly minScore?: number;
  /** Predicates to add to the vocabulary. */
  readonly predicates?: PredicateVocabulary;
  /** At most this many suggestions, best first. */
  readonly limit?: number;
  /** Also suggest pairs already linked by sameAs (to measure alignment on a corpus that records them). */
  readonly includeAligned?: boolean;
  /**
   * Blocks larger than this are split by predicate family, and a family block still larger is
   * compared only among neighbours (by wording, then by time); default 32. This is what keeps the
   * cost near linear in the number of claims.
   */
  readonly maxBlock?: number;
}

/** Two claims from different sources that probably state one proposition, or conflict on it. */
export interface AlignSuggestion extends PairScore {
  /** A claim id (the smaller of the two). */
  readonly a: string;
  /** The other claim id. */
  readonly b: string;
}

const NEIGHBOURS = 8;

// A cheap signature for ordering: claims whose wordings share most stems tend to share the smallest.
function signature(f: ClaimFeatures): string {
  let least: string | undefined;
  for (const s of f.stems) if (least === undefined || s < least) least = s;
  return least ?? '';
}

function* pairsOf(
  block: readonly number[],
  features: readonly ClaimFeatures[],
  maxBlock: number,
): Generator<readonly [number, number]> {
  if (block.length <= maxBlock) {
    for (let i = 0; i < block.length; i++)
      for (let j = i + 1; j < block.length; j++) yield [block[i] as number, block[j] as number] as const;
    return;
  }
  const byFamily = new Map<string, number[]>();
  for (const i of block) {
    const family = (features[i] as ClaimFeatures).family;
    const list = byFamily.get(family);
    if (list) list.push(i);
    else byFamily.set(family, [i]);
  }
  for (const family of byFamily.values()) {
    if (family.length <= maxBlock) {
      yield* pairsOf(family, features, Number.POSITIVE_INFINITY);
      continue;
    }
    const orders = [
      [...family].sort((x, y) =>
        signature(features[x] as ClaimFeatures).localeCompare(signature(features[y] as ClaimFeatures)),
      ),
      [...family].sort((x, y) =>
        whenOf(features[x] as ClaimFeatures).localeCompare(whenOf(features[y] as ClaimFeatures)),
      ),
    ];
    for (const order of orders)
      for (let i = 0; i < order.length; i++)
        for (let j = i + 1; j <= i + NEIGHBOURS && j < order.length; j++)
          yield [order[i] as number, order[j] as number] as const;
  }
}

const whenOf = (f: ClaimFeatures) => {
  const w = f.claim.when;
  return w === undefined ? '~' : typeof w === 'string' ? w : (w.from ?? w.to ?? '~');
};

/** The first item two sorted lists share. */
function firstShared(a: readonly string[], b: readonly string[]): string | undefined {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) return x;
    if (x < y) i++;
    else j++;
  }
  return undefined;
}

const sameSources = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
  x.size === y.size && [...x].every((s) => y.has(s));

/**
 * Suggests pairs of claims, from different sources, that probably state the same proposition in
 * other words, or conflict on it: each with a score from 0 to 1, `same` or `conflict`, and the
 * reasons (shared actors, predicates related by the vocabulary, overlapping times, overlap of the
 * claim texts and quoted words, polarity). Pairs already in one sameAs group are left out.
 *
 * Claims are first put in blocks by the actors they involve (subject, object, place and those
 * their text names); only claims sharing a block are compared, and a crowded block is split by
 * predicate family and then compared among neighbours, so the cost grows with the corpus, not with
 * its square.
 *
 * @param store - the corpus's records
 * @param options - minimum score, extra predicates, limit, block size
 * @returns the suggestions, best first
 *
 * @example
 * alignClaims(corpus.store, { minScore: 0.6 }).map((s) => [s.a, s.b, s.relation])
 * //=> [['daily-a.c-in-hospital', 'daily-b.c-hospitalised', 'same']]
 */
export function alignClaims(store: Store, options: AlignOptions = {}): AlignSuggestion[] {
  const vocabulary: PredicateVocabulary = { ...builtinPredicates, ...options.predicates };
  const compiled = compileVocabulary(vocabulary);
  const minScore = options.minScore ?? 0.55;
  const maxBlock = options.maxBlock ?? 32;
  const claims = [...store.claims.values()].map((e) => e.record);
  const context = { store, names: actorNameIndex(store), vocabulary, compiled, sameAs: sameAsGroups(claims) };
  const features = claims.map((claim) => claimFeatures(claim, context));
  const blocks = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  };
  for (const [i, f] of features.entries()) {
    if (f.sources.size === 0) continue; // said by nobody: nothing to align
    if (f.actors.length > 0) for (const actor of f.actors) add(`@${actor}`, i);
    // Nothing named: block on the words instead (crowded blocks are thinned as above).
    else for (const s of f.stems) add(`~${s}`, i);
  }
  const stemLists = features.map((f) => [...f.stems].sort());
  const out: AlignSuggestion[] = [];
  for (const [blockKey, block] of blocks) {
    if (block.length < 2) continue;
    // A pair is compared only in the first block its two claims share, so no set of the pairs
    // already scored is needed; within a thinned block a pair met in both orders is skipped once.
    const met = block.length > maxBlock ? new Set<number>() : undefined;
    for (const [i, j] of pairsOf(block, features, maxBlock)) {
      const x = features[i] as ClaimFeatures;
      const y = features[j] as ClaimFeatures;
      const owner = blockKey.startsWith('@')
        ? `@${firstShared(x.actors, y.actors)}`
        : `~${firstShared(stemLists[i] as string[], stemLists[j] as string[])}`;
      if (owner !== blockKey) continue;
      if (met) {
        const key = i < j ? i * claims.length + j : j * claims.length + i;
        if (met.has(key)) continue;
        met.add(key);
      }
      if ((x.root === y.root && !options.includeAligned) || sameSources(x.sources, y.sources)) continue;
      const scored = scorePair(x, y, compiled, minScore);
      if (!scored) continue;
      const [a, b] = x.claim.id < y.claim.id ? [x.claim.id, y.claim.id] : [y.claim.id, x.claim.id];
      out.push({ a, b, ...scored });
    }
  }
  out.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
  return options.limit === undefined ? out : out.slice(0, options.limit);
}
