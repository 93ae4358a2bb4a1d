import type { AttributionInput } from '../model/attribution.js';
import { type AnchorOptions, anchorQuote } from './anchor-quote.js';

/** What {@link directQuote} needs: the attribution's fields, the quoted words and the source text. */
export type DirectQuoteFields = Omit<Extract<AttributionInput, { mode: 'direct-quote' }>, 'mode' | 'quotes'> & {
  /** The quoted words; several for a sentence broken by narration. */
  readonly words: string | readonly string[];
  /** The text of the source, to anchor the words in. */
  readonly text: string;
  readonly anchor?: AnchorOptions;
};

/**
 * Makes a direct-quote attribution with its quotes anchored in the source text. Each fragment is
 * searched for after the previous one, so repeated words anchor in order.
 *
 * @param fields - id, claim, source, speaker and the other attribution fields, plus `words` and `text`
 * @returns an attribution ready for `createCorpus` or `corpus.with`
 * @throws {QuoteNotFoundError} when a fragment is not in the text
 *
 * @example
 * directQuote({ id: 'a1', claim: 'c1', source: 's1', speaker: 'ann', words: 'no deal', text: 'Ann: “no deal.”' }).quotes[0].start
 * //=> 6
 */
export function directQuote(fields: DirectQuoteFields): Extract<AttributionInput, { mode: 'direct-quote' }> {
  const { words, text, anchor, ...rest } = fields;
  const fragments = typeof words === 'string' ? [words] : [...words];
  let from = anchor?.from ?? 0;
  const quotes = fragments.map((fragment) => {
    const quote = anchorQuote(text, fragment, { ...anchor, from });
    from = quote.end ?? from;
    return quote;
  });
  return { ...rest, mode: 'direct-quote', quotes } as Extract<AttributionInput, { mode: 'direct-quote' }>;
}
