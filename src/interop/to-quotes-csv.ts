import type { Corpus } from '../corpus/corpus.js';
import { QUOTE_COLUMNS, type QuoteRow, type QuoteRowOptions, quoteRows } from './quote-rows.js';

/** How list columns are joined into one CSV field. */
const JOIN: Partial<Record<keyof QuoteRow, string>> = { quotes: ' … ', via: '; ', relayedBy: '; ' };

/**
 * One CSV field after RFC 4180: enclosed in double quotes, with inner quotes doubled, whenever it
 * holds a comma, a double quote, a line break, or leading or trailing spaces (which some
 * spreadsheets would trim).
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cell(row: QuoteRow, column: keyof QuoteRow): string {
  const value = row[column];
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(JOIN[column] ?? '; ');
  return String(value);
}

/**
 * The corpus's attributed statements as CSV (RFC 4180: comma-separated, CRLF line ends, a header
 * row, quoting where needed), one row per attribution with the columns of {@link QUOTE_COLUMNS}.
 * Quoted fragments are joined with " … " and `via` ids with "; ". No byte-order mark is written;
 * spreadsheets that guess the encoding should be told it is UTF-8.
 *
 * @param corpus - a loaded corpus
 * @param options - `quotedOnly` to keep only attributions that quote words
 * @returns the CSV text, ending with CRLF
 * @throws nothing
 * @example
 * const corpus = await loadCorpus();
 * toQuotesCsv(corpus).split('\r\n')[0]
 * //=> 'attributionId,speakerId,speakerName,sourceId,sourceTitle,publisherId,publisherName,published,said,mode,stance,factuality,cue,via,relayedBy,chain,creditedTo,quotes,claimId,claimText,confidence'
 */
export function toQuotesCsv(corpus: Corpus, options: QuoteRowOptions = {}): string {
  const lines = [QUOTE_COLUMNS.join(',')];
  for (const row of quoteRows(corpus, options)) {
    lines.push(QUOTE_COLUMNS.map((column) => csvField(cell(row, column))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
