/** A text folded for tolerant matching, with the original offset of every folded character. */
export interface FoldedText {
  readonly text: string;
  /** offsets[i] is where folded character i starts in the original; offsets[text.length] is its length. */
  readonly offsets: readonly number[];
}

const SINGLE_QUOTES = /[‘’‚‛′`´]/u;
const DOUBLE_QUOTES = /[“”„‟″«»]/u;
const DASHES = /[‐‑‒–—―−]/u;
const SPACE = /\s/u;
// Soft hyphens, zero-width spaces and joiners, word joiners and the byte order mark: invisible,
// inserted by editors and hyphenation, never part of the words.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;

function foldChar(ch: string): string {
  // Most characters are plain ASCII, which folds to itself (but for the backtick); skip the tests.
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 96 ? "'" : ch;
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (ch === '…') return '...';
  if (INVISIBLE.test(ch)) return '';
  return ch.normalize('NFKD');
}

/**
 * Folds typographic variation away so that a quote typed with straight quotes, hyphens or
 * precomposed accents still matches a text with curly quotes, dashes or decomposed accents, and
 * runs of whitespace count as one space; soft hyphens and zero-width characters are dropped. Case and letters are kept: the words must be the same.
 */
export function foldText(original: string): FoldedText {
  let text = '';
  const offsets: number[] = [];
  let lastWasSpace = false;
  let i = 0;
  for (const ch of original) {
    const code = ch.charCodeAt(0);
    const isSpace = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(ch);
    if (isSpace) {
      if (!lastWasSpace) {
        text += ' ';
        offsets.push(i);
      }
      lastWasSpace = true;
    } else {
      const folded = foldChar(ch);
      for (let k = 0; k < folded.length; k++) offsets.push(i);
      text += folded;
      lastWasSpace = false;
    }
    i += ch.length;
  }
  offsets.push(original.length);
  return { text, offsets };
}

/** Every start index of `needle` in `haystack`. */
export function allIndexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}
