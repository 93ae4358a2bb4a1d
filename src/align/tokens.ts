import { normalizeName } from '../internal/normalize-name.js';
import { stem } from './stem.js';

// Words that carry no proposition of their own: articles, auxiliaries, pronouns, reporting verbs.
// Negations are left out too, because polarity is compared on its own.
const STOPWORDS = new Set(
  (
    'a an the of in on at to for with by from and or but as into onto about than then that this these those ' +
    'is are was were be been being has have had having will would shall should can could may might must do does did ' +
    'it its he him his she her hers they them their theirs we our us you your i me my who whom whose which what ' +
    'not no nor never any all some such there here also only very more most much many so if while after before ' +
    'say says said tell told according reportedly report reported reports'
  ).split(' '),
);

/**
 * The words of a text in search form, possessive "'s" dropped: "Kim Jong Un's visit" reads
 * `['kim', 'jong', 'un', 'visit']`.
 *
 * @param text - any text
 * @returns its words, lowercase, without accents or punctuation
 *
 * @example
 * words("Kim Jong Un's visit to Pyongyang")
 * //=> ['kim', 'jong', 'un', 'visit', 'to', 'pyongyang']
 */
export function words(text: string): string[] {
  const folded = normalizeName(text.replace(/['’]s\b/g, ''));
  return folded === '' ? [] : folded.split(' ');
}

/**
 * The content words of a text, stemmed: what two wordings of one proposition share.
 *
 * @param text - any text
 * @param skip - words to leave out (say, the words of actor names found in it)
 * @returns the stems, without stopwords
 *
 * @example
 * contentStems('Ann Lee is in hospital with pneumonia', new Set(['ann', 'lee']))
 * //=> ['hospital', 'pneumonia']
 */
export function contentStems(text: string, skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const word of words(text)) if (!STOPWORDS.has(word) && !skip.has(word)) out.push(stemOnce(word));
  return out;
}

// A corpus uses a few thousand words over and over: each is stemmed once (the cache is bounded).
const stems = new Map<string, string>();

function stemOnce(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    if (stems.size > 100_000) stems.clear();
    found = stem(word);
    stems.set(word, found);
  }
  return found;
}
