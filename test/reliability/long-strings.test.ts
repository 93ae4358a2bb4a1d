import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { check } from '../../src/check/check.js';
import { PassageIndex } from '../../src/check/passage-index.js';
import { createCorpus } from '../../src/corpus/create-corpus.js';
import { foldText } from '../../src/internal/fold-text.js';
import { normalizeName } from '../../src/internal/normalize-name.js';
import { run, useCleanCliState } from '../cli/run.js';

vi.mock('../../src/internal/fold-text.js', { spy: true });

useCleanCliState();

describe('normalizeName on very long names', () => {
  it('does not overflow a regular expression on 5.5 million marks, spaces or ideographic spaces', () => {
    expect(normalizeName(`a${'\u0301'.repeat(5_500_000)}`)).toBe('a');
    expect(normalizeName(`a${'\u3000'.repeat(5_500_000)}b`)).toBe('a b');
    expect(normalizeName(`A-${'b'.repeat(5_500_000)}`)).toHaveLength(5_500_002);
  });

  it('gives what the regular-expression form gives, on any name', () => {
    const reference = (name: string) =>
      name
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[’'`´]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        expect(normalizeName(name)).toBe(reference(name));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('speaker-not-in-source with a 2 MB actor name', () => {
  it('does not split a name longer than the text for every source', () => {
    const index = new PassageIndex('the minister said');
    const indexOf = vi.spyOn(String.prototype, 'indexOf');
    try {
      expect(index.hasPhrase('a'.repeat(2_000_000))).toBe(false);
      expect(indexOf).not.toHaveBeenCalled();
    } finally {
      indexOf.mockRestore();
    }
  });

  it('still warns once per attribution', () => {
    const sources = Array.from({ length: 50 }, (_, i) => ({
      id: `s${i}`,
      kind: 'article',
      title: 'T',
      text: 'The minister said so.',
    }));
    const { corpus } = createCorpus({
      actors: [{ id: 'long', name: 'a'.repeat(2_000_000), kind: 'person' }],
      sources,
      claims: [{ id: 'c', text: 'x', subject: 'long', predicate: 'proposes', object: { type: 'text', value: 'y' } }],
      attributions: sources.map((s, i) => ({
        id: `a${i}`,
        claim: 'c',
        source: s.id,
        speaker: 'long',
        mode: 'summary',
      })),
    } as never);
    expect(check(corpus, { only: ['speaker-not-in-source'] })).toHaveLength(50);
  });
});

describe('quote-not-in-source on a long text with missing quotes', () => {
  const corpusWith = (missing: number) => {
    const text = 'The minister said that Tokyo would not give up. '.repeat(20_000);
    return createCorpus({
      actors: [{ id: 'kim', name: 'Kim', kind: 'person' }],
      sources: [{ id: 's', kind: 'article', title: 'T', text }],
      claims: [{ id: 'c', text: 'x', subject: 'kim', predicate: 'proposes', object: { type: 'text', value: 'y' } }],
      attributions: Array.from({ length: missing }, (_, i) => ({
        id: `a${i}`,
        claim: 'c',
        source: 's',
        speaker: 'kim',
        mode: 'direct-quote',
        quotes: [{ text: `zebra quagga number ${i} walrus` }],
      })),
    } as never).corpus;
  };

  it('folds the text of a source once for all its quotes: 20 and 40 missing quotes cost one pass each', async () => {
    // Other test files in this worker may have loaded the modules unmocked: load them afresh, so
    // that the rule calls the spied foldText.
    vi.resetModules();
    const fresh = await import('../../src/internal/fold-text.js');
    const { check: freshCheck } = await import('../../src/check/check.js');
    const passes = (missing: number) => {
      const corpus = corpusWith(missing);
      const fold = vi.mocked(fresh.foldText);
      fold.mockClear();
      const found = freshCheck(corpus, { only: ['quote-not-in-source'] });
      expect(found).toHaveLength(missing);
      return fold.mock.calls.filter(([t]) => t.length > 100_000).length;
    };
    expect(passes(20)).toBe(1);
    expect(passes(40)).toBe(1);
  });

  it('folds in one pass that agrees with folding character by character', () => {
    const reference = (original: string) => {
      let text = '';
      const offsets: number[] = [];
      let lastWasSpace = false;
      let i = 0;
      for (const ch of original) {
        if (/\s/u.test(ch)) {
          if (!lastWasSpace) {
            text += ' ';
            offsets.push(i);
          }
          lastWasSpace = true;
        } else {
          const folded = foldText(ch).text;
          for (let k = 0; k < folded.length; k++) offsets.push(i);
          text += folded;
          lastWasSpace = false;
        }
        i += ch.length;
      }
      offsets.push(original.length);
      return { text, offsets };
    };
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'B', ' ', '\n', '\t', '`', '’', '“', '—', '…', 'é', 'ﬁ', '😀', '\ud800'),
          maxLength: 60,
        }),
        (s) => {
          const folded = foldText(s);
          const expected = reference(s);
          expect(folded.text).toBe(expected.text);
          expect([...Array.from(folded.offsets)]).toEqual(expected.offsets);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('check --stream on a device', () => {
  it('ends with a diagnostic and exit 2 on /dev/zero instead of reading forever', async () => {
    const result = await run('check', '--stream', '/dev/zero');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('/dev/zero was not read: it is not a regular file');
  });
});
