import type { Factuality, Stance } from '../model/attribution.js';
import type { Cue } from '../speech/find-cues.js';
import type { QuotedSpan } from '../speech/quoted-spans.js';
import type { Sentence } from '../speech/sentences.js';
import { HEDGES } from '../speech/words.js';
import { resolveRelativeDate } from '../time/resolve-relative-date.js';

/** How a sentence reports what it reports: stance, factuality and the day it was said. */
export interface Manner {
  readonly stance: Stance;
  readonly factuality: Factuality;
  readonly said?: string;
  /** The relative expression the date was resolved from ("on Tuesday"). */
  readonly relative?: string;
  readonly notes: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HEDGE = new RegExp(`\\b(${Object.keys(HEDGES).map(escapeRegExp).join('|')})\\b`, 'i');
const DAY =
  /\b(?:(?:on|last|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last week|earlier this week)\b/;

/**
 * Reads the stance from the cue (denied, dismissed, rejected: denies; questioned whether: doubts),
 * the factuality from hedges anywhere in the sentence (reportedly, apparently, may…), and the day
 * said from a relative expression outside the quotations, resolved against the publication date.
 */
export function readManner(
  text: string,
  sentence: Sentence,
  quotes: readonly QuotedSpan[],
  cue: Cue | undefined,
  published: string | undefined,
): Manner {
  const notes: string[] = [];
  const whole = text.slice(sentence.start, sentence.end);
  let stance: Stance = cue?.stance ?? 'asserts';
  if (cue && /^question/.test(cue.cue) && /^\s*whether/.test(text.slice(cue.end, cue.end + 10))) stance = 'doubts';
  const hedge = HEDGE.exec(whole);
  const factuality: Factuality = hedge ? (HEDGES[(hedge[1] as string).toLowerCase()] ?? 'probable') : 'certain';
  if (hedge && stance === 'asserts') stance = 'hedges';
  if (hedge) notes.push(`Hedged by “${hedge[1]}”.`);
  let outside = whole;
  for (const q of quotes) {
    if (q.start >= sentence.start && q.end <= sentence.end) {
      const a = q.start - sentence.start;
      const b = q.end - sentence.start;
      outside = outside.slice(0, a) + ' '.repeat(b - a) + outside.slice(b);
    }
  }
  const day = DAY.exec(outside);
  if (!day || !published) return { stance, factuality, notes };
  const resolved = resolveRelativeDate(day[0], published);
  if (!resolved.ok || typeof resolved.value !== 'string') {
    notes.push(`“${day[0]}” could not be dated.`);
    return { stance, factuality, relative: day[0], notes };
  }
  notes.push(`Said “${day[0]}”, counted back from the publication date ${published}.`);
  return { stance, factuality, said: resolved.value, relative: day[0], notes };
}
