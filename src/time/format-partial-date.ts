import type { PartialDate } from '../model/partial-date.js';
import type { PartialDateParts, Precision } from './parse-partial-date.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Writes a date, or PartialDate parts, as a PartialDate string of the given precision.
 *
 * @param value - a JavaScript Date or PartialDate parts; a Date's calendar day is read as the Date
 *   reads it: a `UTCDate` (what claimtrail's own date arithmetic makes) in UTC, a plain Date in local time
 * @param precision - how much to keep; defaults to the parts' own precision, or `day` for a Date
 * @returns the PartialDate string
 *
 * @example
 * formatPartialDate(new Date(2023, 8, 15), 'month')
 * //=> '2023-09'
 */
export function formatPartialDate(value: Date | PartialDateParts, precision?: Precision): PartialDate {
  const parts =
    value instanceof Date ? { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() } : value;
  const keep = precision ?? (value instanceof Date ? 'day' : (value as PartialDateParts).precision);
  const year = pad(parts.year, 4);
  if (keep === 'year' || parts.month === undefined) return year;
  if (keep === 'month' || parts.day === undefined) return `${year}-${pad(parts.month, 2)}`;
  return `${year}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}
