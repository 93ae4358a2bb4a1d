import { trimStops } from '../internal/trim-stops.js';
import type { QuoteRecord } from '../query/quote-record.js';

/** Words that open a claim's text without being a name, so "that the fate ..." reads right. */
const LOWER_OPENERS = new Set([
  'a',
  'an',
  'the',
  'some',
  'other',
  'this',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'no',
  'one',
  'two',
  'five',
  'eight',
  'several',
  'cooperation',
]);

/**
 * A claim's text as a paraphrase to follow "that": its final full stop dropped and a leading
 * determiner in lower case. Never in quotation marks: the claim's text is the corpus's wording,
 * not the speaker's.
 *
 * @param record - a statement
 * @returns the paraphrase
 * @example
 * paraphrase({ claim: { text: 'The fate of the remaining abductees is unknown.' } })
 * //=> 'the fate of the remaining abductees is unknown'
 */
export function paraphrase(record: Pick<QuoteRecord, 'claim'>): string {
  const text = trimStops(record.claim.text.trim());
  const first = text.split(/\s/, 1)[0] ?? '';
  return LOWER_OPENERS.has(first.toLowerCase()) ? `${first.toLowerCase()}${text.slice(first.length)}` : text;
}

/**
 * The words a statement quotes verbatim from its source, each fragment in its own quotation marks
 * (`“at any time and without prior conditions,”`), fragments joined by " … "; empty when it quotes
 * none. Only these may stand in quotation marks in an explanation.
 *
 * @param record - a statement
 * @returns the quoted fragments, or ''
 * @example
 * verbatim({ attribution: { mode: 'indirect', quotes: [{ text: 'complete nonsense' }] } })
 * //=> '“complete nonsense”'
 */
export function verbatim(record: Pick<QuoteRecord, 'attribution'>): string {
  const a = record.attribution;
  if (a.mode !== 'direct-quote' && a.mode !== 'indirect') return '';
  return a.quotes.map((q) => `“${q.text}”`).join(' … ');
}

/**
 * What a statement says, for a parenthesis in an explanation: its verbatim words when it quotes
 * any, else the claim as a paraphrase, marked as such.
 *
 * @param record - a statement
 * @returns `“…”` or `in substance: …`
 * @example
 * content({ attribution: { mode: 'summary' }, claim: { text: 'Kim Jong Un met Putin.' } })
 * //=> 'in substance: Kim Jong Un met Putin'
 */
export function content(record: Pick<QuoteRecord, 'attribution' | 'claim'>): string {
  return verbatim(record) || `in substance: ${paraphrase(record)}`;
}

/**
 * A phrase with its first letter in upper case, to open a sentence ("the article ..." → "The
 * article ...").
 *
 * @param phrase - the phrase
 * @returns the phrase, capitalised
 * @example
 * sentenceStart('the article Japan’s Kishida Warns…')
 * //=> 'The article Japan’s Kishida Warns…'
 */
export function sentenceStart(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
