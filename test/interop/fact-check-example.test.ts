import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { fromClaimReview } from '../../src/interop/from-claimreview.js';
import { toClaimReviewJsonLd } from '../../src/interop/to-claimreview.js';
import { renderReport } from '../../src/report/render-report.js';
import { loadImported } from './helpers/corpus.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/fact-check');
const corpus = await loadCorpus(EXAMPLE);

describe('the fact-check example corpus', () => {
  it('loads and checks clean', () => {
    expect(corpus.diagnostics).toEqual([]);
    expect(check(corpus)).toEqual([]);
    expect(corpus.attribution('factline.a-verdict-crime-halved')).toMatchObject({
      speaker: 'factline',
      mode: 'own-voice',
      stance: 'denies',
      cue: 'rated',
      rating: { label: 'False', value: 2, best: 6, worst: 1 },
    });
  });

  it('sets the mayor against the fact-checker who rated his claim false', () => {
    const found = corpus.contradictions();
    expect(found.map((c) => [c.kind, c.strength, c.a.attribution.id, c.b.attribution.id])).toEqual([
      ['stance', 'strong', 'herald.a-reyes-crime-halved', 'factline.a-verdict-crime-halved'],
    ]);
    expect(found[0]?.explanation).toMatch(
      /^Tom Reyes \(in Reyes claims crime has halved in Riverton, 2024-03-04\) asserts that .+ \(“Violent crime in Riverton has fallen by half since I took office,”\)\. FactLine \(in Fact check: .+, 2024-03-08\) denies it\.$/,
    );
  });

  it('exports the verdict as a ClaimReview of the mayor’s claim, which imports back with its rating', async () => {
    const doc = toClaimReviewJsonLd(corpus);
    expect(doc['@graph']).toHaveLength(1);
    expect(doc['@graph'][0]).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://factline.example/checks/2024/reyes-violent-crime-halved',
      datePublished: '2024-03-08',
      author: { name: 'FactLine' },
      itemReviewed: { '@type': 'Claim', author: [{ name: 'Tom Reyes' }] },
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 2, bestRating: 6, worstRating: 1 },
    });
    const { data, diagnostics } = fromClaimReview(JSON.stringify(doc));
    expect(diagnostics).toEqual([]);
    const back = await loadImported(data);
    expect(back.diagnostics).toEqual([]);
    expect(back.attribution('factline.a-verdict-crime-halved')).toMatchObject({
      stance: 'denies',
      rating: { label: 'False', value: 2, best: 6, worst: 1 },
    });
    expect(back.contradictions().map((c) => [c.a.speaker.id, c.b.speaker.id])).toEqual([['tom-reyes', 'factline']]);
  });

  it('shows the rating as a badge in the report', () => {
    const html = renderReport(corpus);
    const badge =
      '<div><dt>Rating</dt><dd><span class="stance stance-denies">False</span> 2 on a scale from 1 to 6</dd></div>';
    // Once in the fact-check's statements, once in the contradiction.
    expect(html.split(badge)).toHaveLength(3);
    expect(html.match(/<dt>Rating<\/dt>/g)).toHaveLength(2);
  });
});
