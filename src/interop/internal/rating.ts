import type { Stance } from '../../model/attribution.js';

/** What a fact-checker's rating says about the claim, in claimtrail's terms. */
export interface Verdict {
  readonly stance: Stance;
  /** The rating as the fact-checker words it, or its number on its scale, for messages and notes. */
  readonly label: string;
  /** False when neither the wording nor the numbers could be read; the stance is then `doubts`. */
  readonly understood: boolean;
}

// Tried in this order, so that "partly false" doubts, "mostly false" and "incorrect" deny, and
// "mostly true" asserts.
const WORDS: readonly [RegExp, Stance][] = [
  [
    /\b(mislead|mixed|mixture|half|partly|partially|unproven|unsupported|unverified|missing context|needs context|lacks context|out of context|exaggerat|cherry|satire)/,
    'doubts',
  ],
  [
    /\b(false|fake|incorrect|inaccurate|wrong|pants on fire|fabricated|hoax|not true|untrue|baseless|debunked|no evidence)/,
    'denies',
  ],
  [/\b(true|correct|accurate)\b/, 'asserts'],
];

/**
 * Reads a schema.org `Rating` as a stance: the fact-checker denies a claim rated false, asserts
 * one rated true and doubts one rated half true or misleading. The wording (`alternateName`,
 * `name`) is read first, since publishers' numeric scales differ; else `ratingValue` between
 * `worstRating` and `bestRating` (schema.org defaults 1 and 5): the bottom third denies, the top
 * third asserts, the middle doubts.
 *
 * @param label - the rating's wording, e.g. "Mostly false"
 * @param value - `ratingValue`
 * @param best - `bestRating`
 * @param worst - `worstRating`
 * @returns the stance and whether the rating could be read at all
 * @throws nothing
 * @example
 * readRating('Mostly False').stance
 * //=> 'denies'
 */
export function readRating(label: string | undefined, value?: number, best = 5, worst = 1): Verdict {
  const words = (label ?? '').toLowerCase();
  const described = label ?? (value !== undefined ? `${value} on a scale from ${worst} to ${best}` : 'unrated');
  for (const [pattern, stance] of WORDS) if (pattern.test(words)) return { stance, label: described, understood: true };
  if (value !== undefined && Number.isFinite(value) && best !== worst) {
    const score = (value - worst) / (best - worst);
    if (score >= 0 && score <= 1) {
      const stance: Stance = score <= 1 / 3 ? 'denies' : score >= 2 / 3 ? 'asserts' : 'doubts';
      return { stance, label: described, understood: true };
    }
  }
  return { stance: 'doubts', label: described, understood: false };
}
