import { endOfMonth, endOfYear } from 'date-fns';
import { civilDate } from '../internal/civil-date.js';
import type { PartialDate } from '../model/partial-date.js';
import { parsePartialDate } from './parse-partial-date.js';

/** The first and last calendar day a PartialDate may stand for (midnight UTC, inclusive). */
export interface DayBounds {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The range of days a PartialDate covers: `2023-09` covers 2023-09-01 to 2023-09-30.
 *
 * @param value - a PartialDate
 * @returns its first and last day
 * @throws {InvalidDateError} when `value` is not a valid PartialDate
 *
 * @example
 * partialDateBounds('2024-02')
 * //=> { start: 2024-02-01, end: 2024-02-29 }
 */
export function partialDateBounds(value: PartialDate): DayBounds {
  const { year, month, day } = parsePartialDate(value);
  const start = civilDate(year, month, day);
  if (day !== undefined) return { start, end: start };
  const end = month !== undefined ? endOfMonth(start) : endOfYear(start);
  end.setHours(0, 0, 0, 0);
  return { start, end };
}
