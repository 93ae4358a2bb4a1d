/**
 * A read-only map made of a parent map and a layer of its own. Adding to a large map makes a new
 * layer instead of copying, so that `corpus.with()` costs what it adds, not what the corpus holds.
 * Chains are flattened once they grow deep, to keep look-ups short.
 */
export class LayeredMap<K, V> {
  private constructor(
    private readonly parent: LayeredMap<K, V> | undefined,
    private readonly own: Map<K, V>,
    readonly depth: number,
    readonly size: number,
  ) {}

  static of<K, V>(map: Map<K, V>): LayeredMap<K, V> {
    return new LayeredMap<K, V>(undefined, map, 0, map.size);
  }

  get(key: K): V | undefined {
    const own = this.own.get(key);
    if (own !== undefined || this.own.has(key)) return own;
    return this.parent?.get(key);
  }

  has(key: K): boolean {
    return this.own.has(key) || (this.parent?.has(key) ?? false);
  }

  /** A new map with these entries set; this one is unchanged. */
  with(entries: Iterable<readonly [K, V]>): LayeredMap<K, V> {
    const layer = new Map<K, V>();
    let added = 0;
    for (const [key, value] of entries) {
      if (!layer.has(key) && !this.has(key)) added++;
      layer.set(key, value);
    }
    const next = new LayeredMap(this, layer, this.depth + 1, this.size + added);
    return next.depth > 16 ? LayeredMap.of(new Map(next.entries())) : next;
  }

  *entries(): IterableIterator<[K, V]> {
    if (this.parent) {
      for (const entry of this.parent.entries()) if (!this.own.has(entry[0])) yield entry;
    }
    yield* this.own.entries();
  }

  *values(): IterableIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  *keys(): IterableIterator<K> {
    for (const [key] of this.entries()) yield key;
  }
}
