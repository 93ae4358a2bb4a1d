import type { PartialDate, When } from '../model/partial-date.js';
import { type DayBounds, partialDateBounds } from '../time/partial-date-bounds.js';
import type { OpenBounds } from '../time/when-bounds.js';

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
    return a !== b && this.bounds(a).start > this.bounds(b).end;
  }

  /**
   * Whether two Whens may share a day.
   *
   * @param a - a PartialDate or interval
   * @param b - another
   * @returns false only when they cannot overlap
   */
  overlap(a: When, b: When): boolean {
    const x = this.when(a);
    const y = this.when(b);
    if (x.end && y.start && x.end < y.start) return false;
    if (y.end && x.start && y.end < x.start) return false;
    return true;
  }
}
