import { describe, expect, it } from 'vitest';
import { check, createCorpus, loadCorpusSync } from '../../src/index.js';

describe("a loaded corpus's own records are valid input to createCorpus", () => {
  const loaded = loadCorpusSync();

  it('rebuilds the bundled corpus without a diagnostic', () => {
    const { corpus, diagnostics } = createCorpus({
      actors: loaded.actors,
      sources: loaded.sources,
      claims: loaded.claims,
      attributions: loaded.attributions,
    });
    expect(diagnostics).toEqual([]);
    expect({ ...corpus.stats(), files: 0 }).toEqual({ ...loaded.stats(), files: 0 });
    expect(check(corpus)).toEqual(check(loaded));
    expect(corpus.contradictions().map((c) => c.explanation)).toEqual(
      loaded.contradictions().map((c) => c.explanation),
    );
  });

  it('survives a trip through JSON, as records sent over the wire do', () => {
    const wire = JSON.parse(
      JSON.stringify({
        actors: loaded.actors,
        sources: loaded.sources,
        claims: loaded.claims,
        attributions: loaded.attributions,
      }),
    );
    const { diagnostics, corpus } = createCorpus(wire);
    expect(diagnostics).toEqual([]);
    expect(corpus.source('dn-kishida-ready-to-meet-kim')?.text).toBe(
      loaded.source('dn-kishida-ready-to-meet-kim')?.text,
    );
  });
});
