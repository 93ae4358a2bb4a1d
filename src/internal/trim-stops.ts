const isSpace = (ch: string) => /\s/.test(ch);

/**
 * A sentence without the full stops and white space at its end, for quoting it inside another
 * sentence. A loop rather than `/[.\s]+$/`, which backtracks over every long run of spaces.
 *
 * @param text - a sentence
 * @returns it without trailing `.` and white space
 *
 * @example
 * trimStops('Russia is a threat. ')
 * //=> 'Russia is a threat'
 */
export function trimStops(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || isSpace(text[end - 1] as string))) end--;
  return text.slice(0, end);
}
