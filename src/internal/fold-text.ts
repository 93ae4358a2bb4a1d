/** A text folded for tolerant matching, with the original offset of every folded character. */
export interface FoldedText {
  readonly text: string;
  /** offsets[i] is where folded character i starts in the original; offsets[text.length] is its length. */
  readonly offsets: ArrayLike<number>;
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
  // Linear in the text: plain ASCII runs are copied whole, the folded text is joined once at the
  // end and the offsets go into a typed array grown by doubling (a 60 MB text folded character
  // by character into a concatenated string took seconds per megabyte).
  const pieces: string[] = [];
  let offsets = new Uint32Array(original.length + 1);
  let n = 0;
  const room = (more: number) => {
    if (n + more + 1 <= offsets.length) return;
    const bigger = new Uint32Array(Math.max(offsets.length * 2, n + more + 1));
    bigger.set(offsets);
    offsets = bigger;
  };
  let lastWasSpace = false;
  const length = original.length;
  for (let i = 0; i < length; ) {
    let j = i;
    while (j < length) {
      const code = original.charCodeAt(j);
      if (code >= 128 || code === 96 || code === 32 || (code >= 9 && code <= 13)) break;
      j++;
    }
    if (j > i) {
      room(j - i);
      pieces.push(j - i === length ? original : original.slice(i, j));
      for (let k = i; k < j; k++) offsets[n++] = k;
      lastWasSpace = false;
      i = j;
      continue;
    }
    const point = original.codePointAt(i) as number;
    const ch = point > 0xffff ? original.slice(i, i + 2) : (original[i] as string);
    const code = ch.charCodeAt(0);
    const isSpace = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(ch);
    if (isSpace) {
      if (!lastWasSpace) {
        room(1);
        pieces.push(' ');
        offsets[n++] = i;
      }
      lastWasSpace = true;
    } else {
      const folded = foldChar(ch);
      room(folded.length);
      for (let k = 0; k < folded.length; k++) offsets[n++] = i;
      pieces.push(folded);
      lastWasSpace = false;
    }
    i += ch.length;
  }
  offsets[n] = length;
  return { text: pieces.join(''), offsets: offsets.subarray(0, n + 1) };
}

/** Every start index of `needle` in `haystack`. */
export function allIndexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}
