import { Option } from 'commander';
import type { Corpus } from '../corpus/corpus.js';
import { bundledCorpusDir } from '../corpus/load-corpus.js';
import type { CorpusDatabase } from '../duckdb/corpus-database.js';
import { CorpusFilesMissingError, DuckDBNotInstalledError } from '../duckdb/errors.js';
import { CliExit, EXIT } from './io.js';

/** The engines a query command runs on. */
export type EngineName = 'memory' | 'duckdb';

/**
 * The `--engine` option of quotes, contradictions, stats and check.
 *
 * @returns a new commander option
 * @example
 * engineOption().flags
 * //=> '--engine <engine>'
 */
export function engineOption(): Option {
  return new Option(
    '--engine <engine>',
    'memory: load the corpus; duckdb: query its Parquet or JSONL files in place (needs @duckdb/node-api)',
  )
    .choices(['memory', 'duckdb'])
    .default('memory');
}

/** DuckDB's own errors as one sentence and exit code 2, never a stack trace. */
function asCliExit(error: unknown): unknown {
  if (error instanceof DuckDBNotInstalledError || error instanceof CorpusFilesMissingError)
    return new CliExit(error.message, EXIT.unreadable);
  return error;
}

/**
 * Opens a corpus directory (default: the bundled corpus) through DuckDB, runs `work` on it and
 * closes it.
 *
 * @param dir - the directory the command was given
 * @param work - what to do with the database
 * @returns what `work` returns
 * @throws {CliExit} when DuckDB is not installed or the directory holds no Parquet or JSONL corpus
 */
export async function withDatabase<T>(dir: string | undefined, work: (db: CorpusDatabase) => Promise<T>): Promise<T> {
  let db: CorpusDatabase;
  try {
    // Loaded on demand: the engine's SQL and DuckDB itself are only for those who ask for them.
    const { openCorpusDatabase } = await import('../duckdb/open-corpus-database.js');
    db = await openCorpusDatabase(dir ?? bundledCorpusDir());
  } catch (error) {
    throw asCliExit(error);
  }
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/**
 * `claimtrail export --format parquet --out DIR`: writes the four Parquet files.
 *
 * @param corpus - the loaded corpus
 * @param out - the directory to write into
 * @returns a line saying what was written
 * @throws {CliExit} when DuckDB is not installed or the directory cannot be written
 */
export async function exportParquetForCli(corpus: Corpus, out: string): Promise<string> {
  try {
    const { writeCorpusParquet } = await import('../duckdb/write-corpus-parquet.js');
    const { counts } = await writeCorpusParquet(corpus, out);
    return `Wrote parquet to ${out}: ${counts.actor} actors, ${counts.source} sources, ${counts.claim} claims, ${counts.attribution} attributions.`;
  } catch (error) {
    const mapped = asCliExit(error);
    if (mapped instanceof CliExit) throw mapped;
    throw new CliExit(`could not write Parquet to ${out} (${(error as Error).message})`, EXIT.unreadable);
  }
}
