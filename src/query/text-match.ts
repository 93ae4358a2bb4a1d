import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../internal/normalize-name.js';

/** Text in the form searches compare: no case, accents or punctuation, single spaces. */
export const searchForm = normalizeName;

/**
 * How well a remembered phrase matches a text, from 0 to 1: 1 when the phrase occurs in it (in
 * search form), else one minus the edit distance of the best window over the phrase length.
 */
export function phraseScore(phrase: string, text: string): number {
  if (phrase === '') return 0;
  if (text.includes(phrase)) return 1;
  const words = phrase.split(' ');
  // A cheap gate: without one shared word of some length the text cannot be a good match.
  if (!words.some((w) => w.length >= 3 && text.includes(w))) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (let start = 0; start < Math.max(1, text.length - phrase.length + 1); start++) {
    if (start > 0 && text[start - 1] !== ' ') continue;
    const d = distance(phrase, text.slice(start, start + phrase.length));
    if (d < best) best = d;
  }
  return Math.max(0, 1 - best / phrase.length);
}
