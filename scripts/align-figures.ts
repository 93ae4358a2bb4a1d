// Precision and recall of alignment suggestions against gold pairs; used by eval-align.ts and its test.
import type { AlignSuggestion } from '../src/align/align-claims.js';

const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * How suggestions compare with gold pairs (order within a pair does not count).
 *
 * @param suggestions - what alignClaims suggested
 * @param gold - the pairs that state one proposition
 * @returns counts, precision, recall and F1, with the wrong and the missed pairs
 */
export function alignmentFigures(
  suggestions: readonly AlignSuggestion[],
  gold: readonly (readonly [string, string])[],
) {
  const wanted = new Set(gold.map(([a, b]) => key(a, b)));
  const got = new Set(suggestions.map((s) => key(s.a, s.b)));
  const truePositives = [...got].filter((k) => wanted.has(k)).length;
  const precision = got.size === 0 ? 1 : truePositives / got.size;
  const recall = wanted.size === 0 ? 1 : truePositives / wanted.size;
  return {
    truePositives,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    falsePositives: suggestions.filter((s) => !wanted.has(key(s.a, s.b))),
    missed: gold.filter(([a, b]) => !got.has(key(a, b))),
  };
}
