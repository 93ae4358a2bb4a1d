import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  isPartialDate,
  parsePartialDate,
  partialDateContains,
  relatePartialDates,
  schemas,
} from '../../src/index.js';

describe('parsePartialDate', () => {
  it('keeps the precision it is given', () => {
    expect(parsePartialDate('2023')).toEqual({ year: 2023, precision: 'year' });
    expect(parsePartialDate('2023-09')).toEqual({ year: 2023, month: 9, precision: 'month' });
    expect(parsePartialDate('2023-09-13')).toEqual({ year: 2023, month: 9, day: 13, precision: 'day' });
  });

  it.each([
    ['2023-02-30', /day 30, which does not exist in 2023-02/],
    ['2023-13', /month 13, which is not between 01 and 12/],
    ['2023-00', /month 00/],
    ['23-09-13', /not a date of the form/],
    ['2023-9-13', /not a date of the form/],
    ['', /not a date of the form/],
  ])('rejects %s with a clear message', (value, message) => {
    expect(() => parsePartialDate(value)).toThrow(message);
    expect(isPartialDate(value)).toBe(false);
    const result = schemas.PartialDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it('accepts 29 February only in leap years', () => {
    expect(isPartialDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2023-02-29')).toBe(false);
    expect(isPartialDate('2000-02-29')).toBe(true);
    expect(isPartialDate('1900-02-29')).toBe(false);
  });

  it('reads a YAML-style numeric year as a year', () => {
    expect(schemas.PartialDate.parse(2024)).toBe('2024');
  });
});

describe('relatePartialDates', () => {
  it('does not invent precision', () => {
    expect(relatePartialDates('2023', '2023-09-13')).toBe('contains');
    expect(relatePartialDates('2023-09-13', '2023')).toBe('within');
    expect(relatePartialDates('2023-09', '2023-09-13')).toBe('contains');
    expect(relatePartialDates('2023-08', '2023-09-13')).toBe('before');
    expect(relatePartialDates('2024', '2023-12-31')).toBe('after');
    expect(relatePartialDates('2023-09-13', '2023-09-13')).toBe('equal');
  });

  it('knows month lengths', () => {
    expect(relatePartialDates('2024-02', '2024-02-29')).toBe('contains');
    expect(relatePartialDates('2023-02', '2023-03-01')).toBe('before');
  });

  it('containment agrees with the relation', () => {
    expect(partialDateContains('2023', '2023-09-13')).toBe(true);
    expect(partialDateContains('2023-09-13', '2023')).toBe(false);
    expect(partialDateContains('2023-09', '2023-09')).toBe(true);
  });
});

const arbitraryDate = fc
  .date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true })
  .chain((d) => fc.constantFrom('year', 'month', 'day').map((p) => formatPartialDate(d, p as 'year')));

describe('properties', () => {
  it('formatting a parsed date gives it back', () => {
    fc.assert(fc.property(arbitraryDate, (s) => formatPartialDate(parsePartialDate(s)) === s));
  });

  it('relations are antisymmetric', () => {
    const flip = {
      before: 'after',
      after: 'before',
      contains: 'within',
      within: 'contains',
      equal: 'equal',
      overlaps: 'overlaps',
    };
    fc.assert(
      fc.property(arbitraryDate, arbitraryDate, (a, b) => relatePartialDates(b, a) === flip[relatePartialDates(a, b)]),
    );
  });

  it('a date at coarser precision contains itself at finer precision', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }), (d) => {
        const day = formatPartialDate(d, 'day');
        return (
          partialDateContains(formatPartialDate(d, 'month'), day) &&
          partialDateContains(formatPartialDate(d, 'year'), day)
        );
      }),
    );
  });

  it('sorting is consistent with before/after', () => {
    fc.assert(
      fc.property(arbitraryDate, arbitraryDate, (a, b) => {
        const relation = relatePartialDates(a, b);
        if (relation === 'before') return comparePartialDates(a, b) < 0;
        if (relation === 'after') return comparePartialDates(a, b) > 0;
        return true;
      }),
    );
  });
});
