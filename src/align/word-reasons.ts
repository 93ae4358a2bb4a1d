import type { ClaimFeatures } from './claim-features.js';
import { FLAG, type PackedContext, type PackedFeatures, type PairParts } from './packed-features.js';
import { type PairScore, predicateRelation } from './score-pair.js';

/** Reasons worded so far, by what varies in them: each distinct reason is worded once and shared. */
export interface Wordings {
  readonly overlap: Map<number, string>;
  readonly quoted: Map<number, string>;
  readonly subject: Map<string, string>;
  readonly value: Map<string, string>;
  readonly object: Map<string, string>;
  readonly actors: Map<string, string>;
}

/** Empty wordings, for one run of alignClaims. */
export const newWordings = (): Wordings => ({
  overlap: new Map(),
  quoted: new Map(),
  subject: new Map(),
  value: new Map(),
  object: new Map(),
  actors: new Map(),
});

function say<K>(reasons: string[], map: Map<K, string>, key: K, word: (key: K) => string): void {
  let reason = map.get(key);
  if (reason === undefined) {
    reason = word(key);
    map.set(key, reason);
  }
  reasons.push(reason);
}

const overlapWords = (n: number) => `wordings overlap (${n.toFixed(2)})`;
const quotedWords = (n: number) => `quoted words overlap (${n.toFixed(2)})`;
const subjectWords = (s: string) => `same subject (${s})`;
const valueWords = (s: string) => `different values of "${s}"`;
const objectWords = (s: string | undefined) => `same object (${s})`;
const actorWords = (s: string) => `shared actors: ${s}`;
const listed = (list: readonly string[]) => (list.length === 1 ? (list[0] as string) : list.join(', '));

function predicateReason(
  x: ClaimFeatures,
  y: ClaimFeatures,
  px: PackedFeatures,
  py: PackedFeatures,
  context: PackedContext,
): string | undefined {
  const key = px.predicate * context.predicates.strings.length + py.predicate;
  if (context.predicateReasons.has(key)) return context.predicateReasons.get(key);
  const { reason } = predicateRelation(x, y, context.compiled);
  context.predicateReasons.set(key, reason);
  return reason;
}

/**
 * What scorePair returns for a pair, worded from the parts {@link packedScore} kept for it: the
 * same reasons in the same order, equal reasons being one string in memory.
 *
 * @param x - one claim's features
 * @param y - the other's
 * @param px - the first claim's packed features
 * @param py - the other's
 * @param parts - what packedScore found for the pair
 * @param context - the numbering and the predicate relations
 * @param wordings - the reasons already worded
 * @returns the score, the relation and the reasons
 *
 * @example
 * wordPair(x, y, packed[0], packed[1], packedScore(x, y, packed[0], packed[1], context), context, newWordings()).reasons
 * //=> ['wordings overlap (1.00)', 'same subject (ann)', ...]
 */
export function wordPair(
  x: ClaimFeatures,
  y: ClaimFeatures,
  px: PackedFeatures,
  py: PackedFeatures,
  parts: Readonly<PairParts>,
  context: PackedContext,
  wordings: Wordings,
): PairScore {
  const { text, quotes, flags } = parts;
  const reasons: string[] = [];
  if (text > 0) say(reasons, wordings.overlap, text, overlapWords);
  if (quotes > 0) say(reasons, wordings.quoted, quotes, quotedWords);
  const wx = flags & FLAG.inversePair ? x.keyed : x.written;
  const wy = flags & FLAG.inversePair ? y.keyed : y.written;
  if (flags & FLAG.about) {
    const about = wx.subjects.filter((s) => wy.subjects.includes(s));
    if (about.length === 0) about.push(typeof x.claim.subject === 'string' ? x.claim.subject : x.claim.subject.literal);
    say(reasons, wordings.subject, listed(about), subjectWords);
  }
  if (flags & FLAG.otherValue) say(reasons, wordings.value, x.canonical, valueWords);
  if (flags & FLAG.sameObject)
    say(reasons, wordings.object, wx.object === wy.object ? wx.object : x.objectActors.join(', '), objectWords);
  if (flags & FLAG.actors)
    say(reasons, wordings.actors, listed(x.actors.filter((a) => y.actors.includes(a))), actorWords);
  const reason = predicateReason(x, y, px, py, context);
  if (reason !== undefined) reasons.push(reason);
  if (flags & FLAG.dated) reasons.push(flags & FLAG.timesOverlap ? 'times overlap' : 'times do not overlap');
  if (flags & FLAG.polarity) reasons.push('one affirms what the other negates');
  return { score: parts.thousandths / 1000, relation: flags & FLAG.conflict ? 'conflict' : 'same', reasons };
}
