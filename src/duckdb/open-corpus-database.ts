import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EntityType } from '../model/diagnostic.js';
import { PARQUET_FILES, TABLES } from './columns.js';
import { CorpusDatabase } from './corpus-database.js';
import { CorpusFilesMissingError } from './errors.js';
import { Connection } from './internal/connection.js';
import { loadDuckDB } from './internal/load-duckdb.js';
import { fillSql, SQL, sqlString } from './internal/statements.js';
import { castColumns, ENTITY_TYPES } from './internal/tables.js';

const JSONL_FILES: Readonly<Record<EntityType, string>> = {
  actor: 'actors.jsonl',
  source: 'sources.jsonl',
  claim: 'claims.jsonl',
  attribution: 'attributions.jsonl',
};

function filesIn(dir: string): { format: 'parquet' | 'jsonl'; files: Record<EntityType, string> } {
  const missing = (names: Record<EntityType, string>) =>
    Object.values(names).filter((name) => !existsSync(join(dir, name)));
  const parquet = missing(PARQUET_FILES);
  if (parquet.length === 0) return { format: 'parquet', files: { ...PARQUET_FILES } };
  const jsonl = missing(JSONL_FILES);
  if (jsonl.length === 0) return { format: 'jsonl', files: { ...JSONL_FILES } };
  throw new CorpusFilesMissingError(dir, parquet.length <= jsonl.length ? parquet : jsonl);
}

/** The view that reads one record type's file, columns as in the Parquet files plus row_order. */
function bindTable(format: 'parquet' | 'jsonl', type: EntityType, file: string): string {
  const table = TABLES[type];
  if (format === 'parquet') return fillSql(SQL.bind.parquet, { table, file });
  const converted = fillSql(SQL.bind.jsonl[type], { file });
  return `CREATE VIEW raw_${table} AS SELECT ${castColumns(type, 'j')}, j.row_order FROM (${converted}) AS j`;
}

/**
 * Opens a corpus directory for queries through DuckDB, reading its files in place: the four
 * Parquet files `claimtrail export --format parquet` writes, or the four JSONL files
 * `claimtrail generate` writes. Nothing is loaded into the JavaScript heap but the actors and
 * the records an answer needs. Answers are the same records, of the same types, as the in-memory
 * `Corpus` gives.
 *
 * @param pathOrDir - the corpus directory
 * @returns the open database; `close()` it when done
 * @throws {DuckDBNotInstalledError} when `@duckdb/node-api` is not installed
 * @throws {CorpusFilesMissingError} when the directory holds neither set of four files
 * @example
 * const db = await openCorpusDatabase('corpus-parquet');
 * (await db.quotes({ speaker: 'Kishida' })).length > 0
 * //=> true
 */
export async function openCorpusDatabase(pathOrDir: string): Promise<CorpusDatabase> {
  const dir = resolve(pathOrDir);
  const { format, files } = filesIn(dir);
  const { DuckDBInstance } = await loadDuckDB();
  const instance = await DuckDBInstance.create(':memory:');
  const db = new Connection(instance, await instance.connect());
  try {
    for (const type of ENTITY_TYPES) {
      await db.run(bindTable(format, type, sqlString(join(dir, files[type])).slice(1, -1)));
      const table = TABLES[type];
      await db.run(fillSql(SQL.bind.records, { table }));
      const [later] = await db.rows(`SELECT count(*) AS n FROM later_${table}`);
      await db.run(
        later?.n === 0
          ? `CREATE VIEW ${table} AS SELECT * FROM raw_${table}`
          : fillSql(SQL.bind.recordsDeduplicated, { table }),
      );
    }
    await db.run(SQL.bind.lists);
    await db.run(`CREATE VIEW record_references AS ${SQL.references}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return new CorpusDatabase(db, format, dir, files);
}
