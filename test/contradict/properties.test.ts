import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../src/corpus/create-corpus.js';
import type { Corpus } from '../../src/index.js';
import { corpusArbitrary, type GeneratedCorpus, statementArbitrary } from './arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

function build(records: GeneratedCorpus): Corpus {
  const { corpus, diagnostics } = createCorpus(records);
  // The arbitraries make valid records only; a rejected one would hollow the property out.
  expect(diagnostics).toEqual([]);
  return corpus;
}

// Mixed corpora meet every kind; one-proposition corpora make "first" statements meet visits.
const anyCorpus = fc.oneof(corpusArbitrary(), corpusArbitrary({ oneProposition: true }));

describe('contradictions on generated corpora', () => {
  it('asserting and denying (or doubting) the same claim always conflicts', () => {
    fc.assert(
      fc.property(
        anyCorpus,
        fc.nat(),
        statementArbitrary,
        statementArbitrary,
        fc.constantFrom('denies', 'doubts'),
        (records, pick, yes, no, against) => {
          const claim = records.claims[pick % records.claims.length]?.id as string;
          const source = (n: number) => records.sources[n % records.sources.length]?.id as string;
          const corpus = build({
            ...records,
            attributions: [
              ...records.attributions,
              { id: 'yes', claim, mode: 'summary', stance: 'asserts', ...yes, source: source(yes.source) },
              { id: 'no', claim, mode: 'summary', stance: against, ...no, source: source(no.source) },
            ],
          });
          // Everyone in a disagreement is set against someone: both speakers are in a conflict.
          const involves = (speaker: string, strongOnly = false) =>
            corpus
              .contradictions({ kinds: ['stance', 'polarity'], strongOnly })
              .some((c) => c.a.speaker.id === speaker || c.b.speaker.id === speaker);
          expect(involves(yes.speaker)).toBe(true);
          expect(involves(no.speaker)).toBe(true);
          // A doubt or a hedge is a weaker basis, never a reason to drop the conflict; without one,
          // the conflict is strong.
          const hedged = against === 'doubts' || yes.factuality !== 'certain' || no.factuality !== 'certain';
          if (!hedged) expect(involves(yes.speaker, true) && involves(no.speaker, true)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a corpus with no denials, negations, contradicts, "first" or single-valued predicates never conflicts', () => {
    fc.assert(
      fc.property(
        fc.oneof(corpusArbitrary({ peaceful: true }), corpusArbitrary({ peaceful: true, oneProposition: true })),
        (records) => {
          expect(build(records).contradictions()).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('repeating every statement in another source adds no conflict', () => {
    fc.assert(
      fc.property(anyCorpus, (records) => {
        const once = build(records).contradictions();
        const twice = build({
          ...records,
          sources: [...records.sources, { id: 'copy', kind: 'article', title: 'Copy' }],
          attributions: [
            ...records.attributions,
            ...records.attributions.map((a) => ({ ...a, id: `copy.${a.id}`, source: 'copy' })),
          ],
        }).contradictions();
        const sides = (list: typeof once) =>
          list.map(
            (c) => `${c.kind} ${c.strength} ${c.a.speaker.id}:${c.a.claim.id} ${c.b.speaker.id}:${c.b.claim.id}`,
          );
        expect(sides(twice)).toEqual(sides(once));
      }),
      { numRuns: RUNS },
    );
  });

  it('every conflict names two statements of the corpus and explains itself', () => {
    fc.assert(
      fc.property(anyCorpus, (records) => {
        const corpus = build(records);
        for (const c of corpus.contradictions()) {
          expect(corpus.attribution(c.a.attribution.id)).toBe(c.a.attribution);
          expect(corpus.attribution(c.b.attribution.id)).toBe(c.b.attribution);
          expect(c.a.attribution.id).not.toBe(c.b.attribution.id);
          expect(c.explanation).toContain(c.a.speaker.name);
          expect(c.explanation).toContain(c.b.speaker.name);
          if (c.kind === 'temporal') expect(c.arithmetic).toMatch(/puts the previous one in/);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
