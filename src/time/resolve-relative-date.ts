import { addDays, addMonths, addWeeks, addYears, endOfISOWeek, getDay, startOfISOWeek, subDays } from 'date-fns';
import { MONTH_NAMES } from '../internal/month-names.js';
import { WEEKDAY_NAMES } from '../internal/weekday-names.js';
import type { PartialDate, When } from '../model/partial-date.js';
import { formatPartialDate } from './format-partial-date.js';
import { type Precision, parsePartialDate } from './parse-partial-date.js';
import { partialDateBounds } from './partial-date-bounds.js';

/** The outcome of resolving a relative time expression: a When, or why it could not be done. */
export type RelativeDateResult =
  | { readonly ok: true; readonly value: When }
  | { readonly ok: false; readonly reason: string };

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
const SAME_DAY = new Set([
  'today',
  'the same day',
  'earlier on the same day',
  'earlier that day',
  'that day',
  'same day',
]);
const LEADING_WORDS = new Set(['on', 'in', 'since', 'during', 'at', 'by', 'from']);
const PERIOD_PARTS = new Set(['early', 'mid', 'late']);

/** Options of {@link resolveRelativeDate}. */
export interface RelativeDateOptions {
  /**
   * Which way a bare weekday or month name counts from the anchor, as the sentence's tense says:
   * `past` ("she said on Tuesday": the latest Tuesday on or before the anchor; the default) or
   * `future` ("the summit opens on Tuesday": the first Tuesday on or after it).
   */
  readonly tense?: 'past' | 'future';
}

const ok = (value: When): RelativeDateResult => ({ ok: true, value });
const fail = (reason: string): RelativeDateResult => ({ ok: false, reason });

/** Splits the expression into lowercase words; tokens rather than one big regex keep it linear. */
function tokenize(expression: string): string[] {
  const words = expression
    .toLowerCase()
    .replace(/[.,;:!?"“”‘’]/g, ' ')
    // News style hyphenates these: "mid-September", "late-April".
    .replace(/\b(early|mid|late)-(?=\p{L})/gu, '$1 ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  while (words.length > 1 && LEADING_WORDS.has(words[0] as string)) words.shift();
  return words;
}

function readCount(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d{1,4}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

function unitOf(word: string | undefined): 'day' | 'week' | 'month' | 'year' | undefined {
  if (word === undefined) return undefined;
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return singular === 'day' || singular === 'week' || singular === 'month' || singular === 'year'
    ? singular
    : undefined;
}

function shift(date: Date, unit: 'day' | 'week' | 'month' | 'year', amount: number): Date {
  if (unit === 'day') return addDays(date, amount);
  if (unit === 'week') return addWeeks(date, amount);
  if (unit === 'month') return addMonths(date, amount);
  return addYears(date, amount);
}

const precisionOf = (unit: 'day' | 'week' | 'month' | 'year'): Precision =>
  unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * Resolves an English relative time expression, as news reports word them, against the date it
 * counts from (usually the publication date). The result keeps the precision the words give:
 * "last year" is a year, "in late April" a month, "on Wednesday" a day, "next week" an interval.
 *
 * @param expression - the words from the text: "on Wednesday", "two days after", "next week",
 *   "last year", "in late April", "since September 12", "a month and a half ago"
 * @param anchor - the PartialDate the expression counts from
 * @param options - the tense of the sentence, for bare weekdays and month names
 * @returns `{ ok: true, value }` with the resolved When, or `{ ok: false, reason }`
 *
 * @example
 * resolveRelativeDate('on Wednesday', '2023-09-15')
 * //=> { ok: true, value: '2023-09-13' }
 *
 * @example
 * resolveRelativeDate('on Tuesday', '2024-03-25', { tense: 'future' })
 * //=> { ok: true, value: '2024-03-26' }
 *
 * @example
 * resolveRelativeDate('in late April', '2024-06')
 * //=> { ok: true, value: '2024-04' }
 */
export function resolveRelativeDate(
  expression: string,
  anchor: PartialDate,
  options: RelativeDateOptions = {},
): RelativeDateResult {
  const future = options.tense === 'future';
  let parts: ReturnType<typeof parsePartialDate>;
  try {
    parts = parsePartialDate(anchor);
  } catch (error) {
    return fail(`the anchor date is not valid: ${(error as Error).message}`);
  }
  const base = partialDateBounds(anchor).start;
  const needs = (precision: Precision, result: () => RelativeDateResult): RelativeDateResult =>
    RANK[parts.precision] >= RANK[precision]
      ? result()
      : fail(
          `"${expression}" needs a date known to the ${precision}, but ${anchor} is known only to the ${parts.precision}`,
        );

  const words = tokenize(expression);
  const phrase = words.join(' ');
  if (words.length === 0) return fail('the expression is empty');

  if (SAME_DAY.has(phrase)) return ok(anchor);
  if (phrase === 'yesterday') return needs('day', () => ok(formatPartialDate(subDays(base, 1))));
  if (phrase === 'tomorrow') return needs('day', () => ok(formatPartialDate(addDays(base, 1))));

  // "a month and a half ago": about 45 days, so only the month is claimed.
  if (phrase === 'a month and a half ago') {
    return needs('day', () => ok(formatPartialDate(subDays(base, 45), 'month')));
  }

  // Absolute forms that often appear among relative ones: "2019", "July 2000", "September 12".
  if (words.length === 1 && /^\d{4}$/.test(phrase)) return ok(phrase);

  let period: string | undefined;
  let rest = words;
  if (PERIOD_PARTS.has(rest[0] as string) && rest.length > 1) {
    period = rest[0];
    rest = rest.slice(1);
  }

  const [first, second, third] = rest;

  // Weekdays: "Wednesday" (the latest on or before the anchor), "next Wednesday", "last Wednesday".
  const weekdayWord = rest.length === 1 ? first : rest.length === 2 ? second : undefined;
  const weekday = weekdayWord === undefined ? -1 : WEEKDAY_NAMES.indexOf(weekdayWord);
  if (weekday >= 0 && period === undefined) {
    const direction = rest.length === 2 ? first : undefined;
    if (direction !== undefined && direction !== 'next' && direction !== 'last' && direction !== 'this') {
      return fail(`"${expression}" is not a weekday expression claimtrail knows`);
    }
    return needs('day', () => {
      const back = (getDay(base) - weekday + 7) % 7;
      if (direction === 'next') return ok(formatPartialDate(addDays(base, 7 - back || 7)));
      if (direction === undefined && future)
        return ok(formatPartialDate(addDays(base, (weekday - getDay(base) + 7) % 7)));
      const lastWeek = direction === 'last' && back === 0 ? 7 : back;
      return ok(formatPartialDate(subDays(base, lastWeek)));
    });
  }

  // "this week", "last month", "next year", "early last year".
  if (rest.length === 2 && (first === 'this' || first === 'last' || first === 'next')) {
    const unit = unitOf(second);
    if (unit === 'day') return fail(`"${expression}" is not an expression claimtrail knows`);
    if (unit !== undefined) {
      const step = first === 'this' ? 0 : first === 'last' ? -1 : 1;
      if (unit === 'week') {
        if (period !== undefined) return fail(`"${expression}": early/mid/late applies to months and years`);
        return needs('day', () => {
          const day = addWeeks(base, step);
          return ok({ from: formatPartialDate(startOfISOWeek(day)), to: formatPartialDate(endOfISOWeek(day)) });
        });
      }
      return needs(precisionOf(unit), () => ok(formatPartialDate(shift(base, unit, step), precisionOf(unit))));
    }
  }

  // "this November", "next April", "last February".
  if (
    rest.length === 2 &&
    (first === 'this' || first === 'next' || first === 'last') &&
    MONTHS.includes(second as string)
  ) {
    const target = MONTHS.indexOf(second as string) + 1;
    return needs('month', () => {
      const current = parts.month as number;
      const year =
        first === 'this'
          ? parts.year
          : first === 'next'
            ? target > current
              ? parts.year
              : parts.year + 1
            : target < current
              ? parts.year
              : parts.year - 1;
      return ok(formatPartialDate({ year, month: target, precision: 'month' }));
    });
  }

  // Month names: "April", "late April", "April 2024", "September 12", "September 12, 2023".
  const month = first === undefined ? -1 : MONTHS.indexOf(first);
  if (month >= 0 && rest.length <= 3) {
    const dayNumber = second !== undefined && /^\d{1,2}$/.test(second) ? Number(second) : undefined;
    const yearWord = dayNumber === undefined ? second : third;
    if (yearWord !== undefined && !/^\d{4}$/.test(yearWord)) {
      return fail(`"${expression}" is not a date expression claimtrail knows`);
    }
    if (dayNumber !== undefined && period !== undefined) {
      return fail(`"${expression}": early/mid/late applies to months and years`);
    }
    const year =
      yearWord !== undefined
        ? Number(yearWord)
        : parts.month === undefined
          ? parts.year
          : future
            ? month + 1 >= parts.month
              ? parts.year
              : parts.year + 1
            : month + 1 <= parts.month
              ? parts.year
              : parts.year - 1;
    if (yearWord === undefined && parts.month === undefined) {
      return fail(`"${expression}" needs a date known to the month, but ${anchor} is known only to the year`);
    }
    const candidate = formatPartialDate({
      year,
      month: month + 1,
      day: dayNumber,
      precision: dayNumber === undefined ? 'month' : 'day',
    });
    if (dayNumber !== undefined) {
      try {
        parsePartialDate(candidate);
      } catch (error) {
        return fail((error as Error).message);
      }
      // "September 12" said on September 10 means the previous year's.
      if (
        !future &&
        yearWord === undefined &&
        parts.day !== undefined &&
        parts.month === month + 1 &&
        dayNumber > parts.day
      ) {
        return ok(formatPartialDate({ year: year - 1, month: month + 1, day: dayNumber, precision: 'day' }));
      }
    }
    return ok(candidate);
  }

  // "N units ago", "N units after/later/before/earlier".
  const count = readCount(first);
  const unit = unitOf(second);
  if (count !== undefined && unit !== undefined && rest.length === 3 && period === undefined) {
    const sign =
      third === 'ago' || third === 'before' || third === 'earlier'
        ? -1
        : third === 'after' || third === 'later'
          ? 1
          : 0;
    if (sign === 0) return fail(`"${expression}" is not an expression claimtrail knows`);
    return needs(precisionOf(unit), () => ok(formatPartialDate(shift(base, unit, sign * count), precisionOf(unit))));
  }

  return fail(`"${expression}" is not an expression claimtrail knows how to resolve`);
}
