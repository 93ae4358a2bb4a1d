import { trimEndChars } from '../internal/trim-end-chars.js';
import { findCues } from './find-cues.js';
import type { QuotedSpan } from './quoted-spans.js';
import type { Sentence } from './sentences.js';
import { NICKNAME_CUES, TITLE_CUES } from './words.js';

/** Whether a quotation is someone's words, and if not, what it is. */
export type SpeechJudgement =
  | { readonly speech: true }
  | { readonly speech: false; readonly reason: 'title' | 'nickname' | 'scare-quote' };

const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by']);

const isTitleCase = (words: readonly string[]) =>
  words.length >= 2 && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase())));

/**
 * Judges whether a quoted passage is speech: titles of works ("the film “Past Lives”"), nicknames
 * (Dwayne “The Rock” Johnson, dubbed “the Iron Lady”) and scare quotes (a few words in a sentence
 * that credits nobody with them) are not.
 *
 * @param text - the article text
 * @param span - the quotation
 * @param sentence - the sentence it stands in
 * @param quotes - every quotation of the text, so that cues inside them are not counted
 * @returns the judgement
 *
 * @example
 * judgeSpeech(text, span, sentence, spans) // for 'She starred in the film “Past Lives”.'
 * //=> { speech: false, reason: 'title' }
 */
export function judgeSpeech(
  text: string,
  span: QuotedSpan,
  sentence: Sentence,
  quotes: readonly QuotedSpan[],
): SpeechJudgement {
  const inner = text.slice(span.start, span.end).trim();
  const words = trimEndChars(inner, (ch) => ',.;:!?'.includes(ch))
    .split(/\s+/)
    .filter(Boolean);
  const before = text.slice(Math.max(sentence.start, span.start - 40), span.start - 1).toLowerCase();
  const lastWords = before
    .split(/[^\p{L}.-]+/u)
    .filter(Boolean)
    .slice(-3);
  const charBefore = text.slice(Math.max(0, span.start - 3), span.start - 1);
  const charAfter = text.slice(span.end + 1, span.end + 3);
  if (
    /\p{Lu}\p{Ll}+ $/u.test(text.slice(span.start - 12, span.start - 1)) &&
    /^ \p{Lu}/u.test(charAfter) &&
    words.length <= 3
  )
    return { speech: false, reason: 'nickname' };
  if (
    [...NICKNAME_CUES].some((cue) =>
      new RegExp(`(?:^|\\s)${cue.replace('.', '\\.')}(?:\\s+(?:it|him|her|them|this|the\\s+\\w+))?\\s*$`).test(before),
    )
  )
    return { speech: false, reason: 'nickname' };
  if (lastWords.some((w) => TITLE_CUES.has(w)) && (isTitleCase(words) || words.length <= 6) && !/[.!?]$/.test(inner))
    return { speech: false, reason: 'title' };
  const cues = findCues(
    text,
    sentence.start,
    sentence.end,
    quotes.filter((q) => q.depth === 0),
  );
  if (isTitleCase(words) && cues.length === 0 && !/[.!?,]$/.test(inner)) return { speech: false, reason: 'title' };
  const sentenceLike = words.length >= 4 || /[.!?,]$/.test(inner);
  if (!sentenceLike && cues.length === 0 && !/[:,]\s*$/.test(charBefore))
    return { speech: false, reason: 'scare-quote' };
  return { speech: true };
}
