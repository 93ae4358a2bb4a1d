import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { writeGeneratedCorpusSync } from '../../src/generate/write-generated-corpus.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

describe('loadCorpus', () => {
  it('lets a timer keep firing while it reads a corpus of 100,000 attributions', async () => {
    const dir = tempCorpus({});
    writeGeneratedCorpusSync(dir, { attributions: 100_000, seed: 3 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const corpus = await loadCorpus(dir);
      expect(corpus.stats().attributions).toBe(100_000);
    } finally {
      clearInterval(timer);
    }
    // A load that held the event loop from start to end would let the timer fire at most once.
    expect(ticks).toBeGreaterThan(20);
  }, 300_000);
});
