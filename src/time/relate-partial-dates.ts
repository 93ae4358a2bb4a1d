import type { PartialDate } from '../model/partial-date.js';
import { partialDateBounds } from './partial-date-bounds.js';

/**
 * How two PartialDates relate with their precision kept. `before`/`after` mean they cannot be the
 * same day; `equal` means the same string; `contains`/`within` mean one is a coarser date that
 * covers the other; `overlaps` cannot happen between calendar units but is kept for intervals.
 */
export type DateRelation = 'before' | 'after' | 'equal' | 'contains' | 'within' | 'overlaps';

/**
 * Relates two PartialDates without inventing precision: `2023` contains `2023-09-13`, and
 * `2023-09` neither precedes nor follows `2023-09-13`.
 *
 * @param a - a PartialDate
 * @param b - another PartialDate
 * @returns how `a` stands to `b`
 * @throws {InvalidDateError} when either is not a valid PartialDate
 *
 * @example
 * relatePartialDates('2023', '2023-09-13')
 * //=> 'contains'
 */
export function relatePartialDates(a: PartialDate, b: PartialDate): DateRelation {
  if (a === b) return 'equal';
  const x = partialDateBounds(a);
  const y = partialDateBounds(b);
  if (x.end < y.start) return 'before';
  if (x.start > y.end) return 'after';
  if (x.start <= y.start && x.end >= y.end) return 'contains';
  if (y.start <= x.start && y.end >= x.end) return 'within';
  return 'overlaps';
}

/**
 * Orders PartialDates for sorting: by first day, then coarser before finer (`2023` before
 * `2023-01` before `2023-01-01`).
 *
 * @param a - a PartialDate
 * @param b - another PartialDate
 * @returns a negative number, zero or a positive number, as `Array.prototype.sort` expects
 *
 * @example
 * ['2023-09-13', '2023', '2022-12'].sort(comparePartialDates)
 * //=> ['2022-12', '2023', '2023-09-13']
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const x = partialDateBounds(a);
  const y = partialDateBounds(b);
  return x.start.getTime() - y.start.getTime() || a.length - b.length;
}

/**
 * Tells whether a PartialDate covers another: `2023` contains `2023-09-13` and itself.
 *
 * @param outer - the coarser PartialDate
 * @param inner - the date to test
 * @returns true when every day `inner` may stand for lies within `outer`
 *
 * @example
 * partialDateContains('2023-09', '2023-09-13')
 * //=> true
 */
export function partialDateContains(outer: PartialDate, inner: PartialDate): boolean {
  const relation = relatePartialDates(outer, inner);
  return relation === 'equal' || relation === 'contains';
}
