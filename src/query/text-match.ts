import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../internal/normalize-name.js';

/** Text in the form searches compare: no case, accents or punctuation, single spaces. */
export const searchForm = normalizeName;

/** A remembered word that the text does not have. */
const MISSING = 1;
/** A word of the text between remembered ones ("meet Kim [Jong Un in person] at any time"). */
const EXTRA = 0.3;

/** How far apart two words are, from 0 (the same) to 1 (nothing alike). */
const wordCost = (a: string, b: string) => (a === b ? 0 : distance(a, b) / Math.max(a.length, b.length));

/**
 * How well a remembered phrase matches a text, from 0 to 1. Both are in search form. 1 when the
 * phrase occurs in the text; otherwise the phrase's words are aligned with the best stretch of the
 * text's words, so that misspelt words ("strenghten"), forgotten words and added words each cost a
 * little: a missing word costs 1, a misspelt one its share of changed letters, an extra word of the
 * text in between 0.3; the score is one minus the cost per remembered word.
 *
 * @param phrase - the remembered words, in search form
 * @param text - the text searched, in search form
 * @returns 0 (no likeness) to 1 (the phrase occurs verbatim)
 *
 * @example
 * phraseScore('ready to meet kim at any time and without conditions',
 *   'to meet kim jong un in person at any time and without prior conditions')
 * //=> 0.75
 */
export function phraseScore(phrase: string, text: string): number {
  if (phrase === '') return 0;
  if (text.includes(phrase)) return 1;
  const want = phrase.split(' ');
  // A cheap gate: without one shared word of some length the text cannot be a good match.
  if (!want.some((w) => w.length >= 3 && text.includes(w))) return 0;
  const have = text.split(' ');
  // Semi-global alignment: the whole phrase against any stretch of the text. row[j] is the cost
  // of aligning the phrase's words so far with a stretch ending at the text's word j.
  let row = new Array<number>(have.length + 1).fill(0);
  for (let i = 1; i <= want.length; i++) {
    const word = want[i - 1] as string;
    const next = new Array<number>(have.length + 1);
    next[0] = i * MISSING;
    for (let j = 1; j <= have.length; j++) {
      next[j] = Math.min(
        (row[j - 1] as number) + wordCost(word, have[j - 1] as string),
        (row[j] as number) + MISSING,
        (next[j - 1] as number) + EXTRA,
      );
    }
    row = next;
  }
  let best = Number.POSITIVE_INFINITY;
  for (const cost of row) if (cost < best) best = cost;
  return Math.max(0, 1 - best / want.length);
}
