import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../src/corpus/create-corpus.js';

const attribution = (id: string, claim: string, source: string, speaker: string) => ({
  id,
  claim,
  source,
  speaker,
  mode: 'summary' as const,
});

// The store changes made for large corpora (adopted id maps, exact-size index arrays, a source
// name index built on first use) must keep every index right when a corpus grows or changes.
describe('the store behind a corpus', () => {
  it('moves a replaced attribution to its new speaker, source and claim in every index', () => {
    const base = createCorpus({
      attributions: [attribution('a', 'c1', 's1', 'x'), attribution('b', 'c1', 's1', 'x')],
    }).corpus;
    const next = base.with({ attributions: [attribution('a', 'c2', 's2', 'y')] });
    expect(next.attributionsByClaim('c2').map((a) => a.id)).toEqual(['a']);
    expect(next.attributionsByClaim('c1').map((a) => a.id)).toEqual(['b']);
    expect(next.store.bySource.get('s2')?.length).toBe(1);
    expect(next.store.bySpeaker.get('y')?.length).toBe(1);
    expect(next.store.bySpeaker.get('x')?.length).toBe(1);
    expect(base.attributionsByClaim('c1').map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('finds sources by title, before and after records are added', () => {
    const base = createCorpus({ sources: [{ id: 's1', kind: 'article', title: 'A Title' }] }).corpus;
    const more = base.with({ sources: [{ id: 's2', kind: 'article', title: 'Another Title' }] });
    const same = base.with({ attributions: [attribution('a', 'c', 's1', 'x')] });
    expect(more.source('another title')?.id).toBe('s2');
    expect(more.source('a title')?.id).toBe('s1');
    expect(same.source('A TITLE')?.id).toBe('s1');
    expect(base.source('another title')).toBeUndefined();
  });

  it('lists the records of each index in load order, however many share a key', () => {
    const many = Array.from({ length: 40 }, (_, i) => attribution(`a${i}`, `c${i % 3}`, 's', 'x'));
    const corpus = createCorpus({ attributions: many }).corpus;
    expect(corpus.attributionsByClaim('c1').map((a) => a.id)).toEqual(
      many.filter((_, i) => i % 3 === 1).map((a) => a.id),
    );
    expect(corpus.store.bySpeaker.get('x')?.length).toBe(40);
  });
});
