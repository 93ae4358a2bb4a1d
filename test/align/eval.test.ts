import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignmentFigures } from '../../scripts/align-figures.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';

const gold = (
  JSON.parse(readFileSync(new URL('../fixtures/align-gold.json', import.meta.url), 'utf8')) as {
    pairs: [string, string, string][];
  }
).pairs.map(([a, b]) => [a, b] as const);

describe('alignment on the seed corpus, against the hand-made gold pairs', () => {
  it('names only claims the corpus has, each pair from two articles', async () => {
    const corpus = await loadCorpus(new URL('../../data', import.meta.url).pathname);
    for (const [a, b] of gold) {
      expect(corpus.claim(a), a).toBeDefined();
      expect(corpus.claim(b), b).toBeDefined();
      expect(a.split('.')[0]).not.toBe(b.split('.')[0]);
    }
  });

  it('keeps precision and recall at the default minimum score above 0.8', async () => {
    const corpus = await loadCorpus(new URL('../../data', import.meta.url).pathname);
    const figures = alignmentFigures(corpus.alignClaims({ includeAligned: true }), gold);
    expect(figures.precision).toBeGreaterThanOrEqual(0.8);
    expect(figures.recall).toBeGreaterThanOrEqual(0.8);
  });
});
