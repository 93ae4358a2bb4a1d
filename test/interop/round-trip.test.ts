import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { fromClaimReview } from '../../src/interop/from-claimreview.js';
import { fromQuotebank } from '../../src/interop/from-quotebank.js';
import { toClaimReviewJsonLd } from '../../src/interop/to-claimreview.js';
import { toQuotebank } from '../../src/interop/to-quotebank.js';
import type { Attribution } from '../../src/model/attribution.js';
import { viaSources } from '../../src/model/via-sources.js';
import { corpusOf, loadImported } from './helpers/corpus.js';
import { rated } from './helpers/rated.js';

const seed = await loadCorpus();

/** What the schema.org export carries of each record. */
function schemaOrgView(corpus: Corpus, claimIds?: ReadonlySet<string>) {
  const attributions = corpus.attributions.filter((a) => !claimIds || claimIds.has(a.claim));
  const sourceIds = new Set(attributions.flatMap((a) => [a.source, ...viaSources(a)]));
  const sources = corpus.sources.filter((s) => sourceIds.has(s.id));
  const actorIds = new Set([
    ...attributions.map((a) => a.speaker),
    ...sources.flatMap((s) => [...(s.publisher ? [s.publisher] : []), ...s.authors]),
  ]);
  return {
    claims: corpus.claims
      .filter((c) => !claimIds || claimIds.has(c.id))
      .map((c) => ({ id: c.id, text: c.text, topics: c.topics, when: c.when })),
    attributions: attributions
      .map((a: Attribution) => ({
        id: a.id,
        claim: a.claim,
        source: a.source,
        speaker: a.speaker,
        // schema.org's isBasedOn carries the documents of the chain, not the relaying speakers
        via: viaSources(a),
        said: a.said,
        mode: a.mode,
        quotes: 'quotes' in a ? a.quotes.map((q) => q.text) : [],
      }))
      // The export groups appearances by claim, so the order of attributions is not kept.
      .sort((x, y) => x.id.localeCompare(y.id)),
    sources: sources
      .map((s) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        authors: s.authors,
        url: normalised(s.url),
        language: s.language,
        published: s.published,
      }))
      // A claim's reviews are written after its appearances, so sources come back in another order.
      .sort((x, y) => x.id.localeCompare(y.id)),
    actors: corpus.actors
      .filter((a) => actorIds.has(a.id))
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        name: a.name,
        aliases: a.aliases,
        url: normalised('url' in a ? a.url : undefined),
      }))
      .sort((x, y) => x.id.localeCompare(y.id)),
  };
}

/** Exports write URLs normalised (`new URL(url).href`), so an import gives them back in that form. */
const normalised = (url: string | undefined) => (url === undefined ? undefined : new URL(url).href);

describe('schema.org export, then import', () => {
  it('gives back every claim, attribution, source and actor the format carries, on the seed corpus', async () => {
    const text = JSON.stringify(toClaimReviewJsonLd(seed));
    const { data, diagnostics } = fromClaimReview(text);
    expect(diagnostics).toEqual([]);
    const back = await loadImported(data);
    expect(back.diagnostics).toEqual([]);
    const claimIds = new Set(seed.attributions.map((a) => a.claim));
    const expected = schemaOrgView(seed, claimIds);
    const actual = schemaOrgView(back);
    expect(actual.claims).toEqual(expected.claims);
    expect(actual.attributions).toEqual(expected.attributions);
    expect(actual.sources).toEqual(expected.sources);
    expect(actual.actors).toEqual(expected.actors);
  });

  it('keeps claims that no one is credited with, and a group, on a hand-made corpus', async () => {
    const corpus = await corpusOf({
      actors: [
        { id: 'experts', kind: 'group', name: 'Western experts', aliases: ['experts'] },
        { id: 'wire', kind: 'media', name: 'The Wire', url: 'https://wire.example/' },
      ],
      sources: [
        {
          id: 's1',
          kind: 'wire',
          title: 'Report',
          publisher: 'wire',
          url: 'https://wire.example/1',
          language: 'en',
          published: 2024,
        },
        { id: 's0', kind: 'press-conference', title: 'Briefing', published: '2023-12' },
      ],
      claims: [
        {
          id: 'c1',
          text: 'Talks will resume.',
          subject: { literal: 'talks' },
          predicate: 'is-expected-to',
          when: { from: '2024-01' },
          topics: ['talks'],
        },
        { id: 'c2', text: 'Nobody said this.', subject: 'experts', predicate: 'states' },
      ],
      attributions: [
        {
          id: 'a1',
          claim: 'c1',
          source: 's1',
          via: ['s0'],
          speaker: 'experts',
          mode: 'indirect',
          said: '2023-12-30',
          quotes: [{ text: 'resume soon' }, { text: 'in January' }],
        },
        { id: 'a2', claim: 'c1', source: 's1', speaker: 'wire', mode: 'own-voice' },
      ],
    });
    expect(corpus.diagnostics).toEqual([]);
    const { data, diagnostics } = fromClaimReview(toClaimReviewJsonLd(corpus));
    expect(diagnostics.map((d) => d.message)).toEqual([
      'The claim "Nobody said this." names no author, so no attribution says who made it; the claim was imported on its own.',
    ]);
    const back = await loadImported(data);
    expect(back.diagnostics).toEqual([]);
    expect(schemaOrgView(back)).toEqual(schemaOrgView(corpus));
  });
});

const ratings = (attributions: readonly { id: string; stance?: string; rating?: unknown }[]) =>
  attributions
    .filter((a) => a.rating !== undefined)
    .map((a) => ({ id: a.id, stance: a.stance, rating: a.rating }))
    .sort((x, y) => x.id.localeCompare(y.id));

describe('ClaimReview export, then import', () => {
  it('gives back every rated attribution with its rating and stance, and the rest as with Claims', async () => {
    const corpus = await corpusOf(rated);
    expect(corpus.diagnostics).toEqual([]);
    const { data, diagnostics } = fromClaimReview(JSON.stringify(toClaimReviewJsonLd(corpus)));
    expect(diagnostics).toEqual([]);
    const back = await loadImported(data);
    expect(back.diagnostics).toEqual([]);
    expect(schemaOrgView(back)).toEqual(schemaOrgView(corpus));
    expect(ratings(back.attributions)).toEqual([
      { id: 'checks-moon', stance: 'denies', rating: { label: 'Pants on Fire', value: 0, best: 5, worst: 0 } },
      { id: 'tom-moon', stance: 'doubts', rating: { label: 'Half true' } },
    ]);
    expect(ratings(back.attributions)).toEqual(ratings(corpus.attributions));
  });

  it('keeps a fact-checker’s rating through import, export and import again', async () => {
    const review = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://www.politifact.com/factchecks/2020/jan/17/jane-roe/moon-not-cheese/',
      datePublished: '2020-01-17',
      author: { '@type': 'Organization', name: 'PolitiFact' },
      claimReviewed: 'The Moon is made of cheese.',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Jane Roe' },
        datePublished: '2020-01-14',
        appearance: { '@type': 'SocialMediaPosting', url: 'https://social.example/janeroe/1', headline: 'Moon facts' },
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: '1',
        bestRating: '6',
        worstRating: '1',
        alternateName: 'Pants on Fire!',
      },
    };
    const first = fromClaimReview(review);
    expect(first.diagnostics).toEqual([]);
    const corpus = await loadImported(first.data);
    expect(corpus.diagnostics).toEqual([]);
    const exported = toClaimReviewJsonLd(corpus);
    expect(exported['@graph'].map((n) => n['@type'])).toEqual(['ClaimReview']);
    const second = fromClaimReview(JSON.stringify(exported));
    expect(second.diagnostics).toEqual([]);
    const back = await loadImported(second.data);
    expect(back.diagnostics).toEqual([]);
    const verdict = { stance: 'denies', rating: { label: 'Pants on Fire!', value: 1, best: 6, worst: 1 } };
    expect(ratings(corpus.attributions)).toEqual([{ id: expect.stringMatching(/\.verdict$/), ...verdict }]);
    expect(ratings(back.attributions)).toEqual(ratings(corpus.attributions));
    expect(schemaOrgView(back)).toEqual(schemaOrgView(corpus));
    expect(back.attributions.find((a) => a.rating)).toMatchObject({
      speaker: 'politifact',
      cue: 'rated',
      said: '2020-01-17',
    });
  });
});

describe('Quotebank export, then import', () => {
  it('gives back every quotation with its speaker, date, source and confidence, on the seed corpus', () => {
    const { data, diagnostics } = fromQuotebank(toQuotebank(seed));
    expect(diagnostics).toEqual([]);
    const quoted = seed.attributions.filter((a) => 'quotes' in a && a.quotes.length > 0);
    const names = new Map(data.actors.map((a) => [a.id, a.name]));
    const claims = new Map(data.claims.map((c) => [c.id, c.text]));
    expect(
      data.attributions.map((a) => ({
        id: a.id,
        speaker: names.get(a.speaker),
        source: a.source,
        said: a.said,
        quotation: claims.get(a.claim),
        words: a.mode === 'direct-quote' ? a.quotes.map((q) => q.text) : [],
        confidence: a.confidence,
      })),
    ).toEqual(
      quoted.map((a) => {
        const words = 'quotes' in a ? a.quotes.map((q) => q.text).join(' … ') : '';
        return {
          id: a.id,
          speaker: seed.actor(a.speaker)?.name,
          source: a.source,
          said: a.said ?? seed.source(a.source)?.published,
          quotation: words,
          words: [words],
          confidence: a.confidence ?? 1,
        };
      }),
    );
  });

  it('keeps URLs, a confidence and a year-only date, on a hand-made corpus', async () => {
    const corpus = await corpusOf({
      actors: [{ id: 'ann', kind: 'person', name: 'Ann Example' }],
      sources: [{ id: 's1', kind: 'article', title: 'T', url: 'https://news.example/a', published: '2021' }],
      claims: [
        {
          id: 'c1',
          text: 'Ann will run.',
          subject: 'ann',
          predicate: 'intends-to',
          object: { type: 'text', value: 'run' },
        },
      ],
      attributions: [
        {
          id: 'a1',
          claim: 'c1',
          source: 's1',
          speaker: 'ann',
          mode: 'direct-quote',
          quotes: [{ text: 'I will run' }],
          confidence: 0.42,
        },
      ],
    });
    const line = JSON.parse(toQuotebank(corpus));
    expect(line).toEqual({
      quoteID: 'a1',
      chain: ['T', 'Ann Example'],
      quotation: 'I will run',
      speaker: 'Ann Example',
      qids: [],
      date: '2021',
      numOccurrences: 1,
      probas: [['Ann Example', '0.42']],
      urls: ['https://news.example/a'],
    });
    const { data } = fromQuotebank(JSON.stringify(line));
    expect(data.attributions[0]).toMatchObject({
      id: 'a1',
      said: '2021',
      confidence: 0.42,
      quotes: [{ text: 'I will run' }],
    });
    expect(data.sources[0]).toMatchObject({ url: 'https://news.example/a' });
    expect((await loadImported(data)).diagnostics).toEqual([]);
  });
});
