import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../src/corpus/create-corpus.js';
import { chainToArray } from '../../src/internal/chain-list.js';

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

  // The attribution indices are built on first use: a corpus extended before or after its base's
  // indices were built, and read in any order, must index what a corpus built at once indexes.
  it('indexes a grown corpus as one built at once, whichever index is read first and when', () => {
    const key = fc.constantFrom('k1', 'k2', 'k3');
    const record = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), claim: key, source: key, speaker: key });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 8 }),
        fc.array(record, { maxLength: 8 }),
        fc.boolean(),
        fc.shuffledSubarray(['bySpeaker', 'bySource', 'byClaim'] as const, { minLength: 3 }),
        (first, second, readBaseFirst, order) => {
          const toAttributions = (list: typeof first) => [
            ...new Map(list.map((r) => [r.id, attribution(r.id, r.claim, r.source, r.speaker)])).values(),
          ];
          const base = createCorpus({ attributions: toAttributions(first) }).corpus;
          if (readBaseFirst) for (const index of order) base.store[index].get('k1');
          const grown = base.with({ attributions: toAttributions(second) });
          const merged = new Map([...toAttributions(first), ...toAttributions(second)].map((a) => [a.id, a]));
          const atOnce = createCorpus({ attributions: [...merged.values()] }).corpus;
          for (const index of order) {
            const ids = (c: typeof base) =>
              ['k1', 'k2', 'k3'].map((k) =>
                chainToArray(c.store[index].get(k))
                  .map((a) => a.id)
                  .sort(),
              );
            expect(ids(grown)).toEqual(ids(atOnce));
          }
        },
      ),
    );
  });
});
