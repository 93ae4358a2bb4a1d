import { allIndexesOf, type FoldedText, foldText } from '../internal/fold-text.js';
import type { Attribution, Quote } from '../model/attribution.js';
import { domId } from './escape.js';

/** One quoted fragment of an attribution: `attribution.quotes[index]`. */
export interface QuoteRef {
  readonly attribution: Attribution;
  readonly index: number;
  readonly quote: Quote;
}

/**
 * A stretch of a source's text that one or more attributions quote: several attributions often
 * quote the same sentence (a passage that carries three claims), so they share one highlight.
 */
export interface Passage {
  /** The HTML id of its highlight. */
  readonly anchor: string;
  readonly start: number;
  readonly end: number;
  readonly refs: readonly QuoteRef[];
  /** Whether at least one fragment was placed by its words because its anchor pointed elsewhere. */
  readonly moved: boolean;
}

/** Why a fragment has no highlight. */
export type UnplacedReason = 'no-text' | 'not-found';

/** Where the quoted fragments of a source's attributions stand in its text. */
export interface Placement {
  /** By start, longest first. */
  readonly passages: readonly Passage[];
  /** Fragments that could not be highlighted, so that the report can say so instead of hiding them. */
  readonly unplaced: readonly { readonly ref: QuoteRef; readonly reason: UnplacedReason }[];
}

/** The HTML id of the highlight a fragment opens: `q-<attribution id>-<fragment index>`. */
export const quoteAnchor = (attributionId: string, index: number) => `${domId('q', attributionId)}-${index}`;

/** The fragments of an attribution that quote its source: direct quotes and quoted words of reported speech. */
export function quotesOf(attribution: Attribution): QuoteRef[] {
  if (attribution.mode !== 'direct-quote' && attribution.mode !== 'indirect') return [];
  return attribution.quotes.map((quote, index) => ({ attribution, index, quote }));
}

/**
 * Finds a fragment in the text: at its anchor when the words there match (with the same tolerance
 * for quotation marks, dashes and spacing as the `quote-not-in-source` rule), else where the words
 * occur, nearest the anchor.
 */
function locate(
  text: string,
  quote: Quote,
  folded: () => FoldedText,
): { start: number; end: number; moved: boolean } | undefined {
  const wanted = foldText(quote.text).text.trim();
  if (wanted === '') return undefined;
  const { start, end } = quote;
  if (
    start !== undefined &&
    end !== undefined &&
    end <= text.length &&
    foldText(text.slice(start, end)).text.trim() === wanted
  ) {
    return { start, end, moved: false };
  }
  const f = folded();
  const hits = allIndexesOf(f.text, wanted).map((i) => {
    let hitEnd = f.offsets[i + wanted.length] as number;
    while (hitEnd > 0 && /\s/.test(text[hitEnd - 1] as string)) hitEnd--;
    return { start: f.offsets[i] as number, end: hitEnd, moved: start !== undefined };
  });
  const near = start ?? 0;
  hits.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
  return hits[0];
}

/**
 * Places every quoted fragment of a source's attributions in its text and groups fragments that
 * cover the same characters into one passage.
 *
 * @param text - the source's text, or undefined when the corpus has none
 * @param attributions - the attributions that appear in the source
 * @returns the passages, and the fragments that could not be placed with the reason
 *
 * @example
 * placeQuotes('He said “no”.', [attribution]).passages.map((p) => [p.start, p.end])
 * //=> [[9, 11]]
 */
export function placeQuotes(text: string | undefined, attributions: readonly Attribution[]): Placement {
  const unplaced: { ref: QuoteRef; reason: UnplacedReason }[] = [];
  const byRange = new Map<string, { start: number; end: number; refs: QuoteRef[]; moved: boolean }>();
  let folded: FoldedText | undefined;
  const fold = () => (folded ??= foldText(text ?? ''));
  for (const attribution of attributions) {
    for (const ref of quotesOf(attribution)) {
      if (text === undefined) {
        unplaced.push({ ref, reason: 'no-text' });
        continue;
      }
      const at = locate(text, ref.quote, fold);
      if (!at) {
        unplaced.push({ ref, reason: 'not-found' });
        continue;
      }
      const key = `${at.start}:${at.end}`;
      const group = byRange.get(key);
      if (group) {
        group.refs.push(ref);
        group.moved ||= at.moved;
      } else byRange.set(key, { ...at, refs: [ref] });
    }
  }
  const passages = [...byRange.values()]
    .map((g) => {
      const first = g.refs[0] as QuoteRef;
      return { anchor: quoteAnchor(first.attribution.id, first.index), ...g };
    })
    .sort(byPosition);
  return { passages, unplaced };
}

/** Outer passages before the ones they contain: by start, then longest first. */
export function byPosition(a: Passage, b: Passage): number {
  return a.start - b.start || b.end - a.end || a.anchor.localeCompare(b.anchor);
}
