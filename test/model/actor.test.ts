import { describe, expect, it } from 'vitest';
import { loadCorpusSync, schemas } from '../../src/index.js';

const issuesOf = (value: unknown) => schemas.Actor.safeParse(value).error?.issues ?? [];

describe('schemas.Actor', () => {
  it.each([
    ['person', {}],
    ['organization', {}],
    ['government', { of: 'japan' }],
    ['country', { iso: 'JP' }],
    ['media', { url: 'https://apnews.com/' }],
    ['group', {}],
  ])('accepts a %s and fills in the empty lists', (kind, extra) => {
    const actor = schemas.Actor.parse({ id: 'x', kind, name: 'X', ...extra });
    expect(actor).toEqual({ id: 'x', kind, name: 'X', aliases: [], roles: [], memberOf: [], actsFor: [], ...extra });
  });

  it('accepts the full person of the format doc', () => {
    const actor = schemas.Actor.parse({
      id: 'hirokazu-matsuno',
      kind: 'person',
      name: 'Hirokazu Matsuno',
      aliases: ['Matsuno'],
      pronoun: 'he',
      roles: [
        {
          title: 'Chief Cabinet Secretary',
          of: 'government-of-japan',
          from: '2021-10-04',
          to: '2023-12-14',
          aliases: ['government spokesman'],
        },
      ],
      memberOf: [],
      actsFor: ['government-of-japan'],
      note: 'Spoke for the government.',
    });
    expect(actor.kind === 'person' && actor.pronoun).toBe('he');
    expect(actor.roles[0]).toMatchObject({ from: '2021-10-04', to: '2023-12-14' });
  });

  it('reads an unquoted YAML year in a role as a year', () => {
    const actor = schemas.Actor.parse({ id: 'x', kind: 'person', name: 'X', roles: [{ title: 'Mayor', from: 2019 }] });
    expect(actor.roles[0]?.from).toBe('2019');
  });

  it('rejects an unknown kind at the kind field, listing the kinds', () => {
    const [issue, ...rest] = issuesOf({ id: 'x', kind: 'persn', name: 'X' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'invalid_union', path: ['kind'] });
    expect(issue && 'options' in issue ? issue.options : []).toEqual([
      'person',
      'organization',
      'government',
      'country',
      'media',
      'group',
    ]);
  });

  it('rejects a missing kind', () => {
    expect(issuesOf({ id: 'x', name: 'X' })).toMatchObject([{ code: 'invalid_union', path: ['kind'] }]);
  });

  it('only gives a person a pronoun', () => {
    expect(issuesOf({ id: 'x', kind: 'person', name: 'X', pronoun: 'they' })).toEqual([]);
    expect(issuesOf({ id: 'x', kind: 'person', name: 'X', pronoun: 'it' })).toMatchObject([
      { code: 'invalid_value', path: ['pronoun'] },
    ]);
    for (const kind of ['organization', 'government', 'country', 'media', 'group']) {
      expect(issuesOf({ id: 'x', kind, name: 'X', pronoun: 'he' })).toMatchObject([
        { code: 'unrecognized_keys', keys: ['pronoun'], path: [] },
      ]);
    }
  });

  it('keeps kind-specific fields to their kind', () => {
    expect(issuesOf({ id: 'x', kind: 'person', name: 'X', of: 'japan' })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['of'] },
    ]);
    expect(issuesOf({ id: 'x', kind: 'government', name: 'X', iso: 'JP' })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['iso'] },
    ]);
    expect(issuesOf({ id: 'x', kind: 'country', name: 'X', url: 'https://x.org' })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['url'] },
    ]);
  });

  it.each([['jp'], ['JPN'], ['J'], ['12']])('rejects the ISO code %s', (iso) => {
    expect(issuesOf({ id: 'x', kind: 'country', name: 'X', iso })).toMatchObject([{ path: ['iso'] }]);
  });

  it('rejects a media url that is not a URL', () => {
    expect(issuesOf({ id: 'x', kind: 'media', name: 'X', url: 'apnews' })).toMatchObject([{ path: ['url'] }]);
  });

  it('rejects unknown keys, on the actor and on its roles', () => {
    expect(issuesOf({ id: 'x', kind: 'group', name: 'X', nmae: 'Y' })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['nmae'], path: [] },
    ]);
    expect(issuesOf({ id: 'x', kind: 'group', name: 'X', roles: [{ title: 'T', since: '2020' }] })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['since'], path: ['roles', 0] },
    ]);
  });

  it('rejects empty names and aliases', () => {
    expect(issuesOf({ id: 'x', kind: 'group', name: '' })).toMatchObject([{ path: ['name'] }]);
    expect(issuesOf({ id: 'x', kind: 'group', name: 'X', aliases: ['ok', ''] })).toMatchObject([
      { path: ['aliases', 1] },
    ]);
  });

  it('rejects bad ids wherever an actor is referred to', () => {
    expect(issuesOf({ id: 'Kim Jong Un', kind: 'person', name: 'X' })).toMatchObject([{ path: ['id'] }]);
    expect(issuesOf({ id: 'x', kind: 'person', name: 'X', memberOf: ['ok', 'Not OK'] })).toMatchObject([
      { path: ['memberOf', 1] },
    ]);
    expect(issuesOf({ id: 'x', kind: 'person', name: 'X', actsFor: ['a_b'] })).toMatchObject([
      { path: ['actsFor', 0] },
    ]);
    expect(issuesOf({ id: 'x', kind: 'government', name: 'X', of: 'Japan' })).toMatchObject([{ path: ['of'] }]);
  });

  it('rejects a role with an impossible date, naming the day', () => {
    const [issue] = issuesOf({ id: 'x', kind: 'person', name: 'X', roles: [{ title: 'T', to: '2023-02-30' }] });
    expect(issue).toMatchObject({ path: ['roles', 0, 'to'] });
    expect(issue?.message).toMatch(/day 30, which does not exist in 2023-02/);
  });

  it('rejects a role without a title', () => {
    expect(issuesOf({ id: 'x', kind: 'person', name: 'X', roles: [{ of: 'japan' }] })).toMatchObject([
      { path: ['roles', 0, 'title'] },
    ]);
  });
});

describe('the seed actors', () => {
  const corpus = loadCorpusSync();

  it('parse again to themselves (defaults are stable)', () => {
    expect(corpus.actors.length).toBeGreaterThan(20);
    for (const actor of corpus.actors) expect(schemas.Actor.parse(actor)).toEqual(actor);
  });

  it('carry pronouns only on persons', () => {
    const withPronoun = corpus.actors.filter((a) => 'pronoun' in a && a.pronoun !== undefined);
    expect(withPronoun.length).toBeGreaterThan(0);
    for (const actor of withPronoun) expect(actor.kind).toBe('person');
  });
});
