import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCorpus, type JsonLdNode, loadCorpusSync, toClaimReviewJsonLd } from '../../src/index.js';
import { rated } from './helpers/rated.js';

// Google's fact-check structured data (developers.google.com/search/docs/appearance/structured-data/factcheck):
// a ClaimReview requires claimReviewed, reviewRating and url, and recommends author, datePublished
// and itemReviewed; its Claim recommends appearance, author, datePublished and firstAppearance
// (each a URL or a CreativeWork, read by its url); a Rating requires alternateName and recommends
// ratingValue, bestRating and worstRating (numbers). `name` on a Rating repeats alternateName.

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v);
const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v);
/** A URL, or a CreativeWork whose url Google reads. */
const linksTo = (v: unknown) => isUrl(v) || (isNode(v) && isUrl(v.url));

/** What Google would flag in one ClaimReview: `required` problems stop it, `recommended` ones are warnings. */
function googleProblems(review: Node): { required: string[]; recommended: string[] } {
  const required: string[] = [];
  const recommended: string[] = [];
  if (review['@type'] !== 'ClaimReview') required.push('@type');
  if (typeof review.claimReviewed !== 'string' || review.claimReviewed.trim() === '') required.push('claimReviewed');
  if (!isUrl(review.url)) required.push('url');
  const rating = review.reviewRating;
  if (!isNode(rating) || typeof rating.alternateName !== 'string') required.push('reviewRating.alternateName');
  if (isNode(rating)) {
    for (const key of ['ratingValue', 'bestRating', 'worstRating'] as const)
      if (typeof rating[key] !== 'number') recommended.push(`reviewRating.${key}`);
  }
  if (!list(review.author).every((a) => isNode(a) && typeof a.name === 'string') || review.author === undefined)
    recommended.push('author');
  if (!isDate(review.datePublished)) recommended.push('datePublished');
  const claim = review.itemReviewed;
  if (!isNode(claim) || claim['@type'] !== 'Claim') recommended.push('itemReviewed');
  else {
    const appearances = list(claim.appearance);
    if (appearances.length === 0 || !appearances.every(linksTo)) recommended.push('itemReviewed.appearance');
    if (!linksTo(claim.firstAppearance)) recommended.push('itemReviewed.firstAppearance');
    if (list(claim.author).length === 0) recommended.push('itemReviewed.author');
    if (!isDate(claim.datePublished)) recommended.push('itemReviewed.datePublished');
  }
  return { required, recommended };
}

const reviewsOf = (graph: readonly JsonLdNode[]) => graph.filter((n) => n['@type'] === 'ClaimReview') as Node[];

describe("ClaimReview export against Google's fact-check properties", () => {
  it('gives the example fact check every required and recommended property', () => {
    const corpus = loadCorpusSync(join(import.meta.dirname, '../../examples/fact-check'));
    const reviews = reviewsOf(toClaimReviewJsonLd(corpus)['@graph']);
    expect(reviews).toHaveLength(1);
    for (const review of reviews) expect(googleProblems(review)).toEqual({ required: [], recommended: [] });
  });

  it('links every review to its fact check and every appearance to its source', () => {
    const withUrls = {
      ...rated,
      sources: rated.sources.map((s) => ({ ...s, url: `https://${s.id}.example/page` })),
    };
    const { corpus } = createCorpus(withUrls);
    const reviews = reviewsOf(toClaimReviewJsonLd(corpus)['@graph']);
    expect(reviews.map((r) => r.url)).toEqual(['https://check-1.example/page', 'https://check-2.example/page']);
    for (const review of reviews) {
      expect(googleProblems(review).required).toEqual([]);
      const claim = review.itemReviewed as Node;
      expect(list(claim.appearance).map((a) => (a as Node).url)).toEqual(['https://story.example/page']);
      expect((claim.firstAppearance as Node).url).toBe('https://story.example/page');
    }
  });

  it('leaves url out when the source has none, which the rating-source-url check reports', () => {
    const { corpus } = createCorpus(rated);
    const reviews = reviewsOf(toClaimReviewJsonLd(corpus)['@graph']);
    expect(reviews.map((r) => googleProblems(r).required)).toEqual([[], ['url']]);
  });
});
