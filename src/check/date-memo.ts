import type { PartialDate, When } from '../model/partial-date.js';
import { type DayBounds, partialDateBounds } from '../time/partial-date-bounds.js';
import type { OpenBounds } from '../time/when-bounds.js';

/** The first and last day of a date, as time values. */
export interface DaySpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Day bounds of PartialDates, remembered for one run of a rule. A corpus repeats a few hundred
 * dates across many thousands of records, and parsing and validating each one again made the
 * date rules the slowest part of `check`.
 *
 * @example
 * const dates = new DateMemo();
 * [dates.after('2023-09-16', '2023-09-15'), dates.after('2023-09', '2023-09-15'), dates.overlap('2024', { from: '2021-10-04', to: '2024-10-01' })]
 * //=> [true, false, true]
 */
export class DateMemo {
  readonly #bounds = new Map<string, DayBounds>();
  readonly #days = new Map<string, DaySpan>();

  /**
   * The first and last day of a PartialDate as time values (what `bounds` gives, as numbers), so
   * that comparing them allocates nothing and calls no `valueOf`.
   *
   * @param date - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
   * @returns the first and last day, in milliseconds since 1970 (shared: do not change it)
   * @throws {RangeError} when `date` is not a valid PartialDate
   */
  days(date: PartialDate): DaySpan {
    let found = this.#days.get(date);
    if (!found) {
      const { start, end } = this.bounds(date);
      this.#days.set(date, (found = { start: start.getTime(), end: end.getTime() }));
    }
    return found;
  }

  /**
   * The first and last day of a PartialDate.
   *
   * @param date - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
   * @returns its first and last day (midnight UTC)
   * @throws {InvalidDateError} when `date` is not a valid PartialDate
   */
  bounds(date: PartialDate): DayBounds {
    let found = this.#bounds.get(date);
    if (!found) this.#bounds.set(date, (found = partialDateBounds(date)));
    return found;
  }

  /**
   * The first and last day of a When.
   *
   * @param when - a PartialDate or an interval `{ from?, to? }`
   * @returns its first and last day; an open end is undefined
   */
  when(when: When): OpenBounds {
    if (typeof when === 'string') return this.bounds(when);
    return {
      start: when.from === undefined ? undefined : this.bounds(when.from).start,
      end: when.to === undefined ? undefined : this.bounds(when.to).end,
    };
  }

  /**
   * Whether every day `a` may stand for comes after every day `b` may stand for.
   *
   * @param a - a PartialDate
   * @param b - another
   * @returns true when `a` cannot be the same day as `b` or earlier
   */
  after(a: PartialDate, b: PartialDate): boolean {
    return a !== b && this.days(a).start > this.days(b).end;
  }

  /**
   * Whether two Whens may share a day.
   *
   * @param a - a PartialDate or interval
   * @param b - another
   * @returns false only when they cannot overlap
   */
  overlap(a: When, b: When): boolean {
    return this.overlapDays(a, typeof b === 'string' ? b : b.from, typeof b === 'string' ? b : b.to);
  }

  /**
   * {@link overlap} with the second When given by its ends, so that a caller holding them (a
   * role's `from` and `to`) need not build an interval to ask.
   *
   * @param a - a PartialDate or interval
   * @param from - the first date of the other, or undefined when it is open at the start
   * @param to - its last date, or undefined when it is open at the end
   * @returns false only when they cannot overlap
   */
  overlapDays(a: When, from: PartialDate | undefined, to: PartialDate | undefined): boolean {
    const aFrom = typeof a === 'string' ? a : a.from;
    const aTo = typeof a === 'string' ? a : a.to;
    if (aTo !== undefined && from !== undefined && this.days(aTo).end < this.days(from).start) return false;
    if (to !== undefined && aFrom !== undefined && this.days(to).end < this.days(aFrom).start) return false;
    return true;
  }
}
