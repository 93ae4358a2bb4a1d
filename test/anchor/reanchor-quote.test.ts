import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, QuoteNotFoundError } from '../../src/anchor/anchor-quote.js';
import { reanchorQuote } from '../../src/anchor/reanchor-quote.js';

const ARTICLE = readFileSync(new URL('../../data/texts/001-dn-kishida-ready-to-meet-kim.txt', import.meta.url), 'utf8');
const WORDS = 'We see opportunities for cooperation both in the field of aircraft manufacturing';

/** The quote anchored in the original article. */
const stored = anchorQuote(ARTICLE, WORDS);

describe('anchorQuote', () => {
  it('anchors words in the seed article, with the text’s own characters and 32 characters of context', () => {
    expect(stored).toMatchObject({ text: WORDS, start: 1534, end: 1614 });
    expect(stored.prefix).toHaveLength(32);
    expect(ARTICLE.slice(stored.start, stored.end)).toBe(WORDS);
  });

  it('picks among repeated words by prefix and suffix, not by order', () => {
    const text = '“Yes,” said Ann. “No,” said Bob. “Yes,” said Bob.';
    expect(anchorQuote(text, 'Yes').start).toBe(1);
    expect(anchorQuote(text, 'Yes', { suffix: ',” said Bob' }).start).toBe(34);
    expect(anchorQuote(text, 'Yes', { prefix: 'said Bob. “' }).start).toBe(34);
    expect(anchorQuote(text, 'Yes', { near: 40 }).start).toBe(34);
    expect(anchorQuote(text, 'Yes', { occurrence: 0, suffix: ',” said Bob' }).start).toBe(1);
  });

  it('matches across soft hyphens and no-break spaces in the text', () => {
    const text = 'He called the nego\u00adtiations “a\u00a0waste of time.”';
    expect(anchorQuote(text, 'a waste of time').text).toBe('a\u00a0waste of time');
    expect(anchorQuote(text, 'negotiations').text).toBe('nego\u00adtiations');
  });

  it('names the closest passage of a quote that is not there', () => {
    expect(() => anchorQuote(ARTICLE, 'We see oportunities for cooperation')).toThrow(QuoteNotFoundError);
    try {
      anchorQuote(ARTICLE, 'We see oportunities for cooperation');
    } catch (error) {
      expect((error as QuoteNotFoundError).closest).toMatch(/^We see opportunities for cooperatio/);
    }
  });
});

describe('reanchorQuote', () => {
  it('keeps an anchor that is still right', () => {
    expect(reanchorQuote(ARTICLE, stored)).toEqual({ status: 'kept', quote: stored });
  });

  it('moves the anchor when text is added before the quote', () => {
    const edited = `Updated at 10:00 with a reaction from Moscow.\n\n${ARTICLE}`;
    const result = reanchorQuote(edited, stored);
    expect(result.status).toBe('moved');
    if (result.status !== 'moved') return;
    expect(result.quote.start).toBe((stored.start as number) + 47);
    expect(edited.slice(result.quote.start, result.quote.end)).toBe(WORDS);
    expect(result.quote.prefix).toBe(stored.prefix);
  });

  it('moves the anchor when text before the quote is removed', () => {
    const edited = ARTICLE.replace('HomeWorld', '');
    const result = reanchorQuote(edited, stored);
    expect(result).toMatchObject({ status: 'moved', quote: { start: (stored.start as number) - 9 } });
  });

  it('among repeated quotes, follows the prefix and suffix rather than the old offset', () => {
    const text = 'Ann said: “We will win.” Bob said: “We will win.”';
    const bobs = anchorQuote(text, 'We will win.', { prefix: 'Bob said: “' });
    // Ann's sentence grows by more than the distance between the two quotes.
    const edited = text.replace('Ann said:', 'Ann, speaking to reporters at length in the capital, said:');
    const result = reanchorQuote(edited, bobs);
    expect(result.status).toBe('moved');
    if (result.status !== 'moved') return;
    expect(result.candidates).toBe(2);
    expect(edited.slice(0, result.quote.start)).toMatch(/Bob said: “$/);
  });

  it('does not keep an old position that now holds the repeat with the wrong context', () => {
    const text = 'Ann: “Yes.” Bob: “Yes.”';
    const bobs = anchorQuote(text, 'Yes.', { prefix: 'Bob: “' });
    const swapped = 'Bob: “Yes.” Ann: “Yes.”';
    expect(swapped.slice(bobs.start, bobs.end)).toBe('Yes.');
    const result = reanchorQuote(swapped, bobs);
    expect(result).toMatchObject({ status: 'moved', quote: { start: 6 } });
  });

  it('follows a corrected typo as an approximate match, with the text’s new wording', () => {
    const edited = ARTICLE.replace('aircraft manufacturing and', 'aircraft manufacturng and');
    const result = reanchorQuote(edited, stored);
    expect(result.status).toBe('approximate');
    if (result.status !== 'approximate') return;
    expect(result.quote.text).toBe(WORDS.replace('manufacturing', 'manufacturng'));
    expect(result.similarity).toBeGreaterThan(0.95);
  });

  it('follows an accent added to a name', () => {
    const text = 'Kyrylo Budanov said Pyongyang “supplied 122mm and 152mm projectiles.”';
    const quote = anchorQuote(text, 'Kyrylo Budanov said');
    const result = reanchorQuote(text.replace('Budanov', 'Budánov'), quote);
    expect(result).toMatchObject({ status: 'approximate', quote: { text: 'Kyrylo Budánov said', start: 0 } });
  });

  it('treats dashes, soft hyphens and no-break spaces introduced by an editor as the same words', () => {
    const text = 'The minister said the plan was “a two-step process - slow but sure.”';
    const quote = anchorQuote(text, 'a two-step process - slow but sure.');
    const edited = `Corrected. ${text.replace(' - ', '\u00a0— ').replace('process', 'pro\u00adcess')}`;
    const result = reanchorQuote(edited, quote);
    expect(result.status).toBe('moved');
    if (result.status === 'moved') expect(result.quote.text).toBe('a two-step pro\u00adcess\u00a0— slow but sure.');
  });

  it('fills a missing anchor, with context', () => {
    const result = reanchorQuote(ARTICLE, { text: WORDS });
    expect(result).toMatchObject({ status: 'anchored', candidates: 1, quote: { start: 1534, end: 1614 } });
  });

  it('reports a quote that is gone as lost and does not move it', () => {
    const edited = ARTICLE.replace(/“We see opportunities[^”]*”/, '“The talks were useful,”');
    const result = reanchorQuote(edited, stored);
    expect(result.status).toBe('lost');
  });

  it('reports a match below the threshold as lost, with the closest passage', () => {
    const text = 'She said the deal was “a good start for both sides.”';
    const result = reanchorQuote(text, { text: 'a bad end for one side' });
    expect(result.status).toBe('lost');
    const lenient = reanchorQuote(text, { text: 'a good stert for both side' }, { threshold: 0.9 });
    expect(lenient.status).toBe('approximate');
  });

  it('finds any quote again after any text is put before it (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (inserted) => {
        const edited = `${inserted}\n${ARTICLE}`;
        const result = reanchorQuote(edited, stored);
        return result.status === 'moved' && edited.slice(result.quote.start, result.quote.end) === WORDS;
      }),
      { numRuns: 100 },
    );
  });
});
