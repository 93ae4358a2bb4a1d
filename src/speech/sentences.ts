import type { QuotedSpan } from './quoted-spans.js';

/** A sentence of a text, by offsets, and the paragraph it is in. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\b(?:U\.S|U\.N|U\.K|E\.U))\.$/;

/**
 * Splits a text into sentences, never inside a quotation: a full stop inside quotation marks ends
 * the sentence only when the narration does not go on after the closing mark (“…” she said.).
 *
 * @param text - the article text
 * @param quotes - its quoted spans (from `findQuotedSpans`)
 * @returns the sentences, in order
 *
 * @example
 * splitSentences('He left. “Yes,” she said. Fine.', []).length
 * //=> 3
 */
export function splitSentences(text: string, quotes: readonly QuotedSpan[]): Sentence[] {
  const inside = (i: number) => quotes.some((q) => q.depth === 0 && i >= q.start && i < q.end);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    const s = text.slice(start, end);
    const lead = s.length - s.trimStart().length;
    const trail = s.length - s.trimEnd().length;
    if (s.trim() !== '') sentences.push({ start: start + lead, end: end - trail, paragraph });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      push(i);
      paragraph++;
      start = i + 1;
      continue;
    }
    if ((ch === '.' || ch === '!' || ch === '?') && !inside(i)) {
      const after = text.slice(i + 1, i + 4);
      if (/^[”"’']?\s+[“"‘(]?[A-Z0-9]/u.test(after) || /^[”"’']?\s*$/.test(after)) {
        if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
        let end = i + 1;
        while (
          /[”"’']/.test(text[end] ?? '') &&
          inside(end - 1) === false &&
          end < text.length &&
          !/\s/.test(text[end] as string)
        )
          end++;
        push(end);
      }
    } else if (inside(i) && (ch === '.' || ch === '!' || ch === '?')) {
      // “… events.” Hong Lei said — a quotation closing a sentence that the narration does not continue.
      const close = quotes.find((q) => q.depth === 0 && q.end === i + 1);
      if (close) {
        const rest = text.slice(close.end + 1, close.end + 4);
        if (/^\s+[“"‘(]?[A-Z]/u.test(rest) || /^\s*$/.test(rest)) push(close.end + 1);
      }
    }
  }
  push(text.length);
  return sentences;
}
