import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { check, createCorpus, loadCorpusSync } from '../../src/index.js';
import { bundleCore } from '../helpers/bundle-core.js';

// The core as an edge runtime runs it: bundled for the browser, then evaluated in a V8 context
// that has the language's own globals and only the Web APIs the core uses (URL, TextEncoder,
// TextDecoder: WinterCG's minimum common API, in every browser and edge runtime), but no require,
// no process, no Buffer and no module loader.

const script = `(() => {
  const { corpus, diagnostics } = claimtrail.createCorpus(JSON.parse(json));
  return JSON.stringify({
    diagnostics: diagnostics.concat(claimtrail.check(corpus)),
    quotes: corpus.quotes().map((q) => q.attribution.id + ' ' + q.chain.length),
    contradictions: corpus.contradictions().map((c) => c.explanation),
  });
})()`;

describe('the core in a bare JavaScript context', () => {
  const loaded = loadCorpusSync();
  const json = JSON.stringify({
    actors: loaded.actors,
    sources: loaded.sources,
    claims: loaded.claims,
    attributions: loaded.attributions,
  });

  it('has no require, process or Buffer to lean on', () => {
    const context = createContext({ URL, TextEncoder, TextDecoder });
    expect(runInContext('[typeof require, typeof process, typeof Buffer, typeof module]', context)).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  it('creates, checks, queries and finds contradictions as Node does', async () => {
    const context = createContext({ URL, TextEncoder, TextDecoder, json });
    runInContext(await bundleCore(), context);
    const there = JSON.parse(runInContext(script, context) as string);
    const { corpus, diagnostics } = createCorpus(JSON.parse(json));
    expect(there.quotes.length).toBeGreaterThan(200);
    expect(there.contradictions.length).toBeGreaterThan(0);
    expect(there).toEqual({
      diagnostics: [...diagnostics, ...check(corpus)],
      quotes: corpus.quotes().map((q) => `${q.attribution.id} ${q.chain.length}`),
      contradictions: corpus.contradictions().map((c) => c.explanation),
    });
  });
});
