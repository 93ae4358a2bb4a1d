/**
 * quotes() reads lists kept in date order and records built once per corpus. These properties
 * hold it to a plain reference: scan every attribution, keep those the filter describes, build
 * each record afresh, sort by date. Generated corpora give speakers, sources cited through `via`,
 * publishers and dates of every precision.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Corpus, createCorpus, type QuoteFilter, type QuoteRecord } from '../../src/index.js';
import { viaSources } from '../../src/model/via-sources.js';
import { byDate } from '../../src/query/by-date.js';
import { toQuoteRecord } from '../../src/query/quote-record.js';
import { whensOverlap } from '../../src/time/when-bounds.js';
import { arbCorpusInput } from '../helpers/arbitraries.js';

/** What quotes() must return, found the slow way. */
function reference(corpus: Corpus, filter: QuoteFilter): QuoteRecord[] {
  const range = {
    ...(filter.from !== undefined ? { from: filter.from } : {}),
    ...(filter.to !== undefined ? { to: filter.to } : {}),
  };
  const publisherOf = (id: string) => corpus.store.sources.get(id)?.record.publisher;
  return corpus.attributions
    .filter((a) => filter.speaker === undefined || a.speaker === filter.speaker)
    .filter((a) => filter.source === undefined || a.source === filter.source || viaSources(a).includes(filter.source))
    .filter(
      (a) =>
        filter.publisher === undefined ||
        [a.source, ...viaSources(a)].some((id) => publisherOf(id) === filter.publisher),
    )
    .map((a) => toQuoteRecord(corpus, a))
    .filter((r): r is QuoteRecord => r !== undefined)
    .filter(
      (r) =>
        (filter.from === undefined && filter.to === undefined) || (r.date !== undefined && whensOverlap(r.date, range)),
    )
    .sort(byDate);
}

const arbDate = fc.oneof(
  fc.integer({ min: 2000, max: 2030 }).map(String),
  fc
    .record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .record({
      y: fc.integer({ min: 2000, max: 2030 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

/** Every filter by one speaker, source or publisher of the corpus, and a few date ranges. */
function filtersOf(corpus: Corpus, dates: readonly string[]): QuoteFilter[] {
  const filters: QuoteFilter[] = [{}];
  for (const actor of corpus.actors) filters.push({ speaker: actor.id }, { publisher: actor.id });
  for (const source of corpus.sources) filters.push({ source: source.id });
  const [first, second] = dates;
  if (first !== undefined) filters.push({ from: first }, { to: first });
  if (first !== undefined && second !== undefined) {
    const [from, to] = first <= second ? [first, second] : [second, first];
    filters.push({ from, to });
    const speaker = corpus.actors[0]?.id;
    if (speaker !== undefined) filters.push({ speaker, from, to });
  }
  return filters;
}

describe('quotes() from the query index', () => {
  it('gives what a scan of every attribution gives, in the same order, for every filter', () => {
    fc.assert(
      fc.property(arbCorpusInput({ attributions: 14 }), fc.array(arbDate, { maxLength: 2 }), (input, dates) => {
        const { corpus } = createCorpus(input);
        for (const filter of filtersOf(corpus, dates)) {
          const ids = (records: QuoteRecord[]) => records.map((r) => r.attribution.id);
          expect(ids(corpus.quotes(filter)), JSON.stringify(filter)).toEqual(ids(reference(corpus, filter)));
          expect(corpus.quotes(filter)).toEqual(reference(corpus, filter));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('hands out the same frozen records on every call, in a fresh array each time', () => {
    const { corpus } = createCorpus({
      actors: [{ id: 'ann', kind: 'person', name: 'Ann Lee' }],
      sources: [{ id: 's', kind: 'article', title: 'T', published: '2024-05-02' }],
      claims: [{ id: 'c', text: 'It rains.', subject: 'ann', predicate: 'states' }],
      attributions: [
        { id: 'late', claim: 'c', source: 's', speaker: 'ann', mode: 'summary', said: '2024-05' },
        { id: 'early', claim: 'c', source: 's', speaker: 'ann', mode: 'summary', said: '2024' },
      ],
    });
    const first = corpus.quotes({ speaker: 'ann' });
    const second = corpus.quotes({ speaker: 'Ann Lee' });
    expect(first.map((r) => r.attribution.id)).toEqual(['early', 'late']);
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0])).toBe(true);
    first.pop();
    expect(corpus.quotes({ speaker: 'ann' })).toHaveLength(2);
  });

  it('a corpus made by with() sees its own records, and the one it came from is unchanged', () => {
    const { corpus } = createCorpus({
      actors: [{ id: 'ann', kind: 'person', name: 'Ann Lee' }],
      sources: [{ id: 's', kind: 'article', title: 'T', published: '2024-05-02' }],
      claims: [{ id: 'c', text: 'It rains.', subject: 'ann', predicate: 'states' }],
      attributions: [{ id: 'one', claim: 'c', source: 's', speaker: 'ann', mode: 'summary' }],
    });
    expect(corpus.quotes({ speaker: 'ann', from: '2024' })).toHaveLength(1);
    const next = corpus.with({
      attributions: [{ id: 'two', claim: 'c', source: 's', speaker: 'ann', mode: 'summary', said: '2023-12-31' }],
      sources: [{ id: 's', kind: 'article', title: 'T', published: '2025-01-01' }],
    });
    expect(next.quotes({ speaker: 'ann' }).map((r) => [r.attribution.id, r.date])).toEqual([
      ['two', '2023-12-31'],
      ['one', '2025-01-01'],
    ]);
    expect(corpus.quotes({ speaker: 'ann' }).map((r) => [r.attribution.id, r.date])).toEqual([['one', '2024-05-02']]);
  });
});
