import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/index.js';

const minimal = { id: 'dn-kishida-ready-to-meet-kim', kind: 'article', title: 'Kishida is ready to meet Kim' };
const issuesOf = (value: unknown) => schemas.Source.safeParse(value).error?.issues ?? [];

describe('schemas.Source', () => {
  it('accepts a minimal source and gives it no authors', () => {
    expect(schemas.Source.parse(minimal)).toEqual({ ...minimal, authors: [] });
  });

  it('accepts the full source of the format doc', () => {
    const source = schemas.Source.parse({
      ...minimal,
      publisher: 'diario-de-noticias',
      authors: ['lusa'],
      url: 'https://www.dn.pt/some/article',
      language: 'en',
      published: '2023-09-15',
      publishedBasis: "Undated; 'two days after' Kim met Putin.",
      textFile: '../texts/001.txt',
      note: 'Scraped with page boilerplate.',
    });
    expect(source.published).toBe('2023-09-15');
    expect(source.textFile).toBe('../texts/001.txt');
  });

  it.each(['article', 'wire', 'statement', 'press-conference', 'broadcast', 'social', 'report', 'other'])(
    'accepts the kind %s',
    (kind) => {
      expect(issuesOf({ ...minimal, kind })).toEqual([]);
    },
  );

  it('rejects a kind outside the list, and a missing kind', () => {
    expect(issuesOf({ ...minimal, kind: 'blog' })).toMatchObject([{ code: 'invalid_value', path: ['kind'] }]);
    expect(issuesOf({ id: 'x', title: 'T' })).toMatchObject([{ path: ['kind'] }]);
  });

  it('requires a non-empty title', () => {
    expect(issuesOf({ id: 'x', kind: 'article' })).toMatchObject([{ path: ['title'] }]);
    expect(issuesOf({ ...minimal, title: '' })).toMatchObject([{ path: ['title'] }]);
  });

  it('reads a numeric year of publication as a year, and rejects impossible dates', () => {
    expect(schemas.Source.parse({ ...minimal, published: 2024 }).published).toBe('2024');
    const [issue] = issuesOf({ ...minimal, published: '2023-13' });
    expect(issue).toMatchObject({ path: ['published'] });
    expect(issue?.message).toMatch(/month 13, which is not between 01 and 12/);
  });

  it.each([['en'], ['pt-BR'], ['zh-Hant-TW'], ['ru']])('accepts the language tag %s', (language) => {
    expect(issuesOf({ ...minimal, language })).toEqual([]);
  });

  it.each([['english'], ['e'], ['en_US'], ['']])('rejects the language tag %j', (language) => {
    expect(issuesOf({ ...minimal, language })).toMatchObject([{ path: ['language'] }]);
  });

  it('rejects a url that is not a URL', () => {
    expect(issuesOf({ ...minimal, url: 'www.dn.pt' })).toMatchObject([{ path: ['url'] }]);
  });

  it('rejects both text and textFile, at textFile', () => {
    const [issue, ...rest] = issuesOf({ ...minimal, text: 'The text.', textFile: 'text.txt' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ path: ['textFile'], message: 'give either text or textFile, not both' });
  });

  it('rejects unknown keys and bad actor ids', () => {
    expect(issuesOf({ ...minimal, author: 'lusa' })).toMatchObject([{ code: 'unrecognized_keys', keys: ['author'] }]);
    expect(issuesOf({ ...minimal, publisher: 'Diário de Notícias' })).toMatchObject([{ path: ['publisher'] }]);
    expect(issuesOf({ ...minimal, authors: ['lusa', 'AP'] })).toMatchObject([{ path: ['authors', 1] }]);
  });

  it('rejects an empty textFile', () => {
    expect(issuesOf({ ...minimal, textFile: '' })).toMatchObject([{ path: ['textFile'] }]);
  });
});
