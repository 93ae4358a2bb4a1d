import { distance } from 'fastest-levenshtein';
import { whenRange } from '../contradict/pairs.js';
import type { CompiledVocabulary } from '../model/compile-vocabulary.js';
import type { ClaimFeatures } from './claim-features.js';
import { predicateRelation } from './score-pair.js';

/**
 * A claim's features as numbers: stems, actors and sources as sorted ids, its time as two day
 * numbers. Ids are given in the code-unit order of the strings, so the first id two sorted lists
 * share is the first string their sorted string lists share. Derived from {@link ClaimFeatures},
 * never from the claim itself, so the two cannot drift apart.
 */
export interface PackedFeatures {
  readonly stems: Int32Array;
  readonly quoted: Int32Array;
  readonly actors: Int32Array;
  readonly sources: Int32Array;
  readonly predicate: number;
  readonly canonical: number;
  readonly root: number;
  /** Whether it has a `when`; then the first and last day it may hold. */
  readonly dated: boolean;
  readonly from: number;
  readonly to: number;
}

/** Strings numbered in their code-unit order, so that sorted id lists sort like the strings. */
export class Interned {
  readonly strings: readonly string[];
  private readonly ids: Map<string, number>;

  constructor(all: Iterable<string>) {
    this.strings = [...new Set(all)].sort();
    this.ids = new Map(this.strings.map((s, i) => [s, i]));
  }

  /** The id of a string of the set; -1 for one outside it. */
  id(s: string): number {
    return this.ids.get(s) ?? -1;
  }

  /** The sorted ids of some strings of the set. */
  list(values: Iterable<string>): Int32Array {
    const out = Int32Array.from(values, (s) => this.id(s));
    return out.sort();
  }
}

/** Everything the packed scorer needs besides the two claims. */
export interface PackedContext {
  readonly stems: Interned;
  /** Length of each stem, by id (the near-spelling test looks at it first). */
  readonly stemLength: Int32Array;
  readonly actors: Interned;
  readonly predicates: Interned;
  /** Weight and exclusion of each ordered pair of predicates, filled as pairs are met. */
  readonly relations: Map<number, { readonly weight: number; readonly excludes: boolean }>;
  readonly compiled: CompiledVocabulary;
  /** Reason of each ordered pair of predicates, filled as pairs are met. */
  readonly predicateReasons: Map<number, string | undefined>;
  /** Near spellings of each stem, by id, as they are needed; and the index that finds them. */
  readonly near: (Int32Array | undefined)[];
  readonly dropped: Map<string, number[]>;
  /** Scratch: which stems of the second list the first list also has. */
  readonly seen: Uint8Array;
}

/**
 * Numbers every stem, actor, source, predicate and sameAs root of some claims' features, and
 * packs each claim's features.
 *
 * @param features - the claims' features
 * @param compiled - the vocabulary's relations
 * @returns the shared context and the packed features, in the order of `features`
 *
 * @example
 * packFeatures([hospitalFeatures], compiled).packed[0].stems
 * //=> Int32Array [0, 1]
 */
export function packFeatures(
  features: readonly ClaimFeatures[],
  compiled: CompiledVocabulary,
): { context: PackedContext; packed: PackedFeatures[] } {
  const stems = new Interned(features.flatMap((f) => [...f.stems, ...f.quoted]));
  const actors = new Interned(features.flatMap((f) => f.actors));
  const sources = new Interned(features.flatMap((f) => [...f.sources]));
  const predicates = new Interned(features.flatMap((f) => [f.claim.predicate, f.canonical]));
  const roots = new Interned(features.map((f) => f.root));
  let longest = 0;
  const packed = features.map((f): PackedFeatures => {
    const when = f.claim.when;
    const [from, to] = when === undefined ? [Number.NaN, Number.NaN] : whenRange(when);
    longest = Math.max(longest, f.stems.size, f.quoted.size);
    return {
      stems: stems.list(f.stems),
      quoted: stems.list(f.quoted),
      actors: actors.list(f.actors),
      sources: sources.list(f.sources),
      predicate: predicates.id(f.claim.predicate),
      canonical: predicates.id(f.canonical),
      root: roots.id(f.root),
      dated: when !== undefined,
      from,
      to,
    };
  });
  const stemLength = Int32Array.from(stems.strings, (s) => s.length);
  const context = {
    stems,
    stemLength,
    actors,
    predicates,
    relations: new Map(),
    predicateReasons: new Map(),
    near: [],
    dropped: new Map(),
    compiled,
    seen: new Uint8Array(longest),
  };
  return { context, packed };
}

/** The number of ids two sorted lists share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both;
}

/**
 * The first id two sorted lists share.
 *
 * @param a - a sorted list
 * @param b - another
 * @returns the smallest id in both; -1 when none
 *
 * @example
 * firstSharedId(Int32Array.of(1, 4, 7), Int32Array.of(2, 4, 7))
 * //=> 4
 */
export function firstSharedId(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return x;
    if (x < y) i++;
    else j++;
  }
  return -1;
}

/**
 * Whether two sorted lists hold the same ids.
 *
 * @param a - a sorted list
 * @param b - another
 * @returns true when they are equal
 *
 * @example
 * sameIds(Int32Array.of(1, 2), Int32Array.of(1, 2))
 * //=> true
 */
export function sameIds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The overlap of scorePair on sorted ids: the same sums in the same order, so the same float.
function packedOverlap(a: Int32Array, b: Int32Array, context: PackedContext): number {
  if (a.length === 0 || b.length === 0) return 0;
  const { seen, stemLength } = context;
  seen.fill(0, 0, b.length);
  let shared = 0;
  let unmatched = 0;
  let i = 0;
  let j = 0;
  while (i < a.length) {
    const x = a[i] as number;
    while (j < b.length && (b[j] as number) < x) j++;
    if (j < b.length && b[j] === x) {
      shared++;
      seen[j] = 1;
      j++;
    } else if ((stemLength[x] as number) >= 5) unmatched++;
    i++;
  }
  if (unmatched === 0 || shared === 0 || a.length + b.length > 60) return (2 * shared) / (a.length + b.length);
  for (i = 0; i < a.length; i++) {
    const s = a[i] as number;
    if ((stemLength[s] as number) < 5 || b.includes(s)) continue;
    // A stem of b that a also has is one b matched (seen), since both lists are sets.
    const near = nearStems(s, context);
    let k = 0;
    for (j = 0; j < b.length && k < near.length; j++) {
      const t = b[j] as number;
      while (k < near.length && (near[k] as number) < t) k++;
      if (near[k] === t && seen[j] === 0) {
        shared += 0.8;
        break;
      }
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * The stems one edit away from a stem, both of five letters or more (the near spellings overlap
 * counts), worked out once per stem from an index of each stem with one letter dropped.
 */
function nearStems(s: number, context: PackedContext): Int32Array {
  let near = context.near[s];
  if (near !== undefined) return near;
  const { strings } = context.stems;
  if (context.dropped.size === 0)
    for (const [id, stem] of strings.entries()) {
      if (stem.length < 5) continue;
      for (const key of new Set([stem, ...dropOne(stem)])) {
        const list = context.dropped.get(key);
        if (list) list.push(id);
        else context.dropped.set(key, [id]);
      }
    }
  const stem = strings[s] as string;
  const candidates = new Set<number>();
  for (const key of new Set([stem, ...dropOne(stem)]))
    for (const t of context.dropped.get(key) ?? []) candidates.add(t);
  candidates.delete(s);
  near = Int32Array.from(
    [...candidates].filter((t) => {
      const other = strings[t] as string;
      return Math.abs(other.length - stem.length) <= 1 && distance(stem, other) <= 1;
    }),
  ).sort();
  context.near[s] = near;
  return near;
}

const dropOne = (s: string) => Array.from(s, (_, i) => s.slice(0, i) + s.slice(i + 1));

function relationOf(
  x: ClaimFeatures,
  y: ClaimFeatures,
  px: PackedFeatures,
  py: PackedFeatures,
  context: PackedContext,
) {
  const key = px.predicate * context.predicates.strings.length + py.predicate;
  let relation = context.relations.get(key);
  if (relation === undefined) {
    const { weight, excludes } = predicateRelation(x, y, context.compiled);
    relation = { weight, excludes: excludes === true };
    context.relations.set(key, relation);
  }
  return relation;
}

const sharedLength = (a: readonly string[], b: readonly string[]) => {
  let n = 0;
  for (const s of a) if (b.includes(s)) n++;
  return n;
};

const sameNamed = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && a.length === b.length && a.every((s) => b.includes(s));

/** Bits of {@link PairParts.flags}: the yes-or-no facts a pair's reasons are worded from. */
export const FLAG = {
  inversePair: 1,
  about: 2,
  sameObject: 4,
  otherValue: 8,
  actors: 16,
  dated: 32,
  timesOverlap: 64,
  polarity: 128,
  conflict: 256,
} as const;

/** What a pair's score rests on, as numbers: enough to word its reasons later without scoring again. */
export interface PairParts {
  /** Overlap of the wordings. */
  text: number;
  /** Overlap of the quoted words; NaN when either claim has none. */
  quotes: number;
  /** {@link FLAG} bits. */
  flags: number;
  /** The score in thousandths. */
  thousandths: number;
}

// One object reused for every pair, so scoring allocates nothing.
const parts: PairParts = { text: 0, quotes: Number.NaN, flags: 0, thousandths: 0 };

/**
 * scorePair's arithmetic, step for step, on packed features: no strings built, no sets made, the
 * predicate relation looked up once per pair of predicates. The result is one object reused by
 * the next call: copy what is to be kept.
 *
 * @param x - one claim's features
 * @param y - the other's
 * @param px - the first claim's packed features
 * @param py - the other's
 * @param context - the numbering and the predicate relations
 * @returns the score in thousandths, the overlaps and the facts behind the reasons
 *
 * @example
 * packedScore(x, y, packed[0], packed[1], context).thousandths
 * //=> 1000
 */
export function packedScore(
  x: ClaimFeatures,
  y: ClaimFeatures,
  px: PackedFeatures,
  py: PackedFeatures,
  context: PackedContext,
): PairParts {
  const text = packedOverlap(px.stems, py.stems, context);
  const quoted = px.quoted.length > 0 && py.quoted.length > 0;
  const quotes = quoted ? packedOverlap(px.quoted, py.quoted, context) : Number.NaN;
  const lexical = quoted ? Math.max(text, 0.7 * text + 0.3 * quotes) : text;
  const inversePair = px.canonical === py.canonical && px.predicate !== py.predicate;
  const wx = inversePair ? x.keyed : x.written;
  const wy = inversePair ? y.keyed : y.written;
  let about = sharedLength(wx.subjects, wy.subjects);
  if (about === 0 && x.subjectStems.size > 0 && jaccard(x.subjectStems, y.subjectStems) >= 0.75) about = 1;
  const sameObject =
    wx.subjects.length === 2 && wy.subjects.length === 2
      ? about === 2
      : (wx.object !== undefined && wx.object === wy.object) || sameNamed(x.objectActors, y.objectActors);
  const slot = px.canonical === py.canonical && x.singleValued && about > 0;
  const otherValue = slot && !sameObject;
  const actors = sharedCount(px.actors, py.actors);
  const union = px.actors.length + py.actors.length - actors;
  const actorShare = union === 0 ? 0 : actors / union;
  const predicate = relationOf(x, y, px, py, context);
  const structural =
    0.35 * predicate.weight + 0.25 * (about > 0 ? 1 : 0) + 0.2 * (sameObject || slot ? 1 : 0) + 0.2 * actorShare;
  let score = 0.4 * lexical + 0.6 * structural;
  const dated = px.dated && py.dated;
  const timesOverlap = dated && px.from <= py.to && py.from <= px.to;
  if (dated && !timesOverlap) score *= 0.85;
  const polarity = x.claim.polarity !== y.claim.polarity;
  parts.text = text;
  parts.quotes = quotes;
  parts.flags =
    (inversePair ? FLAG.inversePair : 0) |
    (about > 0 ? FLAG.about : 0) |
    (sameObject ? FLAG.sameObject : 0) |
    (otherValue ? FLAG.otherValue : 0) |
    (actors > 0 ? FLAG.actors : 0) |
    (dated ? FLAG.dated : 0) |
    (timesOverlap ? FLAG.timesOverlap : 0) |
    (polarity ? FLAG.polarity : 0) |
    (polarity !== (predicate.excludes || otherValue) ? FLAG.conflict : 0);
  parts.thousandths = Math.round(Math.min(1, score) * 1000);
  return parts;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  return both / (a.size + b.size - both);
}
