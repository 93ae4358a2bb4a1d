import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCorpus } from '../../src/corpus/create-corpus.js';
import { type Corpus, loadCorpus } from '../../src/index.js';
import { corpusArbitrary, type GeneratedCorpus } from './arbitraries.js';

// Words in quotation marks are always verbatim: every span an explanation puts between quotation
// marks stands in some source text. A claim's text is the corpus's paraphrase and never appears
// between them.

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** The spans between double quotation marks, curly or straight. */
function quotedSpans(text: string): string[] {
  return [...text.matchAll(/“([^”]*)”|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** Every quoted span of every explanation (and its arithmetic) that stands in no source text. */
function misquotes(corpus: Corpus): string[] {
  const texts = corpus.sources.flatMap((s) => (s.text === undefined ? [] : [s.text]));
  return corpus
    .contradictions()
    .flatMap((c) => [c.explanation, c.arithmetic ?? ''])
    .flatMap(quotedSpans)
    .filter((span) => !texts.some((t) => t.includes(span)));
}

const WORDS = ['peace', 'talks', 'the', 'summit', 'will', 'go', 'ahead', 'never', 'Kim', 'said', 'on', 'Monday'];

/**
 * Generated corpora with texts: each source gets a text of random words, each indirect
 * attribution quotes a stretch of its source's text, and each claim's text is worded apart from
 * every source text, so an explanation that quoted a claim would be caught.
 */
const withTexts = fc
  .tuple(
    corpusArbitrary(),
    fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }), { minLength: 4, maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 16, maxLength: 16 }),
  )
  .map(([records, words, cuts]): GeneratedCorpus => {
    const texts = records.sources.map((_, i) => (words[i] as string[]).join(' '));
    const textOf = (source: unknown) => texts[Number(String(source).slice(1))] as string;
    return {
      ...records,
      sources: records.sources.map((s, i) => ({ ...s, text: texts[i] })),
      claims: records.claims.map((c, i) => ({ ...c, text: `Paraphrase number ${i} of what was meant.` })),
      attributions: records.attributions.map((a, i) => {
        if (a.mode !== 'indirect') return a;
        const text = textOf(a.source);
        const [x, y] = cuts[i] as [number, number];
        const start = x % text.length;
        const end = start + 1 + (y % (text.length - start));
        const quote = text.slice(start, end).trim();
        return quote === '' ? a : { ...a, quotes: [{ text: quote }] };
      }),
    };
  });

describe('explanations never misquote', () => {
  let seed: Corpus;
  beforeAll(async () => {
    seed = await loadCorpus();
  });

  it('quote only words that stand in a source text, on the seed corpus', () => {
    expect(seed.contradictions().length).toBeGreaterThan(10);
    expect(misquotes(seed)).toEqual([]);
    // and they do quote verbatim words where there are some
    expect(seed.contradictions().some((c) => c.explanation.includes('“complete nonsense”'))).toBe(true);
  });

  it('quote only words that stand in a source text, on generated corpora', () => {
    fc.assert(
      fc.property(withTexts, (records) => {
        const { corpus, diagnostics } = createCorpus(records);
        expect(diagnostics).toEqual([]);
        expect(misquotes(corpus)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('would catch a paraphrase in quotation marks', () => {
    expect(quotedSpans('Ann asserts: “Paraphrase number 0 of what was meant.” Bob denies it.')).toEqual([
      'Paraphrase number 0 of what was meant.',
    ]);
  });

  it('names no placeholder speaker in any explanation', () => {
    expect(seed.contradictions().filter((c) => /unknown publisher/i.test(c.explanation))).toEqual([]);
  });
});
