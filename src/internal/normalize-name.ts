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
  return wordsOf(name.normalize('NFKD').replace(MARK, '').toLowerCase());
}
