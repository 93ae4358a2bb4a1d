import type { ClaimFeatures } from './claim-features.js';
import { FLAG, type PackedContext, type PackedFeatures, type PairParts } from './packed-features.js';
import { type PairScore, predicateRelation } from './score-pair.js';

/** Adds a reason, keeping one copy of each reason string however many suggestions give it. */
function say(reasons: string[], context: PackedContext, reason: string): void {
  const held = context.reasons.get(reason);
  if (held === undefined) context.reasons.set(reason, reason);
  reasons.push(held ?? reason);
}

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
 * @param context - the numbering, the predicate relations and the reasons already worded
 * @returns the score, the relation and the reasons
 *
 * @example
 * wordPair(x, y, packed[0], packed[1], packedScore(x, y, packed[0], packed[1], context), context).reasons
 * //=> ['wordings overlap (1.00)', 'same subject (ann)', ...]
 */
export function wordPair(
  x: ClaimFeatures,
  y: ClaimFeatures,
  px: PackedFeatures,
  py: PackedFeatures,
  parts: Readonly<PairParts>,
  context: PackedContext,
): PairScore {
  const { text, quotes, flags } = parts;
  const reasons: string[] = [];
  if (text > 0) say(reasons, context, `wordings overlap (${text.toFixed(2)})`);
  if (quotes > 0) say(reasons, context, `quoted words overlap (${quotes.toFixed(2)})`);
  const wx = flags & FLAG.inversePair ? x.keyed : x.written;
  const wy = flags & FLAG.inversePair ? y.keyed : y.written;
  if (flags & FLAG.about) {
    const about = wx.subjects.filter((s) => wy.subjects.includes(s));
    if (about.length === 0) about.push(typeof x.claim.subject === 'string' ? x.claim.subject : x.claim.subject.literal);
    say(reasons, context, `same subject (${about.join(', ')})`);
  }
  if (flags & FLAG.otherValue) say(reasons, context, `different values of "${x.canonical}"`);
  if (flags & FLAG.sameObject)
    say(reasons, context, `same object (${wx.object === wy.object ? wx.object : x.objectActors.join(', ')})`);
  if (flags & FLAG.actors)
    say(reasons, context, `shared actors: ${x.actors.filter((a) => y.actors.includes(a)).join(', ')}`);
  const reason = predicateReason(x, y, px, py, context);
  if (reason !== undefined) reasons.push(reason);
  if (flags & FLAG.dated) reasons.push(flags & FLAG.timesOverlap ? 'times overlap' : 'times do not overlap');
  if (flags & FLAG.polarity) reasons.push('one affirms what the other negates');
  return { score: parts.thousandths / 1000, relation: flags & FLAG.conflict ? 'conflict' : 'same', reasons };
}
