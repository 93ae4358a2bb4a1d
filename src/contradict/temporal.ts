import { addDays, getDayOfYear, getDaysInYear } from 'date-fns';
import { match } from 'ts-pattern';
import { civilDate } from '../internal/civil-date.js';
import type { Claim, Duration, FirstSince } from '../model/claim.js';
import type { When } from '../model/partial-date.js';
import { formatPartialDate } from '../time/format-partial-date.js';
import { whenBounds } from '../time/when-bounds.js';

/** A span of time in fractional years: 2019.0 is the first moment of 2019. */
export type YearSpan = readonly [number, number];

/** A date as a fractional year. */
export function fractionalYear(date: Date): number {
  return date.getFullYear() + (getDayOfYear(date) - 1) / getDaysInYear(date);
}

/** The fractional-year span a When covers (an open end stays open). */
export function whenSpan(when: When): YearSpan {
  const { start, end } = whenBounds(when);
  return [
    start ? fractionalYear(start) : Number.NEGATIVE_INFINITY,
    end ? fractionalYear(end) + 1 / 365 : Number.POSITIVE_INFINITY,
  ];
}

/**
 * A span narrowed to a point where one end is open: "from 2024-03-25 on" is counted from its start.
 */
export function pointSpan(span: YearSpan): YearSpan {
  if (Number.isFinite(span[0]) && !Number.isFinite(span[1])) return [span[0], span[0] + 1 / 365];
  if (!Number.isFinite(span[0]) && Number.isFinite(span[1])) return [span[1] - 1 / 365, span[1]];
  return span;
}

/** How many years a stated duration may mean, as people round: "six years" is 5.5 up to 7. */
export function elapsedRange(duration: Duration): YearSpan {
  const years = (duration.years ?? 0) + (duration.months ?? 0) / 12 + (duration.days ?? 0) / 365.25;
  return match(duration.approx)
    .with('exact', () => [years - 0.5, years + 1] as const)
    .with('about', () => [years * 0.85, years * 1.15 + 0.5] as const)
    .with('nearly', () => [years - Math.max(1, years * 0.2), years] as const)
    .with('over', () => [years, Number.POSITIVE_INFINITY] as const)
    .with('under', () => [0, years] as const)
    .exhaustive();
}

/** When, by a "first since" or "first in" claim, the same thing last happened before. */
export function impliedPrevious(first: FirstSince, at: When): YearSpan {
  if ('since' in first) return whenSpan(first.since);
  const [atStart, atEnd] = pointSpan(whenSpan(at));
  const [minElapsed, maxElapsed] = elapsedRange(first.in);
  return [atStart - maxElapsed, atEnd - minElapsed];
}

/** A fractional year back as a readable month (months are not twelfths of a year, so go through the day). */
export function showYear(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'now' : 'any time';
  const year = Math.floor(value);
  const start = civilDate(year);
  const day = addDays(start, Math.floor((value - year) * getDaysInYear(start) + 1e-6));
  return formatPartialDate({ year: day.getFullYear(), month: day.getMonth() + 1, precision: 'month' });
}

/** How a "first" claim reads: "first since 2019", "first in nearly 20 years". */
export function describeFirst(first: FirstSince): string {
  if ('since' in first) return `first since ${first.since}`;
  const d = first.in;
  const parts = [d.years && `${d.years} years`, d.months && `${d.months} months`, d.days && `${d.days} days`].filter(
    Boolean,
  );
  return `first in ${d.approx === 'exact' ? '' : `${d.approx} `}${parts.join(' ')}`;
}

/** The time a claim is about, falling back to the date of the statement that carries it. */
export function claimTime(claim: Claim, statementDate: string | undefined): When | undefined {
  return claim.when ?? statementDate;
}

/** Whether two year spans overlap. */
export function spansOverlap(a: YearSpan, b: YearSpan): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
