import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate, resolveRelativeDate, schemas, type When } from '../../src/index.js';

// Friday 15 September 2023, the date of the Diário de Notícias article ("Japan said Friday").
const FRIDAY = '2023-09-15';

const resolves = (expression: string, anchor: string, value: When) =>
  expect(resolveRelativeDate(expression, anchor), `${expression} @ ${anchor}`).toEqual({ ok: true, value });

describe('resolveRelativeDate: every wording of docs/format.md', () => {
  it.each([
    ['today', '2023-09-15'],
    ['yesterday', '2023-09-14'],
    ['tomorrow', '2023-09-16'],
    ['earlier on the same day', '2023-09-15'],
    ['the same day', '2023-09-15'],
  ])('%s', (expression, value) => resolves(expression, FRIDAY, value));

  it.each([
    ['Wednesday', '2023-09-13'],
    ['on Wednesday', '2023-09-13'],
    ['Friday', '2023-09-15'], // on or before the anchor: the same day
    ['Saturday', '2023-09-09'],
    ['Monday', '2023-09-11'],
    ['next Wednesday', '2023-09-20'],
    ['next Friday', '2023-09-22'], // the first after the anchor, never the anchor itself
    ['next Saturday', '2023-09-16'],
    ['last Friday', '2023-09-08'],
    ['last Wednesday', '2023-09-13'],
  ])('weekday: %s', (expression, value) => resolves(expression, FRIDAY, value));

  it.each<[string, When]>([
    ['this week', { from: '2023-09-11', to: '2023-09-17' }],
    ['last week', { from: '2023-09-04', to: '2023-09-10' }],
    ['next week', { from: '2023-09-18', to: '2023-09-24' }],
    ['this month', '2023-09'],
    ['last month', '2023-08'],
    ['next month', '2023-10'],
    ['this year', '2023'],
    ['last year', '2022'],
    ['next year', '2024'],
  ])('this/last/next: %s', (expression, value) => resolves(expression, FRIDAY, value));

  it.each([
    ['early last year', '2022'],
    ['late last year', '2022'],
    ['mid last year', '2022'],
    ['late April', '2023-04'],
    ['in early February', '2023-02'],
    ['mid September', '2023-09'],
    ['in mid-September', '2023-09'],
    ['late-April', '2023-04'],
    ['late November', '2022-11'],
  ])('early/mid/late keep the precision of what they qualify: %s', (expression, value) =>
    resolves(expression, FRIDAY, value),
  );

  it.each([
    ['this November', '2023-11'],
    ['this February', '2023-02'],
    ['next April', '2024-04'],
    ['next November', '2023-11'],
    ['next September', '2024-09'],
    ['last February', '2023-02'],
    ['last November', '2022-11'],
    ['last September', '2022-09'],
  ])('this/next/last before a month name: %s', (expression, value) => resolves(expression, FRIDAY, value));

  it.each([
    ['February', '2023-02'],
    ['September', '2023-09'],
    ['October', '2022-10'], // the latest October on or before the anchor
    ['in December', '2022-12'],
    ['September 12', '2023-09-12'],
    ['since September 12', '2023-09-12'],
    ['September 15', '2023-09-15'],
    ['September 16', '2022-09-16'],
    ['October 3', '2022-10-03'],
    ['July 2000', '2000-07'],
    ['September 12, 2023', '2023-09-12'],
    ['in 2019', '2019'],
  ])('month names and month-days: %s', (expression, value) => resolves(expression, FRIDAY, value));

  it.each([
    ['two days ago', '2023-09-13'],
    ['2 days ago', '2023-09-13'],
    ['a day ago', '2023-09-14'],
    ['three weeks ago', '2023-08-25'],
    ['a month ago', '2023-08'],
    ['six months ago', '2023-03'],
    ['a year ago', '2022'],
    ['twenty days ago', '2023-08-26'],
    ['21 days ago', '2023-08-25'],
    ['eleven years ago', '2012'],
  ])('N units ago: %s', (expression, value) => resolves(expression, FRIDAY, value));

  it.each([
    ['two days after', '2023-09-17'],
    ['two days later', '2023-09-17'],
    ['two days before', '2023-09-13'],
    ['two days earlier', '2023-09-13'],
    ['a week later', '2023-09-22'],
    ['three months later', '2023-12'],
    ['five years earlier', '2018'],
    ['twelve days after', '2023-09-27'],
  ])('N units after/later/before/earlier, from the anchor: %s', (expression, value) =>
    resolves(expression, FRIDAY, value),
  );

  it('counts "a month and a half ago" as about 45 days and claims only the month', () => {
    resolves('a month and a half ago', FRIDAY, '2023-08');
    resolves('a month and a half ago', '2024-03-31', '2024-02');
  });

  it('reads the number words one to twenty', () => {
    const words = [
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
      'thirteen',
      'fourteen',
      'fifteen',
      'sixteen',
      'seventeen',
      'eighteen',
      'nineteen',
      'twenty',
    ];
    for (const [i, word] of words.entries()) resolves(`${word} years ago`, FRIDAY, String(2023 - (i + 1)));
  });

  it('ignores case, punctuation and a leading on/in/since/during', () => {
    resolves('ON WEDNESDAY', FRIDAY, '2023-09-13');
    resolves('Last Year', FRIDAY, '2022');
    resolves('during last week', FRIDAY, { from: '2023-09-04', to: '2023-09-10' });
    resolves('since February,', FRIDAY, '2023-02');
    resolves('in late April.', '2024-06', '2024-04');
  });
});

describe('resolveRelativeDate across the calendar', () => {
  it('counts weeks from Monday, even when the anchor is a Sunday', () => {
    resolves('this week', '2023-09-17', { from: '2023-09-11', to: '2023-09-17' });
    resolves('last week', '2024-01-03', { from: '2023-12-25', to: '2023-12-31' });
  });

  it('crosses year ends', () => {
    resolves('next Friday', '2023-12-29', '2024-01-05');
    resolves('yesterday', '2024-01-01', '2023-12-31');
    resolves('December', '2024-01-10', '2023-12');
    resolves('next January', '2023-12-05', '2024-01');
    resolves('last month', '2024-01-20', '2023-12');
  });

  it('knows month lengths and leap days', () => {
    resolves('tomorrow', '2024-02-28', '2024-02-29');
    resolves('tomorrow', '2023-02-28', '2023-03-01');
    resolves('a month ago', '2024-03-31', '2024-02');
    resolves('February 29', '2024-03-01', '2024-02-29');
  });

  it('works from an anchor known only to the month or the year, where the words allow it', () => {
    resolves('last month', '2023-09', '2023-08');
    resolves('three months ago', '2023-09', '2023-06');
    resolves('late April', '2024-06', '2024-04');
    resolves('last year', '2023', '2022');
    resolves('next year', '2023', '2024');
    resolves('today', '2023-09', '2023-09');
  });

  it('always gives a valid When', () => {
    const anchor = fc
      .date({ min: new Date(1950, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true })
      .map((d) => formatPartialDate(d));
    const expression = fc.oneof(
      fc.constantFrom(
        'today',
        'yesterday',
        'tomorrow',
        'this week',
        'last week',
        'next week',
        'last month',
        'next year',
        'a month and a half ago',
      ),
      fc
        .tuple(fc.constantFrom('', 'next ', 'last '), fc.constantFrom('Monday', 'Wednesday', 'Sunday'))
        .map(([a, b]) => a + b),
      fc
        .tuple(
          fc.integer({ min: 1, max: 20 }),
          fc.constantFrom('days', 'weeks', 'months', 'years'),
          fc.constantFrom('ago', 'later', 'before'),
        )
        .map(([n, u, d]) => `${n} ${u} ${d}`),
      fc
        .tuple(fc.constantFrom('January', 'February', 'June', 'December'), fc.integer({ min: 1, max: 28 }))
        .map(([m, d]) => `${m} ${d}`),
    );
    fc.assert(
      fc.property(expression, anchor, (words, at) => {
        const result = resolveRelativeDate(words, at);
        return result.ok && schemas.When.safeParse(result.value).success;
      }),
    );
  });

  it('puts a plain weekday within the six days up to the anchor, on that weekday', () => {
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true }),
        fc.integer({ min: 0, max: 6 }),
        (d, weekday) => {
          const anchor = formatPartialDate(d);
          const result = resolveRelativeDate(names[weekday] as string, anchor);
          if (!result.ok || typeof result.value !== 'string') return false;
          const { year, month, day } = parsePartialDate(result.value);
          const found = new Date(year, (month as number) - 1, day);
          const a = parsePartialDate(anchor);
          const days = Math.round(
            (new Date(a.year, (a.month as number) - 1, a.day).getTime() - found.getTime()) / 86_400_000,
          );
          return found.getDay() === weekday && days >= 0 && days <= 6;
        },
      ),
    );
  });
});

describe('resolveRelativeDate failures, with their reasons', () => {
  it.each([
    ['yesterday', '2023-09', '"yesterday" needs a date known to the day, but 2023-09 is known only to the month'],
    ['on Wednesday', '2023-09', '"on Wednesday" needs a date known to the day, but 2023-09 is known only to the month'],
    ['next week', '2023', '"next week" needs a date known to the day, but 2023 is known only to the year'],
    ['last month', '2023', '"last month" needs a date known to the month, but 2023 is known only to the year'],
    ['two days ago', '2023-09', '"two days ago" needs a date known to the day, but 2023-09 is known only to the month'],
    ['February', '2023', '"February" needs a date known to the month, but 2023 is known only to the year'],
    ['next April', '2023', '"next April" needs a date known to the month, but 2023 is known only to the year'],
  ])('%s from %s: the anchor is too coarse', (expression, anchor, reason) => {
    expect(resolveRelativeDate(expression, anchor)).toEqual({ ok: false, reason });
  });

  it.each([
    ['', 'the expression is empty'],
    ['  ', 'the expression is empty'],
    ['someday', '"someday" is not an expression claimtrail knows how to resolve'],
    ['the day before yesterday', '"the day before yesterday" is not an expression claimtrail knows how to resolve'],
    ['twenty-one days ago', '"twenty-one days ago" is not an expression claimtrail knows how to resolve'],
    ['two hours ago', '"two hours ago" is not an expression claimtrail knows how to resolve'],
    ['next day', '"next day" is not an expression claimtrail knows'],
    ['two days hence', '"two days hence" is not an expression claimtrail knows'],
    ['every Wednesday', '"every Wednesday" is not a weekday expression claimtrail knows'],
    ['early next week', '"early next week": early/mid/late applies to months and years'],
    ['late September 12', '"late September 12": early/mid/late applies to months and years'],
    ['September the 12th', '"September the 12th" is not a date expression claimtrail knows'],
    ['February 30', '"2023-02-30" names day 30, which does not exist in 2023-02'],
  ])('%j is refused', (expression, reason) => {
    expect(resolveRelativeDate(expression, FRIDAY)).toEqual({ ok: false, reason });
  });

  it('refuses an invalid anchor with the reason', () => {
    expect(resolveRelativeDate('yesterday', '2023-02-30')).toEqual({
      ok: false,
      reason: 'the anchor date is not valid: "2023-02-30" names day 30, which does not exist in 2023-02',
    });
  });

  it('never throws, whatever the words', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(FRIDAY, '2023-09', '2023', 'garbage'), (words, anchor) => {
        const result = resolveRelativeDate(words, anchor);
        return result.ok ? schemas.When.safeParse(result.value).success : result.reason.length > 0;
      }),
      { numRuns: 500 },
    );
  });
});
