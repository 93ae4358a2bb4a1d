import { type Node, parseTree } from 'jsonc-parser';
import { lineStarts, type Position, positionAt } from '../internal/position.js';
import type { FieldPath } from './origin.js';

/** Where a value stands in a JSON text, and where its key does. */
interface JsonPlace {
  readonly valueOffset: number;
  readonly keyOffset?: number;
}

/** The place of a path in a jsonc-parser tree; of two equal keys the last, as JSON.parse keeps it. */
function placeOf(root: Node | undefined, path: FieldPath): JsonPlace | undefined {
  let node = root;
  let keyOffset: number | undefined;
  for (const segment of path) {
    if (!node?.children) return undefined;
    if (typeof segment === 'string') {
      if (node.type !== 'object') return undefined;
      let match: Node | undefined;
      for (const property of node.children) if (property.children?.[0]?.value === segment) match = property;
      if (match?.children?.[1] === undefined) return undefined;
      keyOffset = match.children[0]?.offset;
      node = match.children[1];
    } else {
      if (node.type !== 'array') return undefined;
      node = node.children[segment];
      keyOffset = undefined;
    }
  }
  if (!node) return undefined;
  return keyOffset === undefined ? { valueOffset: node.offset } : { valueOffset: node.offset, keyOffset };
}

/**
 * Positions of values and keys in a valid JSON text, from jsonc-parser's syntax tree, built on
 * first use (only diagnostics need positions). The text must nest no deeper than `MAX_NESTING`.
 *
 * @param text - a text JSON.parse accepts
 * @returns look-ups for the position of a value (or of the deepest part of its path that exists),
 *   of a key, and of an offset
 *
 * @example
 * jsonPositions('{\n  "a": 1\n}').key(['a'])
 * //=> { line: 2, column: 3 }
 */
export function jsonPositions(text: string): {
  value(path: FieldPath): Position | undefined;
  key(path: FieldPath): Position | undefined;
  at(offset: number): Position;
} {
  let starts: number[] | undefined;
  let root: Node | undefined | null = null;
  const at = (offset: number) => positionAt((starts ??= lineStarts(text)), offset);
  const place = (path: FieldPath) => {
    if (root === null) root = parseTree(text, [], { disallowComments: true });
    return placeOf(root, path);
  };
  return {
    // Walk up until the path exists, so that a missing field points at its record.
    value(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const found = place(path.slice(0, depth));
        if (found) return at(found.valueOffset);
      }
      return undefined;
    },
    key(path) {
      const found = place(path);
      return found?.keyOffset === undefined ? this.value(path) : at(found.keyOffset);
    },
    at,
  };
}
