/**
 * An append-only list that shares its past: appending makes a new head that points at the old
 * list, so reverse indices can grow without copying their long lists.
 */
export interface ChainList<T> {
  readonly items: readonly T[];
  readonly parent?: ChainList<T>;
  readonly length: number;
}

/** A list of the given items appended to `parent`. */
export function appendChain<T>(parent: ChainList<T> | undefined, items: readonly T[]): ChainList<T> {
  const length = (parent?.length ?? 0) + items.length;
  return parent ? { items, parent, length } : { items, length };
}

/** The items of a chain list, oldest first. */
export function chainToArray<T>(list: ChainList<T> | undefined): T[] {
  if (!list) return [];
  if (!list.parent) return list.items.slice();
  const parts: (readonly T[])[] = [];
  for (let node: ChainList<T> | undefined = list; node; node = node.parent) parts.push(node.items);
  const out: T[] = [];
  for (let i = parts.length - 1; i >= 0; i--) for (const item of parts[i] as readonly T[]) out.push(item);
  return out;
}
