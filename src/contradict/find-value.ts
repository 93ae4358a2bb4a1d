import type { ClaimObject } from '../model/claim.js';
import type { QuoteRecord } from '../query/quote-record.js';
import { holdsOf } from './find-stance.js';
import {
  type Accept,
  bestPair,
  byDateFast,
  byStrengthThenDate,
  claimsOverlap,
  keepBest,
  strengthOf,
  whenKey,
} from './pairs.js';
import { objectKey } from './proposition-key.js';
import { type Contradiction, cite } from './types.js';
import { describeValue, valuesCompatible } from './values.js';
import { content } from './wording.js';

/**
 * Value conflicts within one single-valued slot (statements sharing subject and predicate): two
 * values that cannot both be true, for times that may overlap.
 *
 * Statements are grouped by exact value, one per claim time, so that a value stated a thousand
 * times costs one; then each value is set against the strongest, earliest statement of a value it
 * cannot share the slot with, and a pair found twice is reported once. Comparing each value with
 * the others one by one, rather than merging "compatible" values, also catches 90 against 110
 * when "about 100" fits both. Every value in a conflict shows up at least once; with three
 * incompatible values, two conflicts say it.
 *
 * @param slot - the statements of one subject and single-valued predicate
 * @param accept - which strengths are wanted
 * @param out - where conflicts are appended
 *
 * @example
 * findValueConflicts([says13, says17, saysAbout15], () => true, out);
 * out.map((c) => c.explanation.match(/gives (\S+)/)?.[1])
 * //=> ['13'] (13 against 17; "about 15" fits both)
 */
export function findValueConflicts(slot: readonly QuoteRecord[], accept: Accept, out: Contradiction[]): void {
  const byValue = new Map<string, Map<string, QuoteRecord>>();
  for (const r of slot) {
    if (r.claim.object === undefined || holdsOf(r) !== 'affirmed') continue;
    const key = objectKey(r.claim.object);
    let best = byValue.get(key);
    if (!best) {
      best = new Map();
      byValue.set(key, best);
    }
    keepBest(best, whenKey(r.claim), r);
  }
  if (byValue.size < 2) return;
  const values = [...byValue.values()].map((best) => [...best.values()].sort(byStrengthThenDate));
  const everyone = values.flat().sort(byStrengthThenDate);
  const found = new Map<string, [QuoteRecord, QuoteRecord]>();
  for (const own of values) {
    const pair = bestPair(
      own,
      everyone,
      (a, b, strength) =>
        !valuesCompatible(a.claim.object as ClaimObject, b.claim.object as ClaimObject) &&
        claimsOverlap(a.claim, b.claim) &&
        accept('value', strength),
    );
    if (!pair) continue;
    const [a, b] = pair.sort(byDateFast) as [QuoteRecord, QuoteRecord];
    const key = [objectKey(a.claim.object as ClaimObject), objectKey(b.claim.object as ClaimObject)]
      .sort()
      .join('\u0000');
    if (!found.has(key)) found.set(key, [a, b]);
  }
  for (const [a, b] of found.values()) {
    const va = describeValue(a.claim.object as ClaimObject);
    const vb = describeValue(b.claim.object as ClaimObject);
    out.push({
      kind: 'value',
      strength: strengthOf(a, b),
      a,
      b,
      explanation: `${a.claim.predicate} has one value at a time, but ${cite(a)} gives ${va} (${content(a)}) and ${cite(b)} gives ${vb} (${content(b)}).`,
    });
  }
}
