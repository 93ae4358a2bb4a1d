import { describe, expect, it } from 'vitest';
import { fromClaimReview } from '../../src/interop/from-claimreview.js';
import { readRating } from '../../src/interop/internal/rating.js';
import { loadImported } from './helpers/corpus.js';

/** A ClaimReview as PolitiFact-style fact-checks publish it. */
const politifact = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://www.politifact.com/factchecks/2020/jan/17/jane-roe/moon-not-cheese/',
  datePublished: '2020-01-17T09:30:00-05:00',
  name: 'No, the Moon is not made of cheese',
  author: { '@type': 'Organization', name: 'PolitiFact', url: 'https://www.politifact.com' },
  claimReviewed: 'The Moon is made of cheese.',
  itemReviewed: {
    '@type': 'Claim',
    author: {
      '@type': 'Person',
      name: 'Jane Roe',
      jobTitle: 'Senator',
      sameAs: ['https://en.wikipedia.org/wiki/Jane_Roe'],
    },
    datePublished: '2020-01-14',
    appearance: [
      { '@type': 'SocialMediaPosting', url: 'https://twitter.com/janeroe/status/1', headline: 'Moon facts' },
    ],
    firstAppearance: { '@type': 'SocialMediaPosting', url: 'https://twitter.com/janeroe/status/1' },
  },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 6, worstRating: 1, alternateName: 'Pants on Fire!' },
};

/** A graph with references by @id, a string appearance and a numbers-only rating. */
const graph = {
  '@context': { '@vocab': 'http://schema.org/' },
  '@graph': [
    {
      '@id': '#review',
      '@type': 'ClaimReview',
      claimReviewed: 'Taxes doubled last year.',
      itemReviewed: { '@id': '#claim' },
      author: { '@id': '#org' },
      reviewRating: { '@type': 'Rating', ratingValue: '3', bestRating: '5', worstRating: '1' },
    },
    {
      '@id': '#claim',
      '@type': 'Claim',
      author: { '@type': 'GovernmentOrganization', name: 'Ministry of Finance' },
      appearance: 'https://example.org/statement',
    },
    { '@id': '#org', '@type': 'Organization', name: 'Checkers' },
  ],
};

describe('fromClaimReview on fact-checkers’ ClaimReviews', () => {
  it('makes the claim, its appearance by its author, the fact-check and the verdict', () => {
    const { data, diagnostics } = fromClaimReview(politifact);
    expect(diagnostics).toEqual([]);
    expect(data.actors).toEqual([
      { id: 'politifact', kind: 'organization', name: 'PolitiFact' },
      { id: 'jane-roe', kind: 'person', name: 'Jane Roe', note: 'Same as https://en.wikipedia.org/wiki/Jane_Roe.' },
    ]);
    const [review, tweet] = data.sources;
    expect(review).toMatchObject({
      kind: 'article',
      title: 'No, the Moon is not made of cheese',
      publisher: 'politifact',
      url: politifact.url,
      published: '2020-01-17',
    });
    expect(review?.authors).toBeUndefined();
    expect(tweet).toEqual({
      id: 'twitter-com-janeroe-status-1',
      kind: 'social',
      title: 'Moon facts',
      url: 'https://twitter.com/janeroe/status/1',
    });
    expect(data.claims).toEqual([
      {
        id: 'claim.the-moon-is-made-of-cheese',
        text: 'The Moon is made of cheese.',
        subject: 'jane-roe',
        predicate: 'states',
        object: { type: 'text', value: 'The Moon is made of cheese.' },
      },
    ]);
    expect(data.attributions).toEqual([
      {
        id: 'claim.the-moon-is-made-of-cheese.1',
        claim: 'claim.the-moon-is-made-of-cheese',
        source: 'twitter-com-janeroe-status-1',
        speaker: 'jane-roe',
        mode: 'summary',
        said: '2020-01-14',
      },
      {
        id: `${review?.id}.verdict`,
        claim: 'claim.the-moon-is-made-of-cheese',
        source: review?.id,
        speaker: 'politifact',
        mode: 'own-voice',
        stance: 'denies',
        cue: 'rated',
        said: '2020-01-17',
        rating: { label: 'Pants on Fire!', value: 1, best: 6, worst: 1 },
      },
    ]);
  });

  it('follows references by @id, reads a string appearance as a URL and a numeric rating on its scale', () => {
    const { data, diagnostics } = fromClaimReview(graph);
    expect(diagnostics).toEqual([]);
    expect(data.claims.map((c) => c.id)).toEqual(['claim.taxes-doubled-last-year']);
    expect(data.actors.find((a) => a.id === 'ministry-of-finance')?.kind).toBe('government');
    expect(data.sources.find((s) => s.url === 'https://example.org/statement')).toMatchObject({ kind: 'other' });
    expect(data.attributions.map((a) => [a.speaker, a.mode, a.stance])).toEqual([
      ['ministry-of-finance', 'summary', undefined],
      ['checkers', 'own-voice', 'doubts'],
    ]);
    expect(data.attributions[1]?.rating).toEqual({ label: '3 on a scale from 1 to 5', value: 3, best: 5, worst: 1 });
    expect(data.attributions[1]?.note).toBeUndefined();
  });

  it('reads a list of reviews of one claim by two fact-checkers, prefixed terms and the claimant in the fact-check', () => {
    const review = (name: string, rating: string) => ({
      '@type': 'schema:ClaimReview',
      'schema:url': `https://${name.toLowerCase()}.example/check/1`,
      'schema:claimReviewed': 'Crime fell by half.',
      'schema:author': { '@type': 'schema:Organization', 'schema:name': name },
      'schema:itemReviewed': {
        '@id': 'https://claims.example/1',
        '@type': 'schema:Claim',
        'schema:author': { '@type': 'schema:Person', 'schema:name': 'John Doe' },
      },
      'schema:reviewRating': { '@type': 'schema:Rating', 'schema:alternateName': rating },
    });
    const { data, diagnostics } = fromClaimReview([
      review('AlphaCheck', 'Mostly False'),
      review('BetaCheck', 'Half True'),
    ]);
    expect(diagnostics).toEqual([]);
    expect(data.claims).toHaveLength(1);
    expect(data.attributions.map((a) => [a.speaker, a.source, a.stance])).toEqual([
      ['john-doe', 'alphacheck-example-check-1', undefined],
      ['alphacheck', 'alphacheck-example-check-1', 'denies'],
      ['betacheck', 'betacheck-example-check-1', 'doubts'],
    ]);
  });

  it('explains what it could not carry over', () => {
    const noClaimant = {
      '@type': 'ClaimReview',
      claimReviewed: 'Water is dry.',
      author: { '@type': 'Organization', name: 'C' },
      reviewRating: { alternateName: 'Four Pinocchios' },
    };
    const noReviewer = {
      '@type': 'ClaimReview',
      claimReviewed: 'Fire is cold.',
      itemReviewed: { author: 'Sam Poe' },
      reviewRating: { alternateName: 'False' },
    };
    const noText = { '@type': 'ClaimReview', author: { name: 'C' }, reviewRating: { alternateName: 'True' } };
    const { data, diagnostics } = fromClaimReview(
      { '@graph': [noClaimant, noReviewer, noText] },
      { file: 'checks.json' },
    );
    expect(diagnostics.map((d) => [d.severity, d.path, d.file])).toEqual([
      ['warning', ['@graph', 0, 'itemReviewed'], 'checks.json'],
      ['info', ['@graph', 0, 'reviewRating'], 'checks.json'],
      ['warning', ['@graph', 1], 'checks.json'],
      ['error', ['@graph', 2, 'itemReviewed'], 'checks.json'],
    ]);
    expect(diagnostics[0]?.message).toContain('"Water is dry." names no author');
    expect(diagnostics[1]?.message).toContain('"Four Pinocchios"');
    expect(diagnostics[2]?.message).toContain('names no author or publisher');
    expect(diagnostics[3]?.message).toContain('has no text');
    expect(data.attributions.map((a) => [a.speaker, a.stance])).toEqual([
      ['c', 'doubts'],
      ['sam-poe', undefined],
    ]);
  });

  it('keeps a rating’s words alone when its value is off its scale, and notes a rating with neither', () => {
    const review = (reviewRating: object) => ({
      '@type': 'ClaimReview',
      url: 'https://checks.example/1',
      claimReviewed: 'Rain is dry.',
      author: { '@type': 'Organization', name: 'Checks' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Sam Poe' } },
      reviewRating,
    });
    const off = fromClaimReview(review({ alternateName: 'False', ratingValue: 9, bestRating: 5, worstRating: 1 }));
    expect(off.diagnostics.map((d) => [d.severity, d.path])).toEqual([['info', ['reviewRating']]]);
    expect(off.diagnostics[0]?.message).toContain('"False" at reviewRating gives a value outside its own scale');
    expect(off.data.attributions[1]).toMatchObject({
      stance: 'denies',
      rating: { label: 'False' },
      note: 'Rated 9 on a scale from 1 to 5.',
    });
    expect(off.data.attributions[1]?.rating).toEqual({ label: 'False' });
    const bare = fromClaimReview(review({ '@type': 'Rating' }));
    expect(bare.diagnostics.map((d) => d.severity)).toEqual(['info']);
    expect(bare.data.attributions[1]).toMatchObject({ stance: 'doubts', note: 'Rated without words or a value.' });
    expect(bare.data.attributions[1]?.rating).toBeUndefined();
  });

  it('takes a fact-checker’s review as the page, not the website it is part of', () => {
    const review = {
      ...politifact,
      isPartOf: { '@type': 'WebSite', name: 'PolitiFact', url: 'https://www.politifact.com/' },
    };
    const { data, diagnostics } = fromClaimReview(review);
    expect(diagnostics).toEqual([]);
    expect(data.sources[0]).toMatchObject({ url: politifact.url, published: '2020-01-17' });
    expect(data.attributions[1]).toMatchObject({ source: data.sources[0]?.id, said: '2020-01-17' });
  });

  it('reports text that is not JSON, and a document without claims', () => {
    expect(fromClaimReview('{"@type": "ClaimReview",').diagnostics).toMatchObject([
      { severity: 'error', message: expect.stringMatching(/^The file is not valid JSON/) },
    ]);
    expect(fromClaimReview({ '@type': 'NewsArticle', headline: 'x' }).diagnostics).toMatchObject([
      { severity: 'warning', message: 'The document holds no schema.org ClaimReview or Claim; nothing was imported.' },
    ]);
  });

  it('writes records a corpus loads without a problem', async () => {
    const a = fromClaimReview(politifact);
    const b = fromClaimReview(graph);
    const corpus = await loadImported(a.data);
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.attributionsByClaim('claim.the-moon-is-made-of-cheese').map((x) => x.stance)).toEqual([
      'asserts',
      'denies',
    ]);
    expect((await loadImported(b.data)).diagnostics).toEqual([]);
  });
});

describe('readRating', () => {
  it.each([
    ['False', 'denies'],
    ['Pants on Fire!', 'denies'],
    ['Mostly false', 'denies'],
    ['Incorrect', 'denies'],
    ['Not true', 'denies'],
    ['True', 'asserts'],
    ['Mostly True', 'asserts'],
    ['Correct', 'asserts'],
    ['Half true', 'doubts'],
    ['Misleading', 'doubts'],
    ['Partly false', 'doubts'],
    ['Missing context', 'doubts'],
  ])('%s %s', (label, stance) => {
    expect(readRating(label)).toMatchObject({ stance, understood: true });
  });

  it('reads numbers on their scale when the words do not tell', () => {
    expect(readRating(undefined, 1).stance).toBe('denies');
    expect(readRating(undefined, 5).stance).toBe('asserts');
    expect(readRating('Three stars', 3).stance).toBe('doubts');
    expect(readRating(undefined, 9, 10, 0).stance).toBe('asserts');
    expect(readRating('Four Pinocchios')).toMatchObject({ stance: 'doubts', understood: false });
    expect(readRating(undefined, 7)).toMatchObject({ understood: false });
  });
});
