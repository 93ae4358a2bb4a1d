import { closestPassage } from '../internal/closest-passage.js';
import { contextScore } from '../internal/context-score.js';
import { foldText } from '../internal/fold-text.js';
import { exactPlaces, type Place, quoteAt } from '../internal/quote-places.js';
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
  /** Which occurrence to anchor when the words occur more than once (0-based); overrides the context. */
  readonly occurrence?: number;
  /** Search from this offset on. */
  readonly from?: number;
  /** How many characters of context to keep in `prefix` and `suffix`; default 32. */
  readonly context?: number;
  /** Text expected just before the words: picks among repeats (after the W3C TextQuoteSelector). */
  readonly prefix?: string;
  /** Text expected just after the words: picks among repeats. */
  readonly suffix?: string;
  /** Where the words were last seen: among repeats with equal context, the nearest wins. */
  readonly near?: number;
}

/**
 * Anchors quoted words in a source text, so nobody computes offsets by hand: finds them (straight or
 * curly quotes, dashes, soft hyphens and runs of whitespace may differ) and returns the Quote with
 * the text's own characters, `start`/`end` and up to 32 characters of `prefix` and `suffix`. When
 * the words occur more than once, `prefix` and `suffix` pick the occurrence whose surroundings
 * agree best (then `near`, then the first).
 *
 * @param text - the source text
 * @param words - the quoted words
 * @param options - which occurrence, where to start, the expected context, how much context to keep
 * @returns the anchored Quote
 * @throws {QuoteNotFoundError} when the words are not in the text; it names the closest passage
 *
 * @example
 * anchorQuote('He said “no deal” twice.', 'no deal')
 * //=> { text: 'no deal', start: 9, end: 16, prefix: 'He said “', suffix: '” twice.' }
 *
 * @example
 * anchorQuote('“Yes,” said A. “Yes,” said B.', 'Yes', { suffix: ',” said B' }).start
 * //=> 16
 */
export function anchorQuote(text: string, words: string, options: AnchorOptions = {}): Quote {
  const from = options.from ?? 0;
  const hits = exactPlaces(text, words).filter((h) => h.start >= from);
  const hit = options.occurrence !== undefined ? hits[options.occurrence] : bestByContext(text, hits, options);
  if (!hit) {
    const folded = foldText(text);
    const miss = closestPassage(folded.text, foldText(words).text.trim());
    const closest = miss ? text.slice(folded.offsets[miss.start], folded.offsets[miss.end]) : undefined;
    throw new QuoteNotFoundError(words, closest);
  }
  return quoteAt(text, hit.start, hit.end, options.context);
}

function bestByContext(text: string, hits: readonly Place[], options: AnchorOptions): Place | undefined {
  if (hits.length <= 1 || (!options.prefix && !options.suffix && options.near === undefined)) return hits[0];
  const context = { prefix: options.prefix, suffix: options.suffix, hint: options.near };
  let best = hits[0] as Place;
  let bestScore = -1;
  for (const hit of hits) {
    const score = contextScore(text, hit.start, hit.end, context);
    if (score > bestScore) [best, bestScore] = [hit, score];
  }
  return best;
}
