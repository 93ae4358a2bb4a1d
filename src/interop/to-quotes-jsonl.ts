import type { Corpus } from '../corpus/corpus.js';
import { QUOTE_COLUMNS, type QuoteRowOptions, quoteRows } from './quote-rows.js';

/**
 * The corpus's attributed statements as JSON Lines: one object per attribution, with every key of
 * {@link QUOTE_COLUMNS} in that order (absent values are `null`; `quotes` and `via` are arrays).
 *
 * @param corpus - a loaded corpus
 * @param options - `quotedOnly` to keep only attributions that quote words
 * @returns the JSONL text, one line per row, ending with a newline (empty when there are no rows)
 * @throws nothing
 * @example
 * const corpus = await loadCorpus();
 * JSON.parse(toQuotesJsonl(corpus, { quotedOnly: true }).split('\n')[0]).mode
 * //=> 'direct-quote'
 */
export function toQuotesJsonl(corpus: Corpus, options: QuoteRowOptions = {}): string {
  const rows = quoteRows(corpus, options);
  return rows
    .map((row) => `${JSON.stringify(Object.fromEntries(QUOTE_COLUMNS.map((column) => [column, row[column]])))}\n`)
    .join('');
}
