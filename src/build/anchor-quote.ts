import { closestPassage } from '../internal/closest-passage.js';
import { allIndexesOf, foldText } from '../internal/fold-text.js';
import { wholeCharacters } from '../internal/whole-characters.js';
import type { Quote } from '../model/attribution.js';
import { ClaimtrailError } from '../model/claimtrail-error.js';

/** Thrown by {@link anchorQuote} when the words are not in the text. */
export class QuoteNotFoundError extends ClaimtrailError {
  override readonly name = 'QuoteNotFoundError';
  readonly code = 'quote-not-found' as const;
  constructor(
    readonly words: string,
    /** The passage of the text closest to the words, when there is one. */
    readonly closest?: string,
  ) {
    super(`"${words}" is not in the text${closest ? `; the closest passage is "${closest}"` : ''}.`);
  }
}

/** Options of {@link anchorQuote}. */
export interface AnchorOptions {
  /** Which occurrence to anchor when the words occur more than once (0-based); default the first. */
  readonly occurrence?: number;
  /** Search from this offset on. */
  readonly from?: number;
  /** How many characters of context to keep in `prefix` and `suffix`; default 32. */
  readonly context?: number;
}

/**
 * Anchors quoted words in a source text, so nobody computes offsets by hand: finds them (straight or
 * curly quotes, dashes and runs of whitespace may differ) and returns the Quote with the text's own
 * characters, `start`/`end` and up to 32 characters of `prefix` and `suffix`.
 *
 * @param text - the source text
 * @param words - the quoted words
 * @param options - which occurrence, where to start, how much context
 * @returns the anchored Quote
 * @throws {QuoteNotFoundError} when the words are not in the text; it names the closest passage
 *
 * @example
 * anchorQuote('He said “no deal” twice.', 'no deal')
 * //=> { text: 'no deal', start: 9, end: 16, prefix: 'He said “', suffix: '” twice.' }
 */
export function anchorQuote(text: string, words: string, options: AnchorOptions = {}): Quote {
  const folded = foldText(text);
  const wanted = foldText(words).text.trim();
  const from = options.from ?? 0;
  const hits = allIndexesOf(folded.text, wanted)
    .map((i) => ({ start: folded.offsets[i] as number, end: folded.offsets[i + wanted.length] as number }))
    .filter((h) => h.start >= from);
  const hit = hits[options.occurrence ?? 0];
  if (!hit) {
    const miss = closestPassage(folded.text, wanted);
    const closest = miss ? text.slice(folded.offsets[miss.start], folded.offsets[miss.end]) : undefined;
    throw new QuoteNotFoundError(words, closest);
  }
  let end = hit.end;
  while (end > hit.start && /\s/.test(text[end - 1] as string)) end--;
  const context = options.context ?? 32;
  return {
    text: text.slice(hit.start, end),
    start: hit.start,
    end,
    prefix: wholeCharacters(text.slice(Math.max(0, hit.start - context), hit.start)),
    suffix: wholeCharacters(text.slice(end, end + context)),
  };
}
