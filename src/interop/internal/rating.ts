import { type Rating, RatingSchema, type Stance } from '../../model/attribution.js';
import type { JsonObject, SchemaOrgReader } from './schema-org-reader.js';

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

/** A schema.org `Rating` as claimtrail keeps it. */
export interface PublishedRating {
  /** The verdict as published; absent when the rating has neither words nor a value. */
  readonly rating?: Rating;
  readonly verdict: Verdict;
  /** What the rating holds that `rating` cannot: its numbers when they are off its own scale. */
  readonly note?: string;
  /** True when the value lies outside the rating's own scale, so that only the words were kept. */
  readonly offScale: boolean;
}

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads a schema.org `Rating` node into an attribution's `rating` (words from `alternateName`,
 * else `name`; `ratingValue`, `bestRating` and `worstRating` only where given) and its stance
 * (see `readRating`). A rating without words is labelled by its value on its scale.
 *
 * @param reader - the reader of the document the node is in
 * @param node - the `reviewRating` node
 * @returns the rating as published, the verdict, and a note for what the rating cannot hold
 * @throws nothing
 * @example
 * readReviewRating(reader, { '@type': 'Rating', ratingValue: 1, worstRating: 1, bestRating: 6, alternateName: 'Pants on Fire!' }).rating
 * //=> { label: 'Pants on Fire!', value: 1, best: 6, worst: 1 }
 */
export function readReviewRating(reader: SchemaOrgReader, node: JsonObject): PublishedRating {
  const value = numberOf(reader.text(node, 'ratingValue'));
  const best = numberOf(reader.text(node, 'bestRating'));
  const worst = numberOf(reader.text(node, 'worstRating'));
  const words = reader.text(node, 'alternateName') ?? reader.text(node, 'name');
  const verdict = readRating(words, value, best ?? 5, worst ?? 1);
  if (words === undefined && value === undefined) {
    return { verdict, note: 'Rated without words or a value.', offScale: false };
  }
  const rating: Rating = {
    label: words ?? verdict.label,
    ...(value !== undefined ? { value } : {}),
    ...(best !== undefined ? { best } : {}),
    ...(worst !== undefined ? { worst } : {}),
  };
  if (RatingSchema.safeParse(rating).success) return { rating, verdict, offScale: false };
  return {
    rating: { label: rating.label },
    verdict,
    note: `Rated ${value} on a scale from ${worst ?? 1} to ${best ?? 5}.`,
    offScale: true,
  };
}
