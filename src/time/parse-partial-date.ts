import { InvalidDateError } from '../model/claimtrail-error.js';
import { partialDateProblem } from '../model/partial-date.js';

/** How much of a PartialDate is known. */
export type Precision = 'year' | 'month' | 'day';

/** A PartialDate split into its numeric parts. */
export interface PartialDateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: Precision;
}

/**
 * Splits a PartialDate string into its parts.
 *
 * @param value - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @returns the year, month and day that the string gives, and its precision
 * @throws {InvalidDateError} when the string is not a PartialDate or names a day that does not exist
 *
 * @example
 * parsePartialDate('2023-09')
 * //=> { year: 2023, month: 9, precision: 'month' }
 */
export function parsePartialDate(value: string): PartialDateParts {
  const problem = partialDateProblem(value);
  if (problem) throw new InvalidDateError(problem);
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) return { year, month, day, precision: 'day' };
  if (month !== undefined) return { year, month, precision: 'month' };
  return { year, precision: 'year' };
}

/**
 * Tells whether a string is a valid PartialDate.
 *
 * @param value - any string
 * @returns true for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real date
 *
 * @example
 * isPartialDate('2023-02-30')
 * //=> false
 */
export function isPartialDate(value: string): boolean {
  return partialDateProblem(value) === undefined;
}
