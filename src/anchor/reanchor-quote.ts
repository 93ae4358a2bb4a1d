import search from 'approx-string-match';
import { closestPassage } from '../internal/closest-passage.js';
import { contextScore } from '../internal/context-score.js';
import { type FoldedText, foldText } from '../internal/fold-text.js';
import { exactPlaces, type Place, quoteAt } from '../internal/quote-places.js';
import type { Quote } from '../model/attribution.js';

/**
 * Where a quote stands in a text after the text may have changed, by `status`:
 * `kept` (its anchor is right), `anchored` (it had no anchor; its words were found), `moved` (its
 * words were found elsewhere), `approximate` (the text now words it differently; `quote.text` is
 * the text's wording) or `lost` (nothing close enough: never moved silently).
 */
export type Reanchored =
  | { readonly status: 'kept'; readonly quote: Quote }
  | { readonly status: 'anchored' | 'moved'; readonly quote: Quote; readonly candidates: number }
  | { readonly status: 'approximate'; readonly quote: Quote; readonly similarity: number }
  | { readonly status: 'lost'; readonly closest?: string; readonly similarity?: number };

/** Options of {@link reanchorQuote}. */
export interface ReanchorOptions {
  /**
   * The least similarity (1 − edits / length of the quote) an approximate match needs; default 0.75.
   * Below it the quote is reported `lost`.
   */
  readonly threshold?: number;
  /** Characters of prefix and suffix to give a quote that had none; default 32. */
  readonly context?: number;
  /**
   * @internal `text` already folded, when the caller has it: re-anchoring many quotes then folds
   * it once. For claimtrail's own rules; the folding is private and may change.
   */
  readonly folded?: FoldedText;
}

const trimmed = (text: string, place: Place): Place => {
  let { start, end } = place;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
};

/** The quote at its new place, with context as long as the quote had (or `context` when it had none). */
function relocated(text: string, quote: Quote, place: Place, context: number): Quote {
  const fresh = quoteAt(text, place.start, place.end, context);
  const prefix =
    quote.prefix === undefined ? fresh.prefix : text.slice(Math.max(0, place.start - quote.prefix.length), place.start);
  const suffix = quote.suffix === undefined ? fresh.suffix : text.slice(place.end, place.end + quote.suffix.length);
  return { ...fresh, prefix, suffix };
}

/**
 * Finds a quote again in a text that may have been edited since it was anchored, the way
 * Hypothesis and Apache Annotator re-anchor annotations: first the stored position (when the words
 * still stand there and their context agrees), then the exact words, choosing among repeats by the
 * stored prefix and suffix and nearness to the old position, then an approximate match (Myers'
 * algorithm, via approx-string-match) scored on the words, the context and the position. A match
 * below the threshold is not taken: the quote is reported `lost`, with the closest passage.
 *
 * @param text - the source text as it is now
 * @param quote - the stored quote, with or without an anchor
 * @param options - the similarity threshold and the context length
 * @returns where the quote stands now, or that it is lost
 *
 * @example
 * reanchorQuote('Updated. He said “no deal” twice.', { text: 'no deal', start: 9, end: 16 }).status
 * //=> 'moved'
 *
 * @example
 * reanchorQuote('He said “no dael” twice.', { text: 'no deal' })
 * //=> { status: 'approximate', similarity: 0.71…, quote: { text: 'no dael', start: 9, end: 16, … } }
 */
export function reanchorQuote(text: string, quote: Quote, options: ReanchorOptions = {}): Reanchored {
  const threshold = options.threshold ?? 0.75;
  const contextLength = options.context ?? 32;
  const wanted = foldText(quote.text).text.trim();
  const hint = quote.start;
  const context = { prefix: quote.prefix, suffix: quote.suffix, hint };
  const hasContext = Boolean(quote.prefix || quote.suffix);

  const folded = options.folded ?? foldText(text);
  const exact = exactPlaces(text, quote.text, folded);
  if (quote.start !== undefined && quote.end !== undefined && quote.end <= text.length) {
    const there = foldText(text.slice(quote.start, quote.end)).text.trim();
    if (there === wanted && (!hasContext || bestAround(text, exact, quote) === quote.start))
      return { status: 'kept', quote };
  }

  if (exact.length > 0) {
    let best = exact[0] as Place;
    let bestScore = -1;
    for (const place of exact) {
      const score = contextScore(text, place.start, place.end, context);
      if (score > bestScore) [best, bestScore] = [place, score];
    }
    return {
      status: quote.start === undefined ? 'anchored' : 'moved',
      quote: relocated(text, quote, best, contextLength),
      candidates: exact.length,
    };
  }

  if (wanted.length === 0 || folded.text.length === 0) return { status: 'lost' };
  const maxErrors = Math.min(256, Math.floor(wanted.length * (1 - threshold)));
  const matches = search(folded.text, wanted, maxErrors);
  let best: { place: Place; similarity: number; score: number } | undefined;
  for (const m of matches) {
    const place = trimmed(text, { start: folded.offsets[m.start] as number, end: folded.offsets[m.end] as number });
    const similarity = 1 - m.errors / wanted.length;
    const around = hasContext || hint !== undefined ? contextScore(text, place.start, place.end, context) : 0;
    // Among matches with as many edits, the one as long as the quote: "give in" for "give up", not "give".
    const lengthGap = Math.abs(m.end - m.start - wanted.length) / wanted.length;
    const score = (50 * similarity + (hasContext || hint !== undefined ? 42 * around : 0) - lengthGap) / 92;
    if (!best || score > best.score) best = { place, similarity, score };
  }
  if (best && best.similarity >= threshold && best.place.end > best.place.start) {
    return {
      status: 'approximate',
      quote: relocated(text, quote, best.place, contextLength),
      similarity: best.similarity,
    };
  }
  const miss = closestPassage(folded.text, wanted);
  if (!miss) return { status: 'lost' };
  return {
    status: 'lost',
    closest: text.slice(folded.offsets[miss.start], folded.offsets[miss.end]),
    similarity: Math.max(0, 1 - miss.edits / wanted.length),
  };
}

/** Among exact places, the start of the one whose context agrees best (the stored start on a tie). */
function bestAround(text: string, places: readonly Place[], quote: Quote): number | undefined {
  const context = { prefix: quote.prefix, suffix: quote.suffix };
  let best: { start: number; score: number } | undefined;
  for (const place of places) {
    const score = contextScore(text, place.start, place.end, context);
    if (!best || score > best.score || (score === best.score && place.start === quote.start))
      best = { start: place.start, score };
  }
  return best?.start;
}
