import { didYouMean } from '../internal/did-you-mean.js';
import { normalizeName } from '../internal/normalize-name.js';

/** How a reference by id, name or alias resolved. */
export type Resolution<T> =
  | { readonly status: 'found'; readonly value: T }
  | { readonly status: 'ambiguous'; readonly candidates: readonly T[] }
  | { readonly status: 'missing'; readonly suggestion?: string };

/**
 * Finds records by id, name or alias, ignoring case, diacritics and punctuation. Immutable once
 * built; `extend` makes a new index that shares nothing mutable with the old one.
 */
export class NameIndex<T extends { readonly id: string }> {
  private constructor(
    private readonly byId: ReadonlyMap<string, T>,
    private readonly byName: ReadonlyMap<string, readonly string[]>,
  ) {}

  /** Builds an index from records and a function giving each record's names. */
  static build<T extends { readonly id: string }>(
    records: Iterable<T>,
    namesOf: (record: T) => Iterable<string>,
  ): NameIndex<T> {
    const byId = new Map<string, T>();
    const byName = new Map<string, string[]>();
    for (const record of records) {
      byId.set(record.id, record);
      for (const name of namesOf(record)) {
        const key = normalizeName(name);
        if (key === '') continue;
        const ids = byName.get(key);
        if (!ids) byName.set(key, [record.id]);
        else if (!ids.includes(record.id)) ids.push(record.id);
      }
    }
    return new NameIndex(byId, byName);
  }

  /** Resolves an id, a name or an alias. */
  resolve(reference: string): Resolution<T> {
    const exact = this.byId.get(reference);
    if (exact) return { status: 'found', value: exact };
    const ids = this.byName.get(normalizeName(reference));
    if (ids && ids.length === 1) return { status: 'found', value: this.byId.get(ids[0] as string) as T };
    if (ids && ids.length > 1) {
      return { status: 'ambiguous', candidates: ids.map((id) => this.byId.get(id) as T) };
    }
    const suggestion = this.suggest(reference);
    return suggestion === undefined ? { status: 'missing' } : { status: 'missing', suggestion };
  }

  /** The id or name closest to a reference that names nothing, for a did-you-mean. */
  suggest(reference: string): string | undefined {
    const byId = didYouMean(reference, this.byId.keys());
    if (byId !== undefined) return byId;
    const key = didYouMean(normalizeName(reference), this.byName.keys());
    const ids = key === undefined ? undefined : this.byName.get(key);
    return ids?.length === 1 ? ids[0] : undefined;
  }

  /** The record with this exact id. */
  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** Whether a record has this exact id. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Every normalised name with the ids that carry it. */
  names(): ReadonlyMap<string, readonly string[]> {
    return this.byName;
  }
}
