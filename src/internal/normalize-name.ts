// One character at a time, never a run: a quantified Unicode class (`\p{M}+`) over a run of
// millions of characters overflows the regular expression engine's stack.
const MARK = /\p{M}/gu;
const APOSTROPHE = /[’'`´]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/** Words separated by single spaces, without spaces at the ends; linear, with no regular expression. */
function collapseSpaces(text: string): string {
  const words: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let end = text.indexOf(' ', i);
    if (end === -1) end = text.length;
    words.push(text.slice(i, end));
    i = end;
  }
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
  return collapseSpaces(
    name.normalize('NFKD').replace(MARK, '').toLowerCase().replace(APOSTROPHE, '').replace(NOT_LETTER_OR_DIGIT, ' '),
  );
}
