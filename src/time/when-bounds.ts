import type { When } from '../model/partial-date.js';
import { partialDateBounds } from './partial-date-bounds.js';

/** The first and last day a When may cover; an open end is undefined. */
export interface OpenBounds {
  readonly start?: Date;
  readonly end?: Date;
}

/**
 * The days a When covers: a PartialDate's own range, or an interval from the first day of its
 * `from` to the last day of its `to`.
 *
 * @param when - a PartialDate or an interval
 * @returns the first and last day, undefined where the interval is open
 *
 * @example
 * whenBounds({ from: '2021-10-04' })
 * //=> { start: 2021-10-04, end: undefined }
 */
export function whenBounds(when: When): OpenBounds {
  if (typeof when === 'string') return partialDateBounds(when);
  return {
    start: when.from === undefined ? undefined : partialDateBounds(when.from).start,
    end: when.to === undefined ? undefined : partialDateBounds(when.to).end,
  };
}

/**
 * Tells whether two Whens may share a day.
 *
 * @param a - a PartialDate or interval
 * @param b - another
 * @returns false only when the two cannot overlap
 *
 * @example
 * whensOverlap('2023', { from: '2023-06', to: '2024' })
 * //=> true
 */
export function whensOverlap(a: When, b: When): boolean {
  const x = whenBounds(a);
  const y = whenBounds(b);
  if (x.end && y.start && x.end < y.start) return false;
  if (y.end && x.start && y.end < x.start) return false;
  return true;
}
