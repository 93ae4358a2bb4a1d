function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * The number of Unicode code points in the first `offset` UTF-16 code units of `text` (what
 * `[...text.slice(0, offset)].length` gives, without the copy). claimtrail anchors count UTF-16
 * code units (JavaScript string indices); the W3C Web Annotation TextPositionSelector counts code
 * points, so every character outside the Basic Multilingual Plane (an emoji, a rare CJK
 * ideograph) before a quote shifts the two apart by one.
 */
export function codePointOffset(text: string, offset: number): number {
  const stop = Math.min(offset, text.length);
  let points = 0;
  for (let i = 0; i < stop; points++) {
    i += isHigh(text.charCodeAt(i)) && i + 1 < stop && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return points;
}

/**
 * The UTF-16 offset at which code point number `points` of `text` starts: the inverse of
 * {@link codePointOffset}, for reading Web Annotation positions back.
 */
export function utf16Offset(text: string, points: number): number {
  let i = 0;
  for (let n = 0; n < points && i < text.length; n++) {
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}
