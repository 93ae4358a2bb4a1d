/**
 * The index of the last element that `test` accepts, or -1: `Array.prototype.findLastIndex`,
 * which the ES2022 library the package targets does not declare.
 *
 * @param list - any array
 * @param test - what to look for
 * @returns the last matching index, or -1
 *
 * @example
 * lastIndexWhere(['a', 'B', 'c', 'D'], (s) => s === s.toUpperCase())
 * //=> 3
 */
export function lastIndexWhere<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}
