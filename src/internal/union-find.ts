/**
 * Disjoint sets of strings with path halving: `union` joins two sets, `find` names the set a
 * string is in. Strings never joined are their own sets and cost nothing.
 *
 * @example
 * const sets = new UnionFind(); sets.union('a', 'b'); sets.union('b', 'c');
 * sets.find('c') === sets.find('a')
 * //=> true
 */
export class UnionFind {
  readonly #parent = new Map<string, string>();

  /** The representative of the set `item` is in. */
  find(item: string): string {
    let current = item;
    for (;;) {
      const parent = this.#parent.get(current);
      if (parent === undefined || parent === current) return current;
      const grand = this.#parent.get(parent) ?? parent;
      this.#parent.set(current, grand);
      current = grand;
    }
  }

  /** Joins the sets of `a` and `b`; the smaller representative (as a string) stands for both. */
  union(a: string, b: string): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return;
    if (x < y) this.#parent.set(y, x);
    else this.#parent.set(x, y);
  }

  /** Every joined set with more than one member, by representative. */
  sets(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const item of this.#parent.keys()) {
      const root = this.find(item);
      const list = out.get(root);
      if (list) list.push(item);
      else out.set(root, [item]);
    }
    for (const [root, list] of out) {
      if (!list.includes(root)) list.push(root);
      if (list.length < 2) out.delete(root);
      else list.sort();
    }
    return out;
  }
}
