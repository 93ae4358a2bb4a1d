import type { Quote } from '../model/attribution.js';
import { allIndexesOf, type FoldedText, foldText } from './fold-text.js';
import { wholeCharacters } from './whole-characters.js';

/** A place of the words in the text, in the text's own offsets. */
export interface Place {
  readonly start: number;
  readonly end: number;
}

/** Every place of `words` in `text` (folded comparison), in the text's own offsets, trailing space trimmed. */
export function exactPlaces(text: string, words: string, folded: FoldedText = foldText(text)): Place[] {
  const wanted = foldText(words).text.trim();
  return allIndexesOf(folded.text, wanted).map((i) => {
    const start = folded.offsets[i] as number;
    let end = folded.offsets[i + wanted.length] as number;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    return { start, end };
  });
}

/**
 * The Quote for the place `start`–`end` of a text: the text's own characters and `context`
 * characters of prefix and suffix.
 */
export function quoteAt(text: string, start: number, end: number, context = 32): Quote {
  return {
    text: text.slice(start, end),
    start,
    end,
    prefix: wholeCharacters(text.slice(Math.max(0, start - context), start)),
    suffix: wholeCharacters(text.slice(end, end + context)),
  };
}
