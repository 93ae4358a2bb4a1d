import { wholeCharacters } from '../../internal/whole-characters.js';
import type { Quote } from '../../model/attribution.js';

/** How much context a derived prefix or suffix holds, as in docs/format.md. */
const CONTEXT = 32;

/** Where a quote stands in its source's text (UTF-16 offsets) and the text around it. */
export interface PlacedQuote {
  readonly start?: number;
  readonly end?: number;
  readonly prefix?: string;
  readonly suffix?: string;
}

/**
 * Places a quote in its source's text for a Web Annotation target. The recorded anchor is used
 * when it points at the quoted words; otherwise, when the words occur exactly once, that
 * occurrence. A recorded prefix or suffix is kept when the text agrees with it; otherwise up to
 * 32 characters of the text are taken. Without the text, or when the words are not found once,
 * only the recorded prefix and suffix remain and the quote has no position.
 */
export function placeQuote(text: string | undefined, quote: Quote): PlacedQuote {
  // A recorded prefix or suffix may have been cut through an emoji by whatever recorded it.
  const recorded = {
    ...(quote.prefix !== undefined ? { prefix: wholeCharacters(quote.prefix) } : {}),
    ...(quote.suffix !== undefined ? { suffix: wholeCharacters(quote.suffix) } : {}),
  };
  if (text === undefined) return recorded;
  let start: number | undefined;
  if (quote.start !== undefined && text.slice(quote.start, quote.end) === quote.text) start = quote.start;
  else {
    const first = text.indexOf(quote.text);
    if (first !== -1 && text.indexOf(quote.text, first + 1) === -1) start = first;
  }
  if (start === undefined) return recorded;
  const end = start + quote.text.length;
  const before = text.slice(0, start);
  const after = text.slice(end);
  return {
    start,
    end,
    prefix:
      quote.prefix !== undefined && before.endsWith(quote.prefix)
        ? wholeCharacters(quote.prefix)
        : wholeCharacters(before.slice(-CONTEXT)),
    suffix:
      quote.suffix !== undefined && after.startsWith(quote.suffix)
        ? wholeCharacters(quote.suffix)
        : wholeCharacters(after.slice(0, CONTEXT)),
  };
}
