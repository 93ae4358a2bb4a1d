import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Attribution,
  bundledCorpusDir,
  type Corpus,
  check,
  loadCorpus,
  type Source,
  viaLinks,
  viaSources,
} from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { findQuoteMarks } from './quote-marks.js';
import {
  ARTICLES,
  actorOf,
  anchored,
  articleText,
  attributionsIn,
  quotesOf,
  quotesOutsideMarks,
  sourceOf,
  speaksThrough,
  uncoveredQuotePairs,
} from './seed-articles.js';

// The bundled corpus pinned: the texts as seeded, every quote at its anchor, every quoted passage
// covered, every chain ending in an actor, the counts. seed-corpus-review.test.ts pins what was
// made consistent across the articles.

const textsDir = join(bundledCorpusDir(), 'texts');
const seedsDir = resolve(bundledCorpusDir(), '../../shared/seeds');

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

describe('the bundled seed corpus', () => {
  it('loads without a diagnostic and passes every check', () => {
    expect(corpus.diagnostics).toEqual([]);
    expect(check(corpus)).toEqual([]);
  });

  it('holds the pinned numbers of records', () => {
    expect(corpus.stats()).toEqual({
      actors: 72,
      sources: 17,
      sourcesWithText: 5,
      claims: 216,
      attributions: 248,
      directQuotes: 28,
      byMode: { 'direct-quote': 28, indirect: 68, summary: 27, 'own-voice': 125 },
      byStance: { asserts: 201, denies: 4, doubts: 2, hedges: 41 },
      files: 7,
      diagnostics: 0,
    });
  });

  it('holds the pinned numbers per article', () => {
    const counts = Object.fromEntries(
      ARTICLES.map(({ id }) => {
        const as = attributionsIn(corpus, id);
        const mode = (m: Attribution['mode']) => as.filter((a) => a.mode === m).length;
        return [
          id,
          {
            attributions: as.length,
            claims: new Set(as.map((a) => a.claim)).size,
            directQuote: mode('direct-quote'),
            indirect: mode('indirect'),
            summary: mode('summary'),
            ownVoice: mode('own-voice'),
            quotes: as.flatMap(quotesOf).length,
            quotePairs: findQuoteMarks(articleText(corpus, id)).pairs.length,
            citedSources: new Set(as.flatMap((a) => viaSources(a))).size,
          },
        ];
      }),
    );
    expect(counts).toEqual({
      'mtt-kim-to-visit-china': {
        attributions: 49,
        claims: 48,
        directQuote: 19,
        indirect: 0,
        summary: 1,
        ownVoice: 29,
        quotes: 19,
        quotePairs: 5,
        citedSources: 4,
      },
      'dn-kishida-ready-to-meet-kim': {
        attributions: 31,
        claims: 25,
        directQuote: 5,
        indirect: 11,
        summary: 2,
        ownVoice: 13,
        quotes: 13,
        quotePairs: 11,
        citedSources: 1,
      },
      'kishida-warns-of-axis': {
        attributions: 35,
        claims: 28,
        directQuote: 1,
        indirect: 22,
        summary: 5,
        ownVoice: 7,
        quotes: 5,
        quotePairs: 3,
        citedSources: 0,
      },
      'nk-urges-japan-sincerity': {
        attributions: 56,
        claims: 41,
        directQuote: 0,
        indirect: 12,
        summary: 14,
        ownVoice: 30,
        quotes: 1,
        quotePairs: 1,
        citedSources: 4,
      },
      'g7-concern-russia-nk': {
        attributions: 76,
        claims: 73,
        directQuote: 3,
        indirect: 23,
        summary: 4,
        ownVoice: 46,
        quotes: 10,
        quotePairs: 10,
        citedSources: 2,
      },
    });
  });
});

describe.each(ARTICLES)('article $id', (article) => {
  it('carries its text verbatim, the file unchanged', () => {
    const bytes = readFileSync(join(textsDir, article.text));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(article.sha256);
    expect(articleText(corpus, article.id)).toBe(bytes.toString('utf8'));
  });

  it.skipIf(!existsSync(seedsDir))('is byte for byte the seed it was copied from', () => {
    expect(readFileSync(join(textsDir, article.text)).equals(readFileSync(join(seedsDir, article.seed)))).toBe(true);
  });

  it('has a title, a known publisher or none, a date and, being undated, the reasoning for the date', () => {
    const source = sourceOf(corpus, article.id);
    expect(source).toMatchObject({ kind: 'article', language: 'en', published: article.published });
    expect(source?.title).toBeTruthy();
    if (source?.publisher !== undefined) expect(actorOf(corpus, source.publisher)).toBeTruthy();
    expect(source?.publishedBasis?.length).toBeGreaterThan(40);
  });

  it('has every quote verbatim at its anchor, with matching prefix and suffix', () => {
    const text = articleText(corpus, article.id);
    const wrong = attributionsIn(corpus, article.id).flatMap((a) =>
      quotesOf(a)
        .filter((q) => !anchored(text, q))
        .map((q) => `${a.id}: ${q.text}`),
    );
    expect(wrong).toEqual([]);
  });

  it('covers every pair of quotation marks with a quote of some attribution', () => {
    expect(uncoveredQuotePairs(corpus, article.id)).toEqual([]);
  });

  it('anchors quotes only between quotation marks', () => {
    expect(quotesOutsideMarks(corpus, article.id)).toEqual([]);
  });

  it('takes reporting verbs and relative dates from its own words', () => {
    const text = articleText(corpus, article.id).toLowerCase();
    const unmarked = text.replace(/[“”‘’"]/g, '');
    const missing = attributionsIn(corpus, article.id).flatMap((a) => [
      // "condemned ... for violating": each part stands in the text
      ...(a.cue ?? '')
        .split(' ... ')
        .filter((part) => part !== '' && !text.includes(part.toLowerCase()))
        .map((part) => `${a.id}: cue "${part}"`),
      ...[a.relative?.said, a.relative?.when]
        .filter((w): w is string => w !== undefined && !unmarked.includes(w.toLowerCase()))
        .map((w) => `${a.id}: relative "${w}"`),
    ]);
    expect(missing).toEqual([]);
  });

  it('credits own-voice statements to its publisher, or else to the article by its title, and prefixes the ids it made', () => {
    const source = sourceOf(corpus, article.id) as Source;
    for (const a of attributionsIn(corpus, article.id)) {
      expect(a.id.startsWith(`${article.prefix}.`), a.id).toBe(true);
      expect(a.claim.startsWith(`${article.prefix}.`), a.id).toBe(true);
      if (a.mode !== 'own-voice') continue;
      if (source.publisher !== undefined) expect([source.publisher, ...source.authors], a.id).toContain(a.speaker);
      else expect(actorOf(corpus, a.speaker)?.name, a.id).toBe(source.title);
    }
  });
});

describe('quotation marks in the seed texts', () => {
  it('are balanced everywhere except the double opening mark of article 001, which its quote covers', () => {
    const lone = ARTICLES.flatMap(({ id }) =>
      findQuoteMarks(articleText(corpus, id)).unbalanced.map((m) => ({ id, ...m })),
    );
    expect(lone).toEqual([{ id: 'dn-kishida-ready-to-meet-kim', at: 327, mark: '“', kind: 'open' }]);
    const quote = corpus.attribution('dn.a-matsuno-kishida-determined');
    expect(quote?.mode === 'direct-quote' && quote.quotes[0]).toMatchObject({ start: 328, end: 455 });
    expect(quote?.note).toMatch(/Unbalanced quotation marks/);
  });
});

describe('attribution chains', () => {
  it('run from a source through cited sources to an actor', () => {
    const broken: string[] = [];
    for (const a of corpus.attributions) {
      const chain = [a.source, ...viaSources(a)].map((id) => sourceOf(corpus, id));
      if (chain.some((s) => s === undefined)) broken.push(`${a.id}: a source of the chain is missing`);
      if (!actorOf(corpus, a.speaker)) broken.push(`${a.id}: the speaker ${a.speaker} is no actor`);
    }
    expect(broken).toEqual([]);
    expect(corpus.attributions.filter((a) => a.via.length > 0)).toHaveLength(45);
  });

  it('end in a speaker who published, wrote or speaks through the innermost cited source', () => {
    // The innermost document is spoken through by the next speaker of the chain: the first relaying
    // speaker after it, or else the speaker.
    const unlinked = corpus.attributions
      .filter((a) => viaSources(a).length > 0)
      .filter((a) => {
        const links = viaLinks(a);
        const last = links.findLastIndex((l) => l.type === 'source');
        const next = links.slice(last + 1).find((l) => l.type === 'actor');
        const innermost = links[last] as { source: string };
        const speaker = next?.type === 'actor' ? next.actor : a.speaker;
        return !speaksThrough(corpus, speaker, sourceOf(corpus, innermost.source) as Source);
      })
      .map((a) => a.id);
    expect(unlinked).toEqual([]);
    // KCNA carries the state's words: North Korea speaks through it
    expect(
      speaksThrough(
        corpus,
        'north-korea',
        sourceOf(corpus, 'sincerity.kcna-kim-yo-jong-statement-2024-03-25') as Source,
      ),
    ).toBe(true);
    expect(
      speaksThrough(corpus, 'japan', sourceOf(corpus, 'sincerity.kcna-kim-yo-jong-statement-2024-03-25') as Source),
    ).toBe(false);
  });
});

describe('the coverage checks themselves', () => {
  it('find a quoted passage no attribution covers, and a quote anchored outside the marks', async () => {
    const text = 'Kim said “yes” and then “no, never,” the agency reported.';
    const dir = tempCorpus({
      'texts/a.txt': text,
      'a.yaml': [
        'actors:',
        '  - { id: kim, kind: person, name: Kim }',
        '  - { id: agency, kind: media, name: Agency }',
        'sources:',
        '  - { id: a, kind: article, title: A, publisher: agency, published: 2024-01-02, textFile: texts/a.txt }',
        'claims:',
        '  - { id: c, text: Kim agrees., subject: kim, predicate: states, object: { type: text, value: yes } }',
        'attributions:',
        `  - { id: q1, claim: c, source: a, speaker: kim, mode: direct-quote, quotes: [{ text: "yes", start: ${text.indexOf('yes')}, end: ${text.indexOf('yes') + 3} }] }`,
        `  - { id: q2, claim: c, source: a, speaker: kim, mode: indirect, quotes: [{ text: "then", start: ${text.indexOf('then')}, end: ${text.indexOf('then') + 4} }] }`,
      ].join('\n'),
    });
    const small = await loadCorpus(dir);
    expect(small.diagnostics).toEqual([]);
    expect(uncoveredQuotePairs(small, 'a')).toEqual(['25:35 no, never,']);
    expect(quotesOutsideMarks(small, 'a')).toEqual(['q2: then']);
  });
});
