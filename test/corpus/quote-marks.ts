/**
 * Finds the quotation-mark pairs of a news text, so that tests can show that every quoted passage
 * is covered by an attribution. It knows curly double marks (“…”), straight double marks ("…") and
 * single marks used as quotes (‘…’, '…'), and tells a closing single mark from an apostrophe
 * (Kim’s, hasn’t, leaders’).
 */

/** A pair of quotation marks; `start`..`end` is the quoted text between them (end exclusive). */
export interface QuotePair {
  readonly open: number;
  readonly close: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A quotation mark with no partner. */
export interface LoneMark {
  readonly at: number;
  readonly mark: string;
  readonly kind: 'open' | 'close';
}

/** The pairs of a text, in order of their opening marks, and the marks left without a partner. */
export interface QuoteMarks {
  readonly pairs: QuotePair[];
  readonly unbalanced: LoneMark[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT.test(ch);
// A straight or single mark opens a quote where a word could begin: at the start or after a space,
// a line break or an opening bracket or dash.
const OPENS_AFTER = /[\s([{—–-]/u;
const opensHere = (before: string | undefined) => before === undefined || OPENS_AFTER.test(before);

type Family = 'double' | 'single';

/**
 * Finds quotation-mark pairs in `text`. An opening mark pairs with the next closing mark of its
 * family; a second opening mark before that closes is taken as nested (so “a “b” c leaves the
 * first mark unbalanced and pairs the second). A right single mark or straight apostrophe between
 * letters, or after a letter with no single quote open, is an apostrophe and no quotation mark.
 *
 * @param text - the text to scan
 * @returns the pairs, ordered by opening mark, and the marks that found no partner
 * @example
 * findQuoteMarks('He said “yes,” and ‘no’; Kim’s.').pairs.map((p) => p.text)
 * //=> ['yes,', 'no']
 */
export function findQuoteMarks(text: string): QuoteMarks {
  const open: Record<Family, number[]> = { double: [], single: [] };
  const pairs: QuotePair[] = [];
  const unbalanced: LoneMark[] = [];
  const closeAt = (family: Family, at: number) => {
    const from = open[family].pop();
    if (from === undefined) {
      unbalanced.push({ at, mark: text[at] as string, kind: 'close' });
      return;
    }
    pairs.push({ open: from, close: at, start: from + 1, end: at, text: text.slice(from + 1, at) });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const before = i > 0 ? text[i - 1] : undefined;
    const after = text[i + 1];
    if (ch === '“') open.double.push(i);
    else if (ch === '”') closeAt('double', i);
    else if (ch === '"') {
      if (open.double.length > 0 && !opensHere(before)) closeAt('double', i);
      else open.double.push(i);
    } else if (ch === '‘') {
      // ‘90s: an elision, not a quote
      if (!/\p{N}/u.test(after ?? '')) open.single.push(i);
    } else if (ch === '’' || ch === "'") {
      if (isWordChar(before) && isWordChar(after)) continue; // Kim’s, hasn’t
      if (open.single.length > 0 && !opensHere(before)) closeAt('single', i);
      else if (ch === "'" && opensHere(before) && isWordChar(after)) open.single.push(i);
      // otherwise a trailing apostrophe (leaders’) with no single quote open
    }
  }
  for (const family of ['double', 'single'] as const) {
    for (const at of open[family]) unbalanced.push({ at, mark: text[at] as string, kind: 'open' });
  }
  pairs.sort((a, b) => a.open - b.open);
  unbalanced.sort((a, b) => a.at - b.at);
  return { pairs, unbalanced };
}
