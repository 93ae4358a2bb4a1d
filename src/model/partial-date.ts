import * as z from 'zod';

const PARTIAL_DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month of the proleptic Gregorian calendar. Validation runs for every date of every
 * record, so this is plain arithmetic rather than a Date object (which costs a microsecond a date
 * at a million records); the date arithmetic elsewhere goes through date-fns.
 */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
}

/**
 * Why a string is not a PartialDate, or `undefined` when it is one.
 * Shared by the schema and by {@link parsePartialDate} so both say the same thing.
 */
export function partialDateProblem(value: string): string | undefined {
  const m = PARTIAL_DATE_SHAPE.exec(value);
  if (!m) return `"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return `"${value}" has month ${m[2]}, which is not between 01 and 12`;
  }
  if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > daysInMonth(Number(m[1]), month as number))) {
    return `"${value}" names day ${m[3]}, which does not exist in ${m[1]}-${m[2]}`;
  }
  return undefined;
}

/**
 * A calendar date known to a year, a month or a day: `2023`, `2023-09` or `2023-09-13`.
 * Its precision is kept: `2023` and `2023-09-13` do not conflict.
 */
export const PartialDateSchema = z
  .union([
    z.string(),
    // A year is written with four digits: `202` or `0` is a typo, not the year 202 or 0.
    z
      .int()
      .min(1000, { error: (issue) => `the year ${String(issue.input)} does not have four digits (YYYY)` })
      .max(9999, { error: (issue) => `the year ${String(issue.input)} does not have four digits (YYYY)` }),
  ])
  // YAML reads an unquoted `2024` as a number; a year is still a date.
  .transform((value) => (typeof value === 'number' ? String(value) : value))
  .pipe(z.string())
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('A date known to a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD');

/** A date known to a year, a month or a day, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** A span of time, either end open. Both ends are PartialDates and inclusive. */
export const IntervalSchema = z
  .strictObject({
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
  })
  .describe('A span of time; both ends inclusive, either may be left open');

/** A span of time, either end open. */
export type Interval = z.infer<typeof IntervalSchema>;

/** When something holds: a single PartialDate or an Interval. */
export const WhenSchema = z.union([PartialDateSchema, IntervalSchema]);

/** When something holds: a single PartialDate or an Interval. */
export type When = z.infer<typeof WhenSchema>;
