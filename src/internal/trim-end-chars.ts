/**
 * A string without the run of characters at its end that `drop` accepts. A loop rather than a
 * `/[…]+$/` replace, which backtracks over every long run of those characters that is not at the
 * end.
 *
 * @param text - any string
 * @param drop - which characters to take off the end
 * @returns `text` without its trailing run of such characters
 *
 * @example
 * trimEndChars('Kim said.,;', (ch) => ',.;'.includes(ch))
 * //=> 'Kim said'
 */
export function trimEndChars(text: string, drop: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
