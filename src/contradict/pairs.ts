import type { Claim } from '../model/claim.js';
import type { When } from '../model/partial-date.js';
import type { QuoteRecord } from '../query/quote-record.js';
import { partialDateBounds } from '../time/partial-date-bounds.js';
import { type ContradictionKind, isHedged } from './types.js';

// Sorting and overlap tests meet the same few thousand date strings over and over; parsing each
// once keeps a large corpus from spending most of its time in the date parser.
const days = new Map<string, readonly [number, number]>();

/** The first and last day of a PartialDate as timestamps, parsed once. */
function dayRange(date: string): readonly [number, number] {
  let range = days.get(date);
  if (!range) {
    if (days.size > 100_000) days.clear();
    const { start, end } = partialDateBounds(date);
    range = [start.getTime(), end.getTime()];
    days.set(date, range);
  }
  return range;
}

/**
 * The first and last day a `when` covers, as timestamps; an open end is infinite.
 *
 * @param when - a PartialDate or a range of them
 * @returns `[first, last]`
 *
 * @example
 * whenRange({ from: '2023' })[1]
 * //=> Infinity
 */
export function whenRange(when: When): readonly [number, number] {
  if (typeof when === 'string') return dayRange(when);
  return [
    when.from === undefined ? Number.NEGATIVE_INFINITY : dayRange(when.from)[0],
    when.to === undefined ? Number.POSITIVE_INFINITY : dayRange(when.to)[1],
  ];
}

/**
 * Orders statements by date, undated last, then by attribution id: the order of `byDate` in the
 * query module (a coarser date before a finer one starting the same day), with dates parsed once.
 *
 * @param a - a statement
 * @param b - another
 * @returns a negative number when `a` comes first
 *
 * @example
 * [r2024, r2023, undated].sort(byDateFast).map((r) => r.date)
 * //=> ['2023', '2024', undefined]
 */
export function byDateFast(a: QuoteRecord, b: QuoteRecord): number {
  if (a.date === undefined || b.date === undefined) {
    return (
      (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) ||
      a.attribution.id.localeCompare(b.attribution.id)
    );
  }
  return (
    dayRange(a.date)[0] - dayRange(b.date)[0] ||
    a.date.length - b.date.length ||
    a.attribution.id.localeCompare(b.attribution.id)
  );
}

/** Whether a conflict of this kind and strength is wanted: the `kinds` and `strongOnly` options. */
export type Accept = (kind: ContradictionKind, strength: 'strong' | 'weak') => boolean;

/**
 * The strength of a conflict between two statements: weak when either is hedged.
 *
 * @param a - one side
 * @param b - the other
 * @returns `weak` when either side is hedged (see `isHedged`), else `strong`
 *
 * @example
 * strengthOf(kishidaWarns, moscowDismisses)
 * //=> 'strong'
 */
export const strengthOf = (a: QuoteRecord, b: QuoteRecord): 'strong' | 'weak' =>
  isHedged(a) || isHedged(b) ? 'weak' : 'strong';

/**
 * Orders statements as representatives: unhedged before hedged, then earliest, then by id.
 *
 * @param a - a statement
 * @param b - another
 * @returns a negative number when `a` should stand for a group rather than `b`
 *
 * @example
 * [hedgedIn2023, firmIn2024].sort(byStrengthThenDate).map((r) => r.date)
 * //=> ['2024', '2023']
 */
export function byStrengthThenDate(a: QuoteRecord, b: QuoteRecord): number {
  return Number(isHedged(a)) - Number(isHedged(b)) || byDateFast(a, b);
}

/**
 * Keeps, under each key, the one statement that best stands for the others: the unhedged one,
 * else the earliest. Repeating a statement adds nothing to a conflict, so this is what keeps the
 * cost of a proposition said a thousand times at one comparison.
 *
 * @param map - the statements kept so far, by key
 * @param key - the key `record` falls under
 * @param record - a statement, kept if it beats the one held
 *
 * @example
 * keepBest(best, 'ann', record); best.get('ann') === record
 * //=> true (when nothing better was held)
 */
export function keepBest<K>(map: Map<K, QuoteRecord>, key: K, record: QuoteRecord): void {
  const held = map.get(key);
  if (held === undefined || byStrengthThenDate(record, held) < 0) map.set(key, record);
}

/**
 * Whether two claims may hold at the same time; an undated claim may hold at any time.
 *
 * @param a - a claim
 * @param b - another
 * @returns false only when their `when`s cannot share a day
 *
 * @example
 * claimsOverlap({ ...c, when: '2023' }, { ...c, when: { from: '2023-06', to: '2024' } })
 * //=> true
 */
export function claimsOverlap(a: Claim, b: Claim): boolean {
  if (a.when === undefined || b.when === undefined) return true;
  const x = whenRange(a.when);
  const y = whenRange(b.when);
  return x[0] <= y[1] && y[0] <= x[1];
}

/**
 * A key for a claim's time, so that statements about different times are kept apart.
 *
 * @param claim - the claim
 * @returns its `when` as a string; empty when it has none
 *
 * @example
 * whenKey({ ...c, when: { from: '2024-06' } })
 * //=> '{"from":"2024-06"}'
 */
export const whenKey = (claim: Claim): string => (claim.when === undefined ? '' : JSON.stringify(claim.when));

/**
 * The best pair from two lists that `fits` lets through: a strong pair before a weak one, then the
 * earliest. Both lists must come sorted by {@link byStrengthThenDate}: then the first fit for each
 * statement on the left is the best it can have and the scan of the right list stops there, so
 * when most candidates fit the cost is about the length of the left list, not the product.
 *
 * @param left - statements of one side, sorted
 * @param right - candidates from the other, sorted
 * @param fits - whether two statements may be paired, given the strength the pair would have
 * @returns `[fromLeft, fromRight]`, or undefined when nothing fits
 *
 * @example
 * bestPair([ann], [bobHedged, cat], (a, b) => overlaps(a, b))?.[1] === cat
 * //=> true (cat is unhedged, so the pair is strong)
 */
export function bestPair(
  left: readonly QuoteRecord[],
  right: readonly QuoteRecord[],
  fits: (a: QuoteRecord, b: QuoteRecord, strength: 'strong' | 'weak') => boolean,
): [QuoteRecord, QuoteRecord] | undefined {
  let weak: [QuoteRecord, QuoteRecord] | undefined;
  for (const a of left) {
    if (weak && isHedged(a)) break; // every later pair is weak, and no earlier than the one held
    for (const b of right) {
      const strength = strengthOf(a, b);
      if (!fits(a, b, strength)) continue;
      if (strength === 'strong') return [a, b];
      weak ??= [a, b];
      break;
    }
  }
  return weak;
}
