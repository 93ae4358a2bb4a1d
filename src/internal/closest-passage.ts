import { distance } from 'fastest-levenshtein';

/** The passage of a text most like a wanted string, and how many edits apart they are. */
export interface NearMiss {
  readonly start: number;
  readonly end: number;
  readonly edits: number;
}

/**
 * Finds the window of `text` closest to `wanted` by edit distance, trying windows that start at
 * word starts and are as long as `wanted`. Linear in the text for a fixed quote length.
 */
export function closestPassage(text: string, wanted: string): NearMiss | undefined {
  if (wanted.length === 0 || text.length === 0) return undefined;
  // Windows are compared on at most the first 64 characters: the cost of each comparison grows
  // with the square of its length, and a long quote against a long text would otherwise run for
  // minutes. The edits of the best window are then counted on the whole quote.
  const probe = wanted.length > 64 ? wanted.slice(0, 64) : wanted;
  let best: NearMiss | undefined;
  for (let start = 0; start < text.length; start++) {
    if (start > 0 && !/[\s"'([-]/.test(text[start - 1] as string)) continue;
    const end = Math.min(text.length, start + probe.length);
    const edits = distance(text.slice(start, end), probe);
    if (!best || edits < best.edits) best = { start, end, edits };
    if (edits === 0) break;
  }
  if (!best || probe === wanted) return best;
  const end = Math.min(text.length, best.start + wanted.length);
  return { start: best.start, end, edits: distance(text.slice(best.start, end), wanted) };
}
