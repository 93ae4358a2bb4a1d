import { match } from 'ts-pattern';
import type { Actor } from '../../model/actor.js';
import type { Attribution } from '../../model/attribution.js';
import type { Claim } from '../../model/claim.js';
import type { EntityType } from '../../model/diagnostic.js';
import type { Source } from '../../model/source.js';
import { TABLES } from '../columns.js';
import { actorFromRow, attributionFromRow, claimFromRow, sourceFromRow } from '../from-rows.js';
import type { Connection } from './connection.js';

/** The record type of each entity type. */
export interface RecordOf {
  actor: Actor;
  source: Source;
  claim: Claim;
  attribution: Attribution;
}

/** A record read back, with its position in its file. */
export interface Fetched<T> {
  readonly record: T;
  readonly row: number;
}

/**
 * Reads the records of one kind that a condition selects, in file order, as model records.
 *
 * @param db - the connection
 * @param type - the kind of record
 * @param where - an SQL condition on the table's columns (`id IN (SELECT …)`), or `TRUE`
 * @param from - the table to read, when not the type's own (a table of rows selected earlier)
 * @returns the records with their row positions
 */
export async function fetchRecords<T extends EntityType>(
  db: Connection,
  type: T,
  where: string,
  from: string = TABLES[type],
): Promise<Fetched<RecordOf[T]>[]> {
  const rows = await db.rows(`SELECT * FROM ${from} WHERE ${where} ORDER BY row_order`);
  const convert = match(type as EntityType)
    .with('actor', () => actorFromRow)
    .with('source', () => sourceFromRow)
    .with('claim', () => claimFromRow)
    .with('attribution', () => attributionFromRow)
    .exhaustive() as (row: Record<string, unknown>) => RecordOf[T];
  return rows.map((row) => ({ record: convert(row), row: row.row_order as number }));
}

/** The records of a fetch, without their positions. */
export const recordsOf = <T>(fetched: readonly Fetched<T>[]): T[] => fetched.map((f) => f.record);
