import type { Attribution } from '../model/attribution.js';

/**
 * One element of the Parquet `via` column. `type` is `source` (a document the words passed
 * through; `id` is its SourceId) or `actor` (an intermediary speaker; `id` is the ActorId and
 * `attribution` the attribution in which that speaker relays the words, when recorded).
 */
export interface ViaRow {
  readonly type: 'source' | 'actor';
  readonly id: string;
  readonly attribution: string | null;
}

/** One entry of an attribution's `via` as the model has it. */
export type ViaEntry = Attribution['via'][number];

/**
 * An attribution's `via` as rows of the Parquet `via` column. This function and
 * {@link viaFromRows} are the only places that know how a via entry is stored, so that when the
 * model's entries grow beyond source ids (actor links) only these two change.
 *
 * @param via - the attribution's via entries, outermost first
 * @returns one row per entry, in order
 *
 * @example
 * viaToRows(['guardian-report'])
 * //=> [{ type: 'source', id: 'guardian-report', attribution: null }]
 */
export function viaToRows(via: readonly ViaEntry[]): ViaRow[] {
  return via.map((id) => ({ type: 'source', id, attribution: null }));
}

/**
 * The rows of a Parquet `via` column as the model's via entries: the inverse of {@link viaToRows}.
 *
 * @param rows - the column's value for one attribution
 * @returns the via entries, outermost first
 * @throws {TypeError} when a row is an actor link, which this version of the model cannot hold
 *
 * @example
 * viaFromRows([{ type: 'source', id: 'guardian-report', attribution: null }])
 * //=> ['guardian-report']
 */
export function viaFromRows(rows: readonly ViaRow[]): ViaEntry[] {
  return rows.map((row) => {
    if (row.type !== 'source') throw new TypeError(`a via entry of type "${row.type}" is not supported here`);
    return row.id;
  });
}
