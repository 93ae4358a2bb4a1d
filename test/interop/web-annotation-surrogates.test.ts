import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, createCorpus, toWebAnnotations } from '../../src/index.js';

/** A lone surrogate: half of a pair, which is not well-formed text. */
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// An emoji 32 UTF-16 units before the words and right after the suffix's 31st: a 32-unit cut by
// offset would take half of each.
const TEXT = `a😀${'y'.repeat(30)}we will meet${'z'.repeat(31)}🎉b`;

function selectorsOf(text: string, words: string, recorded: boolean) {
  const quote = anchorQuote(text, words);
  const { corpus } = createCorpus({
    actors: [{ id: 'p', kind: 'person', name: 'P' }],
    sources: [{ id: 's', kind: 'article', title: 'S', text }],
    claims: [{ id: 'c', text: 'They will meet.', subject: 'p', predicate: 'says' }],
    attributions: [
      {
        id: 'a',
        claim: 'c',
        source: 's',
        speaker: 'p',
        mode: 'direct-quote',
        quotes: [recorded ? quote : { text: quote.text }],
      },
    ],
  });
  return toWebAnnotations(corpus).first.items.flatMap((item) => item.target.selector);
}

describe('Web Annotation selectors are well-formed text', () => {
  it('anchorQuote never cuts an emoji in half', () => {
    const quote = anchorQuote(TEXT, 'we will meet', { context: 32 });
    expect(quote.prefix).not.toMatch(LONE);
    expect(quote.suffix).not.toMatch(LONE);
  });

  it('neither derived nor recorded prefixes and suffixes hold half a pair', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        (before, after, recorded) => {
          const text = `x😀${'y'.repeat(before)}we will meet${'z'.repeat(after)}🎉x`;
          for (const selector of selectorsOf(text, 'we will meet', recorded)) {
            expect('prefix' in selector ? selector.prefix : '').not.toMatch(LONE);
            expect('suffix' in selector ? selector.suffix : '').not.toMatch(LONE);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
