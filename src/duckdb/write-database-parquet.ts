import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EntityType } from '../model/diagnostic.js';
import { PARQUET_COLUMNS, PARQUET_FILES, TABLES } from './columns.js';
import type { Engine } from './internal/engine.js';
import { sqlString } from './internal/statements.js';
import { ENTITY_TYPES } from './internal/tables.js';

/** What a Parquet export wrote. */
export interface ParquetFiles {
  /** The four files, absolute paths, by record type. */
  readonly files: Readonly<Record<EntityType, string>>;
  /** Rows written, by record type. */
  readonly counts: Readonly<Record<EntityType, number>>;
}

/**
 * Writes the records of an open database as the four Parquet files, in file order, through DuckDB
 * alone: a JSONL corpus of any size becomes Parquet without passing through the JavaScript heap.
 *
 * @param engine - the open database
 * @param dir - the directory to write into; created when missing
 * @returns the paths written and the row counts
 * @throws {Error} DuckDB's error when a file cannot be written
 * @example
 * (await writeDatabaseParquet(engine, '/tmp/parquet')).counts.actor > 0
 * //=> true
 */
export async function writeDatabaseParquet(engine: Engine, dir: string): Promise<ParquetFiles> {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const files = {} as Record<EntityType, string>;
  const counts = {} as Record<EntityType, number>;
  for (const type of ENTITY_TYPES) {
    files[type] = join(out, PARQUET_FILES[type]);
    const columns = Object.keys(PARQUET_COLUMNS[type])
      .map((c) => `"${c}"`)
      .join(', ');
    const rows = await engine.db.rows(
      `COPY (SELECT ${columns} FROM ${TABLES[type]} ORDER BY row_order) TO ${sqlString(files[type])} (FORMAT parquet, COMPRESSION zstd)`,
    );
    counts[type] = Number((rows[0] as Record<string, unknown> | undefined)?.Count ?? 0);
  }
  return { files, counts };
}
