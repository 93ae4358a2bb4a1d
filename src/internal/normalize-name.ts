// One character at a time, never a run: a quantified Unicode class (`\p{M}+`) over a run of
// millions of characters overflows the regular expression engine's stack.
const MARK = /\p{M}/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const APOSTROPHES = new Set(['’', "'", '`', '´']);

/**
 * The words of a lowercased text: runs of letters and digits, apostrophes dropped from inside
 * them, joined by single spaces. One linear pass; ASCII is classified without a regular expression.
 */
function wordsOf(text: string): string {
  const words: string[] = [];
  let word = '';
  let runStart = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let length = 1;
    let kind: 'keep' | 'drop' | 'split';
    if (code < 128) {
      kind =
        (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
          ? 'keep'
          : code === 39 || code === 96
            ? 'drop'
            : 'split';
    } else {
      length = (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      const ch = text.slice(i, i + length);
      kind = APOSTROPHES.has(ch) ? 'drop' : LETTER_OR_DIGIT.test(ch) ? 'keep' : 'split';
    }
    if (kind === 'keep') {
      if (runStart < 0) runStart = i;
    } else {
      if (runStart >= 0) word += text.slice(runStart, i);
      runStart = -1;
      if (kind === 'split' && word !== '') {
        words.push(word);
        word = '';
      }
    }
    i += length;
  }
  if (runStart >= 0) word += text.slice(runStart);
  if (word !== '') words.push(word);
  return words.join(' ');
}

const NOT_ASCII = /\P{ASCII}/u;
/**
 * Per ASCII code: the lowercase letter or digit it stands for, 1 for an apostrophe (dropped) or 0
 * for anything else (it splits words).
 */
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  const kept = (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57);
  ASCII_CLASS[code] = kept ? lower : code === 39 || code === 96 ? 1 : 0;
}
let asciiBuffer = new Uint8Array(1024);
const asciiDecoder = new TextDecoder();

/**
 * What {@link wordsOf} makes of a lowercased ASCII text, for any ASCII text: NFKD and the removal
 * of marks leave ASCII as it is, so one pass over the codes into a reused buffer does it all.
 * Source texts are mostly ASCII, and `speaker-not-in-source` normalises every one of them.
 */
function asciiWords(text: string): string {
  if (asciiBuffer.length < text.length) asciiBuffer = new Uint8Array(text.length * 2);
  const out = asciiBuffer;
  let n = 0;
  let split = false;
  for (let i = 0; i < text.length; i++) {
    const kind = ASCII_CLASS[text.charCodeAt(i)] as number;
    if (kind > 1) {
      if (split) {
        out[n++] = 32;
        split = false;
      }
      out[n++] = kind;
    } else if (kind === 0 && n > 0) split = true;
  }
  return asciiDecoder.decode(out.subarray(0, n));
}

/**
 * The form names are compared in: case, diacritics, hyphens and punctuation do not count, so
 * "Kim Jong-un", "KIM JONG UN" and "Kim  Jong Un" meet, and "Budánov" finds "Budanov". Linear in
 * the name's length, however long it is.
 *
 * @param name - a name or a text
 * @returns its words, lowercase, without marks or punctuation, separated by single spaces
 *
 * @example
 * normalizeName('Kim  Jong-un’s')
 * //=> 'kim jong uns'
 */
export function normalizeName(name: string): string {
  if (!NOT_ASCII.test(name)) return asciiWords(name);
  return wordsOf(name.normalize('NFKD').replace(MARK, '').toLowerCase());
}
