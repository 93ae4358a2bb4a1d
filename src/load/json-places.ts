/**
 * Finding things in valid JSON text without building values: where a value or key stands (for
 * diagnostics), and which keys are given twice (JSON.parse silently keeps the last). Iterative,
 * so deeply nested input cannot overflow the stack.
 */
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  isSpace,
  keyAt,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  skipSpace,
  stringEnd,
} from './json-text.js';

/** A key given a second time in one object. */
export interface JsonDuplicateKey {
  /** Path of the object that holds the key twice (`[]` for the top level). */
  readonly path: (string | number)[];
  readonly key: string;
  /** Offsets of the second and the first occurrence of the key. */
  readonly offset: number;
  readonly firstOffset: number;
  /** Offset of the top-level key whose value holds the object, when it is not the top level. */
  readonly topKeyOffset?: number;
}

/** The offset just after the value that starts at `i` in valid JSON. */
function skipValue(text: string, i: number): number {
  let depth = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      i = end === -1 ? text.length : end;
      if (depth === 0) return i;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      i++;
      if (depth <= 0) return i;
    } else if (depth === 0) {
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isSpace(d)) break;
        i++;
      }
      return i;
    } else i++;
  }
  return i;
}

/**
 * Calls `visit` for each member of the object or list that starts at `offset` in valid JSON, with
 * its key (or index), the offset of its key (objects only) and of its value; stops when `visit`
 * returns true.
 */
function eachMember(
  text: string,
  offset: number,
  visit: (key: string | number, keyOffset: number | undefined, valueOffset: number) => boolean | undefined,
): void {
  const open = text.charCodeAt(offset);
  if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return;
  const object = open === OPEN_BRACE;
  let i = skipSpace(text, offset + 1);
  if (text.charCodeAt(i) === (object ? CLOSE_BRACE : CLOSE_BRACKET)) return;
  for (let index = 0; i < text.length; index++) {
    let key: string | number = index;
    let keyOffset: number | undefined;
    if (object) {
      keyOffset = i;
      const end = stringEnd(text, i);
      if (end === -1) return;
      key = keyAt(text, i, end);
      i = skipSpace(text, skipSpace(text, end) + 1);
    }
    if (visit(key, keyOffset, i)) return;
    i = skipSpace(text, skipValue(text, i));
    if (text.charCodeAt(i) !== COMMA) return;
    i = skipSpace(text, i + 1);
  }
}

/** Where a value stands in a JSON text, and where its key does. */
export interface JsonPlace {
  readonly valueOffset: number;
  readonly keyOffset?: number;
}

/**
 * Finds values in a valid JSON text by path, the way JSON.parse reads it (of two equal keys the
 * last counts). The members of the top-level object and of its lists are indexed on first use,
 * so that each later look-up only scans its own record.
 *
 * @param text - a text JSON.parse accepts
 * @returns a function from a path to the place of its value, undefined when the path is not there
 *
 * @example
 * jsonLocator('{"actors": [{"id": "a"}]}')(['actors', 0, 'id'])
 * //=> { valueOffset: 19, keyOffset: 13 }
 */
export function jsonLocator(text: string): (path: readonly (string | number)[]) => JsonPlace | undefined {
  const root = skipSpace(text, 0);
  let top: Map<string, JsonPlace> | undefined;
  const lists = new Map<string, number[]>();
  const child = (offset: number, component: string | number): JsonPlace | undefined => {
    let found: JsonPlace | undefined;
    eachMember(text, offset, (key, keyOffset, valueOffset) => {
      if (key !== component) return false;
      found = keyOffset === undefined ? { valueOffset } : { valueOffset, keyOffset };
      return typeof component === 'number';
    });
    return found;
  };
  return (path) => {
    let place: JsonPlace | undefined = { valueOffset: root };
    for (let depth = 0; depth < path.length && place; depth++) {
      const component = path[depth] as string | number;
      if (depth === 0 && typeof component === 'string') {
        if (!top) {
          const members = new Map<string, JsonPlace>();
          eachMember(text, root, (key, keyOffset, valueOffset) => {
            members.set(String(key), keyOffset === undefined ? { valueOffset } : { valueOffset, keyOffset });
            return false;
          });
          top = members;
        }
        place = top.get(component);
      } else if (depth === 1 && typeof component === 'number' && typeof path[0] === 'string') {
        let items = lists.get(path[0]);
        if (!items) {
          const found: number[] = [];
          eachMember(text, place.valueOffset, (_key, _keyOffset, valueOffset) => {
            found.push(valueOffset);
            return false;
          });
          lists.set(path[0], (items = found));
        }
        const offset = items[component];
        place = offset === undefined ? undefined : { valueOffset: offset };
      } else place = child(place.valueOffset, component);
    }
    return place;
  };
}

/**
 * Lists the keys given twice in one object of a valid JSON text, with the path of that object.
 * Only needed when {@link countKeysInText} and {@link countKeysInValue} disagree.
 *
 * @param text - a text JSON.parse accepts
 * @returns every repeated key, in the order they occur
 *
 * @example
 * jsonDuplicateKeys('{"actors": [{"name": "A", "name": "B"}]}')[0]?.path
 * //=> ['actors', 0]
 */
export function jsonDuplicateKeys(text: string): JsonDuplicateKey[] {
  type Frame = { object: boolean; index: number; key?: string; keyOffset?: number; keys?: Map<string, number> };
  const stack: Frame[] = [];
  const found: JsonDuplicateKey[] = [];
  let expectKey = false;
  for (let i = skipSpace(text, 0); i < text.length; i = skipSpace(text, i)) {
    const c = text.charCodeAt(i);
    const frame = stack[stack.length - 1];
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      stack.push(c === OPEN_BRACE ? { object: true, index: 0, keys: new Map() } : { object: false, index: 0 });
      expectKey = c === OPEN_BRACE;
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
      expectKey = false;
      i++;
    } else if (c === COMMA) {
      if (frame && !frame.object) frame.index++;
      expectKey = frame?.object ?? false;
      i++;
    } else if (c === COLON) i++;
    else if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end === -1) break;
      if (expectKey && frame?.keys) {
        const key = keyAt(text, i, end);
        const first = frame.keys.get(key);
        if (first !== undefined) {
          const path = stack.slice(0, -1).map((f) => (f.object ? (f.key as string) : f.index));
          const topKeyOffset = stack.length > 1 ? stack[0]?.keyOffset : undefined;
          found.push({
            path,
            key,
            offset: i,
            firstOffset: first,
            ...(topKeyOffset !== undefined ? { topKeyOffset } : {}),
          });
        }
        frame.keys.set(key, i);
        frame.key = key;
        frame.keyOffset = i;
        expectKey = false;
      }
      i = end;
    } else i = skipValue(text, i);
  }
  return found;
}
