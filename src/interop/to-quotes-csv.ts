import type { Corpus } from '../corpus/corpus.js';
import { QUOTE_COLUMNS, type QuoteRow, type QuoteRowOptions, quoteRows } from './quote-rows.js';

/** How list columns are joined into one CSV field. */
const JOIN: Partial<Record<keyof QuoteRow, string>> = { quotes: ' … ', via: '; ', relayedBy: '; ' };

/** Options of {@link toQuotesCsv} and {@link csvField}. */
export interface CsvOptions {
  /**
   * Write cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return as they are, for a
   * data pipeline that reads the CSV as data. By default (false) they are neutralised, so that a
   * spreadsheet shows them as text instead of running them as formulas.
   */
  readonly keepFormulas?: boolean;
}

/** What a spreadsheet would take for the start of a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field after RFC 4180: enclosed in double quotes, with inner quotes doubled, whenever it
 * holds a comma, a double quote, a line break, or leading or trailing spaces (which some
 * spreadsheets would trim). A field that a spreadsheet would run as a formula (it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return: `=HYPERLINK(…)`, `=cmd|' /C calc'!A0`) gets a
 * single quote in front and is enclosed in double quotes, as OWASP recommends, unless
 * `keepFormulas`.
 *
 * @param value - the field's text
 * @param options - `keepFormulas` to write formula-like fields unchanged
 * @returns the field as it goes between the commas
 *
 * @example
 * csvField('=HYPERLINK("http://evil.example","click")')
 * //=> '"\'=HYPERLINK(""http://evil.example"",""click"")"'
 */
export function csvField(value: string, options: CsvOptions = {}): string {
  if (!options.keepFormulas && FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
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
 * spreadsheets that guess the encoding should be told it is UTF-8. Cells a spreadsheet would run
 * as formulas are neutralised (see {@link csvField}) unless `keepFormulas`.
 *
 * @param corpus - a loaded corpus
 * @param options - `quotedOnly` to keep only attributions that quote words; `keepFormulas`
 * @returns the CSV text, ending with CRLF
 * @throws nothing
 * @example
 * const corpus = await loadCorpus();
 * toQuotesCsv(corpus).split('\r\n')[0]
 * //=> 'attributionId,speakerId,speakerName,sourceId,sourceTitle,publisherId,publisherName,published,said,mode,stance,factuality,cue,via,relayedBy,chain,creditedTo,quotes,claimId,claimText,confidence'
 */
export function toQuotesCsv(corpus: Corpus, options: QuoteRowOptions & CsvOptions = {}): string {
  const lines = [QUOTE_COLUMNS.join(',')];
  for (const row of quoteRows(corpus, options)) {
    lines.push(QUOTE_COLUMNS.map((column) => csvField(cell(row, column), options)).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
