/**
 * Structural equality of JSON-like values (plain objects, arrays, strings, numbers, booleans,
 * null, undefined): what the loader needs to tell a repeated record from a conflicting one, without
 * Node's `util.isDeepStrictEqual`, so the portable core runs in a browser.
 *
 * @param a - the first value
 * @param b - the second value
 * @returns whether both have the same keys and equal values all the way down
 * @example
 * deepEqual({ id: 'a', tags: ['x'] }, { tags: ['x'], id: 'a' })
 * //=> true
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key]));
}
