import { lastIndexWhere } from '../internal/last-index-where.js';
/** A passage of a text between quotation marks. */
export interface QuotedSpan {
  /** Offset of the first character inside the marks. */
  readonly start: number;
  /** Offset just past the last character inside the marks. */
  readonly end: number;
  /** Double marks (“ ” " « ») or single marks (‘ ’ ' ‹ ›). */
  readonly marks: 'double' | 'single';
  /** How many quotations enclose this one: 0 for an outer quotation. */
  readonly depth: number;
  /** The opening mark had no closing mark of its own and ends at a later one (an editing slip). */
  readonly unbalanced: boolean;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined) => ch === undefined || /[\s([{\-–—/]/u.test(ch);

interface Open {
  readonly at: number;
  readonly marks: 'double' | 'single';
}

/**
 * Finds the quoted passages of a text, paragraph by paragraph: curly and straight marks, double and
 * single, guillemets, nested quotations. A closing single curly mark inside a word (Kim’s) is an
 * apostrophe, not a mark. An opening mark left without its own closing mark ends at the last
 * closing mark of its paragraph, as a reader would take it.
 *
 * @param text - the article text
 * @returns the quoted spans, by start
 *
 * @example
 * findQuotedSpans('She said “no ‘deal’ today.”').map((s) => text.slice(s.start, s.end))
 * //=> ['no ‘deal’ today.', 'deal']
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const paragraphs = /[^\n]+/g;
  for (let m = paragraphs.exec(text); m; m = paragraphs.exec(text)) {
    spans.push(...spansOfParagraph(text, m.index, m.index + m[0].length));
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

function spansOfParagraph(text: string, from: number, to: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const stack: Open[] = [];
  const orphans: Open[] = [];
  let lastClose = -1;
  const close = (marks: 'double' | 'single', at: number): boolean => {
    const index = lastIndexWhere(stack, (o) => o.marks === marks);
    if (index === -1) return false;
    // Opening marks of the same kind above the one closed never got their own closing mark.
    const open = stack[index] as Open;
    for (const left of stack.splice(index)) if (left !== open) orphans.push(left);
    if (at > open.at + 1) spans.push({ start: open.at + 1, end: at, marks, depth: stack.length, unbalanced: false });
    lastClose = at;
    return true;
  };
  const openCount = (marks: 'double' | 'single') => stack.filter((o) => o.marks === marks).length;
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    const before = text[i - 1];
    const after = i + 1 < to ? text[i + 1] : undefined;
    if (ch === '“' || ch === '„' || ch === '«') {
      if (ch === '„' || ch === '«' || !(openCount('double') > 0 && !isLetter(after) && after !== '‘')) {
        stack.push({ at: i, marks: 'double' });
        continue;
      }
    }
    if (ch === '”' || ch === '»' || ch === '“') {
      close('double', i);
      continue;
    }
    if (ch === '"') {
      const opens = isSpaceOrStart(before) || (openCount('double') === 0 && !isSpaceOrStart(after));
      if (openCount('double') > 0 && !(isSpaceOrStart(before) && isLetter(after))) close('double', i);
      else if (opens) stack.push({ at: i, marks: 'double' });
      continue;
    }
    if (ch === '‘' || ch === '‹') {
      stack.push({ at: i, marks: 'single' });
      continue;
    }
    if (ch === '’' || ch === '›' || ch === "'") {
      if (ch === "'" && isSpaceOrStart(before) && isLetter(after) && openCount('single') === 0) {
        stack.push({ at: i, marks: 'single' });
        continue;
      }
      // An apostrophe (Kim’s, don't) is followed by a letter; a closing mark is not.
      if (!isLetter(after) && openCount('single') > 0 && !isSpaceOrStart(before)) close('single', i);
    }
  }
  for (const open of [...orphans, ...stack]) {
    if (open.marks === 'double' && lastClose > open.at + 1) {
      spans.push({ start: open.at + 1, end: lastClose, marks: 'double', depth: 0, unbalanced: true });
    }
  }
  // An unbalanced quotation encloses the ones inside it.
  return spans.map((s) =>
    s.unbalanced ? s : { ...s, depth: spans.filter((o) => o !== s && o.start < s.start && o.end >= s.end).length },
  );
}
