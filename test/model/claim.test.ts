import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/index.js';

const minimal = {
  id: 'dn.kishida-willing',
  text: 'Kishida is willing to meet Kim.',
  subject: 'fumio-kishida',
  predicate: 'is-willing-to',
};
const issuesOf = (value: unknown) => schemas.Claim.safeParse(value).error?.issues ?? [];
const objectIssues = (object: unknown) => issuesOf({ ...minimal, object });

describe('schemas.Claim', () => {
  it('accepts a minimal claim and fills in its defaults', () => {
    expect(schemas.Claim.parse(minimal)).toEqual({
      ...minimal,
      polarity: 'affirmed',
      topics: [],
      contradicts: [],
      sameAs: [],
    });
  });

  it('accepts the full claim of the format doc', () => {
    const claim = schemas.Claim.parse({
      ...minimal,
      object: { type: 'text', value: 'meet Kim Jong Un without preconditions' },
      when: '2023-09',
      where: 'russia',
      polarity: 'affirmed',
      first: { in: { years: 6 } },
      topics: ['japan-north-korea-summit'],
      contradicts: ['other.claim'],
      note: 'free text',
    });
    expect(claim.first).toEqual({ in: { years: 6, approx: 'exact' } });
  });

  it('takes an actor id or a literal as subject and place', () => {
    expect(issuesOf({ ...minimal, subject: { literal: 'the abduction issue' } })).toEqual([]);
    expect(issuesOf({ ...minimal, where: { literal: 'the Vostochny Cosmodrome' } })).toEqual([]);
    expect(issuesOf({ ...minimal, subject: 'Fumio Kishida' })).toMatchObject([{ path: ['subject'] }]);
    expect(issuesOf({ ...minimal, subject: { literal: '' } })).toMatchObject([{ path: ['subject', 'literal'] }]);
    expect(issuesOf({ ...minimal, subject: { literal: 'x', id: 'y' } })).toMatchObject([{ path: ['subject'] }]);
  });

  it('requires a lowercase slug as predicate, with a message that shows one', () => {
    for (const predicate of ['Meets', 'meets_with', 'meets--with', '-meets', 'meets2', '']) {
      const [issue] = issuesOf({ ...minimal, predicate });
      expect(issue, predicate).toMatchObject({ path: ['predicate'] });
      expect(issue?.message).toContain('lowercase slug');
    }
    expect(issuesOf({ ...minimal, predicate: 'supplies-weapons-to' })).toEqual([]);
  });

  it('rejects an unknown polarity, missing text and unknown keys', () => {
    expect(issuesOf({ ...minimal, polarity: 'negative' })).toMatchObject([{ path: ['polarity'] }]);
    expect(issuesOf({ ...minimal, text: '' })).toMatchObject([{ path: ['text'] }]);
    expect(issuesOf({ ...minimal, predicte: 'meets' })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['predicte'] },
    ]);
  });

  it('takes a PartialDate or an interval as when', () => {
    expect(issuesOf({ ...minimal, when: '2023-09-13' })).toEqual([]);
    expect(issuesOf({ ...minimal, when: { from: '2023-09-12' } })).toEqual([]);
    expect(issuesOf({ ...minimal, when: { from: '2023', to: '2024-06' } })).toEqual([]);
    expect(issuesOf({ ...minimal, when: '2023-09-31' }).length).toBeGreaterThan(0);
    expect(issuesOf({ ...minimal, when: { from: '2023', until: '2024' } }).length).toBeGreaterThan(0);
  });

  it('checks that contradicts lists claim ids', () => {
    expect(issuesOf({ ...minimal, contradicts: ['ok.id', 'Not an id'] })).toMatchObject([{ path: ['contradicts', 1] }]);
  });
});

describe('schemas.ClaimObject', () => {
  it.each([
    [
      { type: 'actor', id: 'vladimir-putin' },
      { type: 'actor', id: 'vladimir-putin' },
    ],
    [
      { type: 'text', value: 'meet Kim' },
      { type: 'text', value: 'meet Kim' },
    ],
    [
      { type: 'number', value: 10 },
      { type: 'number', value: 10, approx: 'exact' },
    ],
    [
      { type: 'number', value: 10_000_000, approx: 'over' },
      { type: 'number', value: 10_000_000, approx: 'over' },
    ],
    [
      { type: 'quantity', value: 1000, unit: 'containers', approx: 'about' },
      { type: 'quantity', value: 1000, unit: 'containers', approx: 'about' },
    ],
    [
      { type: 'date', value: '2019' },
      { type: 'date', value: '2019' },
    ],
    [
      { type: 'duration', value: { years: 6 } },
      { type: 'duration', value: { years: 6, approx: 'exact' } },
    ],
    [
      { type: 'duration', value: { months: 1, days: 15, approx: 'about' } },
      { type: 'duration', value: { months: 1, days: 15, approx: 'about' } },
    ],
  ])('accepts %j', (input, parsed) => {
    expect(schemas.ClaimObject.parse(input)).toEqual(parsed);
  });

  it('rejects an unknown object type at object.type, listing the types', () => {
    const [issue, ...rest] = objectIssues({ type: 'money', value: 3 });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'invalid_union', path: ['object', 'type'] });
    expect(issue && 'options' in issue ? issue.options : []).toEqual([
      'actor',
      'text',
      'number',
      'quantity',
      'date',
      'duration',
    ]);
  });

  it('checks each object type for its own fields', () => {
    expect(objectIssues({ type: 'actor', value: 'putin' })).toMatchObject([
      { code: 'invalid_type', path: ['object', 'id'] },
      { code: 'unrecognized_keys' },
    ]);
    expect(objectIssues({ type: 'actor', id: 'Vladimir Putin' })).toMatchObject([{ path: ['object', 'id'] }]);
    expect(objectIssues({ type: 'text', value: '' })).toMatchObject([{ path: ['object', 'value'] }]);
    expect(objectIssues({ type: 'number', value: '10' })).toMatchObject([{ path: ['object', 'value'] }]);
    expect(objectIssues({ type: 'number', value: 10, approx: 'roughly' })).toMatchObject([
      { path: ['object', 'approx'] },
    ]);
    expect(objectIssues({ type: 'number', value: 10, unit: 'km' })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['unit'] },
    ]);
    expect(objectIssues({ type: 'quantity', value: 10 })).toMatchObject([{ path: ['object', 'unit'] }]);
    expect(objectIssues({ type: 'date', value: '2019-02-29' })).toMatchObject([{ path: ['object', 'value'] }]);
  });

  it('requires a duration to say at least one of years, months or days', () => {
    const [issue] = objectIssues({ type: 'duration', value: { approx: 'about' } });
    expect(issue).toMatchObject({
      path: ['object', 'value'],
      message: 'a duration needs at least one of years, months or days',
    });
    expect(objectIssues({ type: 'duration', value: { years: -1 } })).toMatchObject([
      { path: ['object', 'value', 'years'] },
    ]);
  });
});

describe('schemas.FirstSince', () => {
  it('takes a date or a span', () => {
    expect(schemas.FirstSince.parse({ since: 2019 })).toEqual({ since: '2019' });
    expect(schemas.FirstSince.parse({ in: { years: 6 } })).toEqual({ in: { years: 6, approx: 'exact' } });
  });

  it('rejects both at once, neither, and a bad date', () => {
    expect(schemas.FirstSince.safeParse({ since: '2019', in: { years: 6 } }).success).toBe(false);
    expect(schemas.FirstSince.safeParse({}).success).toBe(false);
    expect(schemas.FirstSince.safeParse({ since: '2019-13' }).success).toBe(false);
  });
});
