import type { Attribution } from '../model/attribution.js';

/**
 * One element of the Parquet `via` column. `type` is `source` (a document the words passed
 * through; `id` is its SourceId) or `actor` (an intermediary speaker; `id` is the ActorId and
 * `attribution` the attribution in which that speaker relays the words, when recorded).
 */
export interface ViaRow {
  readonly type: 'source' | 'source-link' | 'actor';
  readonly id: string;
  readonly attribution: string | null;
}

/** One entry of an attribution's `via` as the model has it. */
export type ViaEntry = Attribution['via'][number];

/**
 * An attribution's `via` as rows of the Parquet `via` column: `source` for a source id written
 * as a plain string, `source-link` for the same written `{ source }`, `actor` for a relaying
 * speaker. This function and {@link viaFromRows} are the only places that know how a via entry is
 * stored.
 *
 * @param via - the attribution's via entries, outermost first
 * @returns one row per entry, in order
 *
 * @example
 * viaToRows(['guardian-report', { actor: 'matsuno', attribution: 'dn.a-1' }])
 * //=> [{ type: 'source', id: 'guardian-report', attribution: null }, { type: 'actor', id: 'matsuno', attribution: 'dn.a-1' }]
 */
export function viaToRows(via: readonly ViaEntry[]): ViaRow[] {
  return via.map((entry): ViaRow => {
    if (typeof entry === 'string') return { type: 'source', id: entry, attribution: null };
    if ('source' in entry) return { type: 'source-link', id: entry.source, attribution: null };
    return { type: 'actor', id: entry.actor, attribution: entry.attribution ?? null };
  });
}

/**
 * The rows of a Parquet `via` column as the model's via entries: the inverse of {@link viaToRows}.
 *
 * @param rows - the column's value for one attribution
 * @returns the via entries, outermost first
 *
 * @example
 * viaFromRows([{ type: 'source', id: 'guardian-report', attribution: null }])
 * //=> ['guardian-report']
 */
export function viaFromRows(rows: readonly ViaRow[]): ViaEntry[] {
  return rows.map((row): ViaEntry => {
    if (row.type === 'source') return row.id;
    if (row.type === 'source-link') return { source: row.id };
    return row.attribution === null ? { actor: row.id } : { actor: row.id, attribution: row.attribution };
  });
}
