/**
 * Drops a half surrogate pair that a cut left at either end of a slice, so a prefix or suffix
 * taken by UTF-16 offset is well-formed text (an emoji at the cut is left out, not halved).
 *
 * @param slice - a slice of a longer text
 * @returns the slice without a lone surrogate at its start or end
 * @example
 * wholeCharacters('\udc4b hello')
 * //=> ' hello'
 */
export function wholeCharacters(slice: string): string {
  let out = slice;
  if (/^[\udc00-\udfff]/.test(out)) out = out.slice(1);
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  return out;
}
