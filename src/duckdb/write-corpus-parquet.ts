import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Corpus } from '../corpus/corpus.js';
import type { EntityType } from '../model/diagnostic.js';
import { PARQUET_FILES } from './columns.js';
import { Connection } from './internal/connection.js';
import { loadDuckDB } from './internal/load-duckdb.js';
import { sqlString } from './internal/statements.js';
import { castColumns, ENTITY_TYPES, jsonColumns } from './internal/tables.js';
import { actorRow, attributionRow, claimRow, type Row, sourceRow } from './to-rows.js';
import type { ParquetFiles } from './write-database-parquet.js';

/** Writes rows as JSON lines through a buffer of about a megabyte. */
function writeJsonLines(path: string, rows: Iterable<Row>): number {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let size = 0;
  let count = 0;
  const flush = () => {
    if (pending.length > 0) writeSync(fd, `${pending.join('\n')}\n`);
    pending = [];
    size = 0;
  };
  try {
    for (const row of rows) {
      const line = JSON.stringify(row);
      pending.push(line);
      size += line.length;
      count++;
      if (size >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return count;
}

function* rowsOf(corpus: Corpus, type: EntityType): Generator<Row> {
  if (type === 'actor') for (const r of corpus.actors) yield actorRow(r);
  else if (type === 'source') for (const r of corpus.sources) yield sourceRow(r);
  else if (type === 'claim') for (const r of corpus.claims) yield claimRow(r);
  else for (const r of corpus.attributions) yield attributionRow(r);
}

/**
 * Writes a corpus as four Parquet files (actors.parquet, sources.parquet, claims.parquet,
 * attributions.parquet) with typed columns: lists as LIST columns, nested objects as STRUCTs,
 * dates as `YYYY[-MM[-DD]]` text, whose length is their precision. docs/interop.md lists the
 * columns. Reading them back gives the same records (see `openCorpusDatabase`).
 *
 * @param corpus - a loaded corpus
 * @param dir - the directory to write into; created when missing; files of those names are replaced
 * @returns the paths written and the row counts
 * @throws {DuckDBNotInstalledError} when `@duckdb/node-api` is not installed
 * @throws {Error} when the directory cannot be written (the system's or DuckDB's error)
 * @example
 * const { counts } = await writeCorpusParquet(await loadCorpus(), '/tmp/parquet');
 * counts.attribution > 0
 * //=> true
 */
export async function writeCorpusParquet(corpus: Corpus, dir: string): Promise<ParquetFiles> {
  const { DuckDBInstance } = await loadDuckDB();
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'claimtrail-parquet-'));
  const instance = await DuckDBInstance.create(':memory:');
  const db = new Connection(instance, await instance.connect());
  const files = {} as Record<EntityType, string>;
  const counts = {} as Record<EntityType, number>;
  try {
    for (const type of ENTITY_TYPES) {
      const lines = join(scratch, `${type}.jsonl`);
      counts[type] = writeJsonLines(lines, rowsOf(corpus, type));
      files[type] = join(out, PARQUET_FILES[type]);
      await db.run(
        `COPY (SELECT ${castColumns(type, 'r')} FROM read_json(${sqlString(lines)}, format = 'newline_delimited', maximum_object_size = 268435456, columns = ${jsonColumns(type)}) AS r) TO ${sqlString(files[type])} (FORMAT parquet, COMPRESSION zstd)`,
      );
    }
  } finally {
    db.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return { files, counts };
}
