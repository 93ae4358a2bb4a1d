import { normalizeName } from './normalize-name.js';

/**
 * Letters from other scripts that print like Latin ones (after Unicode's confusables.txt, the
 * part that matters for names in Latin script). Fullwidth and mathematical letters are not listed:
 * NFKD already folds them.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'E',
  Н: 'H',
  І: 'I',
  Ї: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  С: 'C',
  Ѕ: 'S',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ү: 'Y',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Greek
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Armenian and Latin look-alikes outside ASCII
  օ: 'o',
  ս: 'u',
  ı: 'i',
  ȷ: 'j',
  ɡ: 'g',
  ɑ: 'a',
  ǀ: 'l',
};

/** Characters that print as nothing, or only move text around. Named so that people can find them. */
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u00a0': 'no-break space',
  '\u00ad': 'soft hyphen',
  '\u034f': 'combining grapheme joiner',
  '\u061c': 'Arabic letter mark',
  '\u180e': 'Mongolian vowel separator',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\ufeff': 'zero-width no-break space (byte order mark)',
};

// Format characters (Cf), variation selectors and the joiner above: none of them shows.
const INVISIBLE = /\p{Cf}|\u034f|\u180e|\p{Variation_Selector}/u;
const INVISIBLE_ALL = /\p{Cf}|\u034f|\u180e|\p{Variation_Selector}/gu;

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic', 'Han', 'Hangul', 'Hiragana', 'Katakana'];
const SCRIPT_TESTS = SCRIPTS.map((name) => ({ name, test: new RegExp(`^\\p{Script=${name}}$`, 'u') }));

/**
 * The script a letter belongs to, among the common ones.
 *
 * @param ch - one character
 * @returns `Latin`, `Cyrillic`, `Greek`, `Han`, ...; undefined for other characters
 *
 * @example
 * scriptOf('а')
 * //=> 'Cyrillic'
 */
export function scriptOf(ch: string): string | undefined {
  return SCRIPT_TESTS.find((s) => s.test.test(ch))?.name;
}

/**
 * How people look a character up.
 *
 * @param ch - one character
 * @returns its code point as `U+XXXX`
 *
 * @example
 * codePointLabel('а')
 * //=> 'U+0430'
 */
export function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Whether a character prints as nothing: zero-width characters, direction marks, the soft hyphen.
 *
 * @param ch - one character
 * @returns true for invisible formatting characters (a no-break space is visible)
 *
 * @example
 * isInvisible('\u200f')
 * //=> true
 */
export function isInvisible(ch: string): boolean {
  // A no-break space shows as a space; it is named above only to be described.
  return ch !== '\u00a0' && (Object.hasOwn(INVISIBLE_NAMES, ch) || INVISIBLE.test(ch));
}

/**
 * The Latin letter a character is easily taken for.
 *
 * @param ch - one character
 * @returns the Latin letter, or undefined when `ch` is not a known look-alike
 *
 * @example
 * latinLookalike('о')
 * //=> 'o'
 */
export function latinLookalike(ch: string): string | undefined {
  return Object.hasOwn(LOOKALIKES, ch) ? LOOKALIKES[ch] : undefined;
}

/**
 * A character described for a reader: `a Cyrillic small letter "а" (U+0430), which looks like the
 * Latin "a"`, `an invisible right-to-left mark (U+200F)`.
 *
 * @param ch - one character
 * @returns a phrase naming it, its code point, and the Latin letter it imitates if any
 *
 * @example
 * describeCharacter('\u200f')
 * //=> 'an invisible right-to-left mark (U+200F)'
 */
export function describeCharacter(ch: string): string {
  const code = codePointLabel(ch);
  if (Object.hasOwn(INVISIBLE_NAMES, ch)) {
    const name = INVISIBLE_NAMES[ch] as string;
    return ch === '\u00a0' ? `a ${name} (${code})` : `an invisible ${name} (${code})`;
  }
  if (INVISIBLE.test(ch)) return `an invisible formatting character (${code})`;
  const folded = ch.normalize('NFKC');
  if (folded !== ch && /^[!-~]+$/.test(folded))
    return `the character "${ch}" (${code}), a wide or styled form of "${folded}"`;
  const script = scriptOf(ch);
  const lookalike = latinLookalike(ch);
  const letterCase = ch !== ch.toLowerCase() ? 'capital' : ch !== ch.toUpperCase() ? 'small' : '';
  const what = script ? `${script} ${letterCase ? `${letterCase} ` : ''}letter` : 'character';
  const article = /^[AEIOU]/.test(what) ? 'an' : 'a';
  return `${article} ${what} "${ch}" (${code})${lookalike ? `, which looks like the Latin "${lookalike}"` : ''}`;
}

/** A non-ASCII character of a string and where it stands (a UTF-16 index, counted from 0). */
export interface OddCharacter {
  readonly index: number;
  readonly char: string;
  readonly description: string;
}

/**
 * The characters of a string outside printable ASCII, described, in order.
 *
 * @param value - any string
 * @param limit - how many to list at most
 * @returns each odd character with its index and description
 *
 * @example
 * nonAsciiCharacters('kim\u200b').map((c) => c.index)
 * //=> [3]
 */
export function nonAsciiCharacters(value: string, limit = 5): OddCharacter[] {
  const found: OddCharacter[] = [];
  let index = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code > 0x7e) {
      found.push({
        index,
        char,
        description:
          code < 0x20 || code === 0x7f ? `a control character (${codePointLabel(char)})` : describeCharacter(char),
      });
      if (found.length >= limit) break;
    }
    index += char.length;
  }
  return found;
}

/**
 * A string with its invisible characters removed and its look-alike letters replaced by the
 * Latin ones they imitate (after NFKC, so wide letters become plain ones).
 *
 * @param value - any string
 * @returns the ASCII string it imitates, or undefined when something outside ASCII remains
 *
 * @example
 * asciiLookalike('kim-jоng-un\u200b')
 * //=> 'kim-jong-un'
 */
export function asciiLookalike(value: string): string | undefined {
  let out = '';
  for (const char of value.normalize('NFKC')) {
    if (isInvisible(char)) continue;
    out += latinLookalike(char) ?? char;
  }
  return /^[\x20-\x7e]*$/.test(out) ? out : undefined;
}

/**
 * The form in which look-alike names meet: invisible characters dropped, look-alike letters
 * mapped to Latin, then compared as names are (case, diacritics and punctuation ignored).
 *
 * @param name - a name or alias
 * @returns its skeleton; two names with the same skeleton look alike
 *
 * @example
 * nameSkeleton('Kim Jоng\u200b Un') === nameSkeleton('Kim Jong Un')
 * //=> true
 */
export function nameSkeleton(name: string): string {
  let out = '';
  for (const char of name.normalize('NFKD').replace(INVISIBLE_ALL, '')) out += latinLookalike(char) ?? char;
  return normalizeName(out);
}

/**
 * The first word of a name that mixes letters of several scripts ("Kіm": Latin and Cyrillic),
 * with those scripts. Names written wholly in one script, or with words in different scripts
 * (and Japanese, which mixes kanji and kana), pass.
 *
 * @param name - a name or alias
 * @returns the word and its scripts, or undefined when no word mixes scripts
 *
 * @example
 * mixedScriptWord('Vlаdimir Putin')
 * //=> { word: 'Vlаdimir', scripts: ['Latin', 'Cyrillic'] }
 */
export function mixedScriptWord(name: string): { word: string; scripts: string[] } | undefined {
  for (const word of name.normalize('NFC').split(/[^\p{L}\p{M}]+/u)) {
    const scripts = new Set<string>();
    for (const char of word) {
      const script = scriptOf(char);
      if (script) scripts.add(script);
    }
    // Han with Hiragana or Katakana is ordinary Japanese.
    const japanese = [...scripts].every((s) => s === 'Han' || s === 'Hiragana' || s === 'Katakana');
    if (scripts.size > 1 && !japanese) return { word, scripts: [...scripts] };
  }
  return undefined;
}

/**
 * Makes a value safe to quote in a message: invisible and control characters are shown as
 * `<U+200B>`, and a long value is cut with an ellipsis and its length.
 *
 * @param value - any string
 * @param max - how many characters to show at most
 * @returns the printable form
 *
 * @example
 * visible('kim\u200b')
 * //=> 'kim<U+200B>'
 */
export function visible(value: string, max = 80): string {
  let out = '';
  let shown = 0;
  for (const char of value) {
    if (shown >= max) {
      return `${out}… (${value.length} characters)`;
    }
    const code = char.codePointAt(0) ?? 0;
    out += code < 0x20 || code === 0x7f || isInvisible(char) ? `<${codePointLabel(char)}>` : char;
    shown++;
  }
  return out;
}
