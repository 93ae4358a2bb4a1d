import type { HasStore } from '../corpus/store.js';
import type { QuoteRecord } from './quote-record.js';
import { findQuotes } from './quotes.js';

/**
 * The attributions that best match a remembered phrase, best first: the quoted words and the
 * claim are searched ignoring case, accents and punctuation, and small misrememberings still match.
 *
 * @param corpus - the corpus to search
 * @param phrase - the words as remembered: "without prior conditions"
 * @param options - `limit` (default 5) and `minScore` (0 to 1, default 0.6)
 * @returns matching statements with their `score`
 *
 * @example
 * whoSaid(corpus, 'complete nonsens')[0]?.speaker.name
 * //=> 'Government of Russia'
 */
export function whoSaid(
  corpus: HasStore,
  phrase: string,
  options: { limit?: number; minScore?: number } = {},
): QuoteRecord[] {
  return findQuotes(corpus, {
    text: phrase,
    fuzzy: true,
    minScore: options.minScore ?? 0.6,
    limit: options.limit ?? 5,
  });
}
