/**
 * Bounds on how deeply input may nest. No corpus record nests more than a handful of levels; input
 * that nests hundreds or thousands of levels deep is refused with a diagnostic before anything
 * recursive (a parser, a validator, JSON.stringify in a message) can overflow the stack on it.
 * Every function here walks with an explicit stack or a counter, never by recursion.
 */

/** How deeply lists and mappings may nest in a corpus file or a JSONL line. */
export const MAX_NESTING = 100;

/**
 * Counts the keys of every object in a parsed value, unless the value nests deeper than `limit`.
 * Compared with an upper bound of the keys written in the text, the count tells whether JSON.parse
 * may have dropped a key given twice.
 *
 * @param value - what JSON.parse returned
 * @param limit - the deepest nesting allowed (a top-level object or list is level 1)
 * @returns the number of keys, or -1 when the value nests deeper than `limit`
 *
 * @example
 * countKeysWithin({ a: [{ b: 1 }, { c: 2 }] }, 100)
 * //=> 3
 */
export function countKeysWithin(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  const values: object[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const v = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > limit) return -1;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in v) {
      count++;
      const item = (v as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return count;
}

/**
 * An upper bound of the keys written in a JSON text, cheaply: the colons whose nearest character
 * before them, white space aside, is a double quote. Every key ends so; a colon inside a string
 * value can only add to the count. When the bound equals the keys of the parsed value, no key was
 * given twice; when it does not, the text is scanned for duplicates.
 *
 * @param text - a text JSON.parse accepts
 * @returns at least the number of keys written in it
 *
 * @example
 * keyCountBound('{"a": 1, "url": "https://x"}')
 * //=> 2
 */
export function keyCountBound(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = text.charCodeAt(--j);
    if (c === 34) count++;
  }
  return count;
}

/**
 * Where the brackets of a JSON text first nest deeper than `limit`, strings skipped; -1 when they
 * never do. Works on any text, valid JSON or not.
 *
 * @param text - a JSON text, or something meant to be one
 * @param limit - the deepest nesting allowed
 * @returns the offset of the first bracket past the limit, or -1
 *
 * @example
 * jsonNestingBeyond('{"a": [[1]]}', 2)
 * //=> 7
 */
export function jsonNestingBeyond(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if ((c === 125 || c === 93) && depth > 0) depth--;
  }
  return -1;
}

const isBlank = (c: number) => c === 32 || c === 9;

/**
 * Where the block structure of a YAML text (indented lines, `- ` and `? ` indicators, also
 * several on one line as in `- - - x`) first nests deeper than `limit`, or -1. It follows the
 * columns where items and keys start with a stack of columns, as YAML's own indentation rules
 * do; it can overcount only for text indented deeper on every line (a staircase), never
 * undercount. Flow collections (`[`, `{`) are bounded separately.
 *
 * @param text - a YAML text
 * @param limit - the deepest nesting allowed
 * @returns the offset where the nesting goes past the limit, or -1
 *
 * @example
 * yamlBlockNestingBeyond('a:\n  - - - x\n', 3)
 * //=> 9
 */
export function yamlBlockNestingBeyond(text: string, limit: number): number {
  const columns: number[] = [];
  const enter = (column: number, offset: number) => {
    while (columns.length > 0 && (columns[columns.length - 1] as number) >= column) columns.pop();
    columns.push(column);
    return columns.length > limit ? offset : -1;
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let i = start;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (i < end && c !== 35 && c !== 13) {
      for (;;) {
        const indicator = text.charCodeAt(i);
        const after = text.charCodeAt(i + 1);
        const isIndicator = (indicator === 45 || indicator === 63) && (i + 1 >= end || isBlank(after) || after === 13);
        const deep = enter(i - start, i);
        if (deep !== -1) return deep;
        if (!isIndicator) break;
        i++;
        while (i < end && isBlank(text.charCodeAt(i))) i++;
        if (i >= end) break;
      }
    }
    start = end + 1;
  }
  return -1;
}
