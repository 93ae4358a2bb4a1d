import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/index.js';

describe('schemas.Id', () => {
  it.each([['kim-jong-un'], ['mtt.hong-lei-welcome'], ['g7'], ['a1.b2-c3'], ['2024'], ['x']])('accepts %s', (id) => {
    expect(schemas.Id.safeParse(id).success).toBe(true);
  });

  it.each([
    [''],
    ['Kim'],
    ['kim--jong'],
    ['kim-'],
    ['-kim'],
    ['.kim'],
    ['kim_jong'],
    ['kim jong'],
    ['kim..x'],
    ['kim.-x'],
    ['kím'],
    ['кim'], // a Cyrillic "к" that prints like a Latin k
    ['a'.repeat(201)],
  ])('rejects %j', (id) => {
    expect(schemas.Id.safeParse(id).success).toBe(false);
  });

  it('explains what an id looks like', () => {
    expect(schemas.ActorId.safeParse('Kim Jong Un').error?.issues[0]?.message).toBe(
      'an id is lowercase ASCII letters and digits joined by single "-" or "." (e.g. "kim-jong-un")',
    );
  });

  it('accepts every id built from slug words', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    const id = fc
      .tuple(word, fc.array(fc.tuple(fc.constantFrom('-', '.'), word), { maxLength: 6 }))
      .map(([head, tail]) => head + tail.map(([sep, w]) => sep + w).join(''));
    fc.assert(fc.property(id, (value) => schemas.Id.safeParse(value).success));
  });

  it('rejects any string with a character outside a-z, 0-9, "-" and "."', () => {
    const bad = fc
      .tuple(
        fc.stringMatching(/^[a-z]{0,5}$/),
        fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
        fc.stringMatching(/^[a-z]{0,5}$/),
      )
      .filter(([, ch]) => !/^[a-z0-9.-]$/.test(ch))
      .map(([a, ch, b]) => a + ch + b);
    fc.assert(fc.property(bad, (value) => !schemas.Id.safeParse(value).success));
  });
});

describe('schemas.PartialDate, Interval and When', () => {
  it('accepts the three precisions and a numeric year', () => {
    expect(schemas.PartialDate.parse('2023')).toBe('2023');
    expect(schemas.PartialDate.parse('2023-09')).toBe('2023-09');
    expect(schemas.PartialDate.parse('2023-09-13')).toBe('2023-09-13');
    expect(schemas.PartialDate.parse(2023)).toBe('2023');
  });

  it.each([
    [2023.5],
    [-1],
    [0],
    [987],
    [10000],
    [null],
    [true],
    ['2023-09-13T10:00'],
    ['13 September 2023'],
    ['2023/09/13'],
  ])('rejects %j', (value) => {
    expect(schemas.PartialDate.safeParse(value).success).toBe(false);
  });

  it('takes open intervals and rejects unknown ends', () => {
    expect(schemas.Interval.parse({})).toEqual({});
    expect(schemas.Interval.parse({ from: '2021-10-04' })).toEqual({ from: '2021-10-04' });
    expect(schemas.Interval.safeParse({ from: '2021', until: '2024' }).success).toBe(false);
    expect(schemas.Interval.safeParse({ from: '2021-02-29' }).error?.issues[0]?.path).toEqual(['from']);
  });

  it('takes a date or an interval as When', () => {
    expect(schemas.When.parse('2023')).toBe('2023');
    expect(schemas.When.parse({ from: '2023', to: 2024 })).toEqual({ from: '2023', to: '2024' });
    expect(schemas.When.safeParse(['2023']).success).toBe(false);
  });
});

describe('schemas.Diagnostic', () => {
  const minimal = { ruleId: 'schema', severity: 'error', message: 'Actor "x" has a bad field "kind".' };

  it('accepts a minimal diagnostic and a full one', () => {
    expect(schemas.Diagnostic.parse(minimal)).toEqual(minimal);
    const full = {
      ...minimal,
      entity: { type: 'actor', id: 'x' },
      file: 'actors.yaml',
      line: 3,
      column: 11,
      path: ['actors', 0, 'kind'],
      actual: 'persn',
      expected: ['person'],
      related: [{ type: 'actor', id: 'x', file: 'other.yaml', line: 2 }],
      suggestion: 'person',
    };
    expect(schemas.Diagnostic.parse(full)).toEqual(full);
  });

  it.each([
    [{ severity: 'fatal' }, 'severity'],
    [{ line: 0 }, 'line'],
    [{ column: 1.5 }, 'column'],
    [{ entity: { type: 'person', id: 'x' } }, 'entity'],
    [{ path: [true] }, 'path'],
  ])('rejects %j', (extra, field) => {
    expect(schemas.Diagnostic.safeParse({ ...minimal, ...extra }).error?.issues[0]?.path[0]).toBe(field);
  });

  it('rejects unknown keys', () => {
    expect(schemas.Diagnostic.safeParse({ ...minimal, rule: 'schema' }).success).toBe(false);
  });
});

describe('schemas.CorpusFile', () => {
  it('accepts the four lists and $schema, and nothing else', () => {
    expect(
      schemas.CorpusFile.safeParse({
        $schema: '../schema/corpus-file.schema.json',
        actors: [{ id: 'x', kind: 'group', name: 'X' }],
        sources: [],
        claims: [],
        attributions: [],
      }).success,
    ).toBe(true);
    expect(schemas.CorpusFile.safeParse({ actorz: [] }).success).toBe(false);
  });
});
