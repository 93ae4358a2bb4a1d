import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/index.js';

const base = {
  id: 'dn.matsuno-kishida-determined',
  claim: 'dn.kishida-willing-to-meet-kim',
  source: 'dn-kishida-ready-to-meet-kim',
  speaker: 'hirokazu-matsuno',
};
const quote = { text: 'at any time and without prior conditions', start: 512, end: 553 };
const issuesOf = (value: unknown) => schemas.Attribution.safeParse(value).error?.issues ?? [];

describe('schemas.Attribution', () => {
  it('accepts a direct quote and fills in its defaults', () => {
    expect(schemas.Attribution.parse({ ...base, mode: 'direct-quote', quotes: [quote] })).toEqual({
      ...base,
      mode: 'direct-quote',
      quotes: [quote],
      via: [],
      stance: 'asserts',
      factuality: 'certain',
      roles: [],
    });
  });

  it('accepts the full attribution of the format doc', () => {
    const a = schemas.Attribution.parse({
      ...base,
      via: [],
      mode: 'direct-quote',
      quotes: [{ ...quote, prefix: 'Kim Jong Un in person “', suffix: ',” the Japanese' }],
      stance: 'asserts',
      factuality: 'certain',
      cue: 'said',
      said: '2023-09-15',
      relative: { said: 'Friday' },
      roles: [
        { actor: 'fumio-kishida', title: 'Prime Minister' },
        { actor: 'sergei-shoigu', title: 'Defense Minister', qualifier: 'then' },
      ],
      confidence: 0.9,
      note: 'free text',
    });
    expect(a.relative).toEqual({ said: 'Friday' });
  });

  it('requires at least one quote for a direct quote', () => {
    expect(issuesOf({ ...base, mode: 'direct-quote' })).toMatchObject([{ code: 'invalid_type', path: ['quotes'] }]);
    expect(issuesOf({ ...base, mode: 'direct-quote', quotes: [] })).toMatchObject([
      { code: 'too_small', path: ['quotes'] },
    ]);
  });

  it('lets indirect speech have quoted fragments or none', () => {
    expect(schemas.Attribution.parse({ ...base, mode: 'indirect' })).toMatchObject({ quotes: [] });
    expect(issuesOf({ ...base, mode: 'indirect', quotes: [{ text: 'axis' }] })).toEqual([]);
  });

  it.each(['summary', 'own-voice'])('gives a %s no quotes', (mode) => {
    expect(issuesOf({ ...base, mode })).toEqual([]);
    expect(issuesOf({ ...base, mode, quotes: [{ text: 'x' }] })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['quotes'], path: [] },
    ]);
  });

  it('rejects an unknown or missing mode at the mode field', () => {
    for (const value of [{ ...base, mode: 'quoted' }, base]) {
      const [issue, ...rest] = issuesOf(value);
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({ code: 'invalid_union', path: ['mode'] });
      expect(issue && 'options' in issue ? issue.options : []).toEqual([
        'direct-quote',
        'indirect',
        'summary',
        'own-voice',
      ]);
    }
  });

  it('requires claim, source and speaker as ids', () => {
    expect(issuesOf({ ...base, claim: undefined, mode: 'summary' })).toMatchObject([{ path: ['claim'] }]);
    expect(issuesOf({ ...base, speaker: 'Hirokazu Matsuno', mode: 'summary' })).toMatchObject([{ path: ['speaker'] }]);
    expect(issuesOf({ ...base, via: ['ap-news', 'AP'], mode: 'summary' })).toMatchObject([{ path: ['via', 1] }]);
  });

  it('rejects unknown stance, factuality and keys', () => {
    expect(issuesOf({ ...base, mode: 'summary', stance: 'assert' })).toMatchObject([{ path: ['stance'] }]);
    expect(issuesOf({ ...base, mode: 'summary', factuality: 'likely' })).toMatchObject([{ path: ['factuality'] }]);
    expect(issuesOf({ ...base, mode: 'summary', spekaer: 'x' })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['spekaer'] },
    ]);
  });

  it('keeps confidence between 0 and 1', () => {
    expect(issuesOf({ ...base, mode: 'summary', confidence: 0 })).toEqual([]);
    expect(issuesOf({ ...base, mode: 'summary', confidence: 1 })).toEqual([]);
    expect(issuesOf({ ...base, mode: 'summary', confidence: 1.01 })).toMatchObject([{ path: ['confidence'] }]);
    expect(issuesOf({ ...base, mode: 'summary', confidence: -0.1 })).toMatchObject([{ path: ['confidence'] }]);
  });

  it('checks said, the relative expressions and their anchor', () => {
    expect(issuesOf({ ...base, mode: 'summary', said: '2023-09-31' })).toMatchObject([{ path: ['said'] }]);
    expect(issuesOf({ ...base, mode: 'summary', relative: { said: 'Friday', anchor: '2023-09-13' } })).toEqual([]);
    expect(issuesOf({ ...base, mode: 'summary', relative: { anchor: '2023-9-13' } })).toMatchObject([
      { path: ['relative', 'anchor'] },
    ]);
    expect(issuesOf({ ...base, mode: 'summary', relative: { said: '' } })).toMatchObject([
      { path: ['relative', 'said'] },
    ]);
    expect(issuesOf({ ...base, mode: 'summary', relative: { saidAt: 'Friday' } })).toMatchObject([
      { code: 'unrecognized_keys', path: ['relative'] },
    ]);
  });

  it('checks role mentions', () => {
    expect(
      issuesOf({
        ...base,
        mode: 'summary',
        roles: [{ actor: 'moon-jae-in', title: 'President', qualifier: 'former' }],
      }),
    ).toEqual([]);
    expect(
      issuesOf({ ...base, mode: 'summary', roles: [{ actor: 'moon-jae-in', title: 'President', qualifier: 'ex' }] }),
    ).toMatchObject([{ path: ['roles', 0, 'qualifier'] }]);
    expect(issuesOf({ ...base, mode: 'summary', roles: [{ actor: 'moon-jae-in' }] })).toMatchObject([
      { path: ['roles', 0, 'title'] },
    ]);
  });
});

describe('schemas.Quote', () => {
  const issues = (value: unknown) => schemas.Quote.safeParse(value).error?.issues ?? [];

  it('accepts the words alone, or with an anchor and context', () => {
    expect(issues({ text: 'axis' })).toEqual([]);
    expect(issues({ text: 'axis', start: 0, end: 4, prefix: 'an ', suffix: ' of' })).toEqual([]);
  });

  it('requires both ends of an anchor, or neither', () => {
    expect(issues({ text: 'axis', start: 3 })).toMatchObject([
      { path: ['start'], message: 'give both start and end, or neither' },
    ]);
    expect(issues({ text: 'axis', end: 3 })).toMatchObject([{ path: ['start'] }]);
  });

  it('requires the end after the start', () => {
    expect(issues({ text: 'axis', start: 5, end: 5 })).toMatchObject([
      { path: ['end'], message: 'end must be greater than start' },
    ]);
    expect(issues({ text: 'axis', start: 5, end: 3 })).toMatchObject([{ path: ['end'] }]);
  });

  it('rejects negative or fractional offsets, empty words and unknown keys', () => {
    expect(issues({ text: 'axis', start: -1, end: 3 })).toMatchObject([{ path: ['start'] }]);
    expect(issues({ text: 'axis', start: 0, end: 2.5 })).toMatchObject([{ path: ['end'] }]);
    expect(issues({ text: '' })).toMatchObject([{ path: ['text'] }]);
    expect(issues({ text: 'axis', exact: 'axis' })).toMatchObject([{ code: 'unrecognized_keys' }]);
  });
});
