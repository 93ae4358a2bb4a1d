import { sameAsGroups } from '../corpus/same-as.js';
import type { Store } from '../corpus/store.js';
import { compileVocabulary } from '../model/compile-vocabulary.js';
import type { PredicateVocabulary } from '../model/predicate-info.js';
import { predicates as builtinPredicates } from '../model/predicates.js';
import { actorNameIndex, type ClaimFeatures, claimFeatures } from './claim-features.js';
import { firstSharedId, type PackedFeatures, packedScore, packFeatures, sameIds } from './packed-features.js';
import type { PairScore } from './score-pair.js';
import { newWordings, wordPair } from './word-reasons.js';

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

const whenOf = (f: ClaimFeatures) => {
  const w = f.claim.when;
  return w === undefined ? '~' : typeof w === 'string' ? w : (w.from ?? w.to ?? '~');
};

/** Where claims sort by the signature of their wording and by time (as `localeCompare` ranks). */
interface Orders {
  readonly signature: Int32Array;
  readonly when: Int32Array;
}

/**
 * Calls `visit` once for each pair of a block to compare: all of them in a small block; in a
 * crowded one, all pairs within a small predicate family, and within a crowded family each claim
 * with its neighbours by wording, then by time (a pair already met by wording is not met again).
 */
function pairsOf(
  block: readonly number[],
  features: readonly ClaimFeatures[],
  maxBlock: number,
  orders: () => Orders,
  visit: (i: number, j: number) => void,
): void {
  if (block.length <= maxBlock) {
    for (let i = 0; i < block.length; i++)
      for (let j = i + 1; j < block.length; j++) visit(block[i] as number, block[j] as number);
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
      pairsOf(family, features, Number.POSITIVE_INFINITY, orders, visit);
      continue;
    }
    const { signature, when } = orders();
    const byWording = [...family].sort((x, y) => (signature[x] as number) - (signature[y] as number));
    const byTime = [...family].sort((x, y) => (when[x] as number) - (when[y] as number));
    const place = new Map(byWording.map((claim, k) => [claim, k]));
    for (let i = 0; i < byWording.length; i++)
      for (let j = i + 1; j <= i + NEIGHBOURS && j < byWording.length; j++)
        visit(byWording[i] as number, byWording[j] as number);
    for (let i = 0; i < byTime.length; i++) {
      const x = byTime[i] as number;
      const at = place.get(x) as number;
      for (let j = i + 1; j <= i + NEIGHBOURS && j < byTime.length; j++) {
        const y = byTime[j] as number;
        if (Math.abs((place.get(y) as number) - at) > NEIGHBOURS) visit(x, y);
      }
    }
  }
}

/** Each value's place among the values in `localeCompare` order; values that compare equal share one. */
function localeRanks(values: readonly string[]): Int32Array {
  const distinct = [...new Set(values)].sort((p, q) => p.localeCompare(q));
  const rankOf = new Map<string, number>();
  for (const [k, value] of distinct.entries()) {
    const before = distinct[k - 1];
    rankOf.set(value, before !== undefined && before.localeCompare(value) === 0 ? (rankOf.get(before) as number) : k);
  }
  return Int32Array.from(values, (value) => rankOf.get(value) as number);
}

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
  const { context: packing, packed } = packFeatures(features, compiled);
  const actorCount = packing.actors.strings.length;
  // Blocks are numbered: an actor's id, or past the actors a stem's; the Map keeps first-met order.
  const blocks = new Map<number, number[]>();
  const add = (key: number, i: number) => {
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  };
  for (const [i, f] of features.entries()) {
    if (f.sources.size === 0) continue; // said by nobody: nothing to align
    const p = packed[i] as PackedFeatures;
    if (p.actors.length > 0) for (const actor of p.actors) add(actor, i);
    // Nothing named: block on the words instead (crowded blocks are thinned as above).
    else for (const s of f.stems) add(actorCount + packing.stems.id(s), i);
  }
  // The pairs that make the cut, as parallel lists: the claims in the order compared, and what
  // packedScore found. Objects and reasons are made only for the pairs returned.
  const first: number[] = [];
  const second: number[] = [];
  const scores: number[] = [];
  const texts: number[] = [];
  const quotes: number[] = [];
  const flags: number[] = [];
  let ranked: Orders | undefined;
  const orders = () => {
    ranked ??= { signature: localeRanks(features.map(signature)), when: localeRanks(features.map(whenOf)) };
    return ranked;
  };
  for (const [blockKey, block] of blocks) {
    if (block.length < 2) continue;
    const byActor = blockKey < actorCount;
    // A pair is compared only in the first block its two claims share, so no set of the pairs
    // already scored is needed.
    pairsOf(block, features, maxBlock, orders, (i, j) => {
      const x = features[i] as ClaimFeatures;
      const y = features[j] as ClaimFeatures;
      const px = packed[i] as PackedFeatures;
      const py = packed[j] as PackedFeatures;
      const owner = byActor ? firstSharedId(px.actors, py.actors) : actorCount + firstSharedId(px.stems, py.stems);
      if (owner !== blockKey) return;
      if ((px.root === py.root && !options.includeAligned) || sameIds(px.sources, py.sources)) return;
      const parts = packedScore(x, y, px, py, packing);
      if (parts.thousandths / 1000 < minScore) return;
      first.push(i);
      second.push(j);
      scores.push(parts.thousandths);
      texts.push(parts.text);
      quotes.push(parts.quotes);
      flags.push(parts.flags);
    });
  }
  // Best first, then by the ids in localeCompare order (as ranks), then in the order found.
  const ids = claims.map((c) => c.id);
  const ranks = localeRanks(ids);
  const a = first.map((i, k) =>
    (ids[i] as string) < (ids[second[k] as number] as string) ? i : (second[k] as number),
  );
  const b = first.map((i, k) => (a[k] === i ? (second[k] as number) : i));
  const order = first.map((_, k) => k);
  order.sort(
    (p, q) =>
      (scores[q] as number) - (scores[p] as number) ||
      (ranks[a[p] as number] as number) - (ranks[a[q] as number] as number) ||
      (ranks[b[p] as number] as number) - (ranks[b[q] as number] as number) ||
      p - q,
  );
  const kept = options.limit === undefined ? order : order.slice(0, options.limit);
  const wordings = newWordings();
  return kept.map((k) => {
    const i = first[k] as number;
    const j = second[k] as number;
    const x = features[i] as ClaimFeatures;
    const y = features[j] as ClaimFeatures;
    const parts = {
      text: texts[k] as number,
      quotes: quotes[k] as number,
      flags: flags[k] as number,
      thousandths: scores[k] as number,
    };
    const { score, relation, reasons } = wordPair(
      x,
      y,
      packed[i] as PackedFeatures,
      packed[j] as PackedFeatures,
      parts,
      packing,
      wordings,
    );
    return { a: ids[a[k] as number] as string, b: ids[b[k] as number] as string, score, relation, reasons };
  });
}
