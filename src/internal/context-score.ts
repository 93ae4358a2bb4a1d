import { foldText } from './fold-text.js';

/** The text around a quote that a stored anchor remembers, and where the quote was. */
export interface QuoteContext {
  readonly prefix?: string;
  readonly suffix?: string;
  /** Where the quote started before the text changed. */
  readonly hint?: number;
}

/** How many characters two strings share at their ends (`side` 'end') or starts ('start'). */
function sharedRun(a: string, b: string, side: 'start' | 'end'): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n) {
    const x = side === 'start' ? a[k] : a[a.length - 1 - k];
    const y = side === 'start' ? b[k] : b[b.length - 1 - k];
    if (x !== y) break;
    k++;
  }
  return k;
}

/**
 * Scores how well a candidate place for a quote agrees with its remembered context, after
 * Hypothesis's `matchQuote`: the share of the prefix that still stands just before the place, the
 * share of the suffix just after it, and a small weight for nearness to the old position. Between
 * 0 and 1; a place without any context to compare scores by nearness alone.
 */
export function contextScore(text: string, start: number, end: number, context: QuoteContext): number {
  const parts: { weight: number; score: number }[] = [];
  if (context.prefix) {
    const wanted = foldText(context.prefix).text;
    const before = foldText(text.slice(Math.max(0, start - wanted.length * 2 - 8), start)).text;
    parts.push({ weight: 20, score: sharedRun(before, wanted, 'end') / wanted.length });
  }
  if (context.suffix) {
    const wanted = foldText(context.suffix).text;
    const after = foldText(text.slice(end, end + wanted.length * 2 + 8)).text;
    parts.push({ weight: 20, score: sharedRun(after, wanted, 'start') / wanted.length });
  }
  if (context.hint !== undefined && text.length > 0) {
    parts.push({ weight: 2, score: 1 - Math.min(1, Math.abs(start - context.hint) / text.length) });
  }
  if (parts.length === 0) return 0;
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  return parts.reduce((sum, p) => sum + p.weight * p.score, 0) / total;
}
