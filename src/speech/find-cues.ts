import { CUES } from './words.js';

/** A reporting verb or phrase found in a text. */
export interface Cue {
  readonly start: number;
  readonly end: number;
  /** The cue as the word list has it, lowercase: "said", "according to". */
  readonly cue: string;
  readonly stance: 'asserts' | 'denies' | 'doubts';
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:${Object.keys(CUES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}-])`,
  'giu',
);

/**
 * The reporting cues of a stretch of text outside the given quoted spans ("said", "told reporters",
 * "according to", "dismissed … as").
 *
 * @param text - the article text
 * @param from - where to start looking
 * @param to - where to stop
 * @param skip - spans to leave out (the quotations)
 * @returns the cues, in order
 *
 * @example
 * findCues('“No,” she said.', 0, 15, [{ start: 1, end: 4 }]).map((c) => c.cue)
 * //=> ['said']
 */
export function findCues(
  text: string,
  from: number,
  to: number,
  skip: readonly { start: number; end: number }[],
): Cue[] {
  const cues: Cue[] = [];
  PATTERN.lastIndex = from;
  for (let m = PATTERN.exec(text); m && m.index < to; m = PATTERN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to || skip.some((s) => start < s.end && end > s.start)) continue;
    // "these claims", "his reports": the noun, not the verb.
    if (
      /\b(?:the|these|those|his|her|its|their|such|our|a|an|my|your)\s+$/i.test(
        text.slice(Math.max(0, start - 8), start),
      )
    )
      continue;
    const cue = m[0].toLowerCase();
    cues.push({ start, end, cue, stance: CUES[cue] ?? 'asserts' });
  }
  return cues;
}
