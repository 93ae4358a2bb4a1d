/**
 * A corpus in DuckDB and Parquet (`claimtrail/duckdb`), for corpora too large to hold in memory.
 * Needs the optional peer dependency `@duckdb/node-api`.
 *
 * @module claimtrail/duckdb
 */
export { PARQUET_COLUMNS, PARQUET_FILES } from './columns.js';
export type { CorpusDatabase } from './corpus-database.js';
export { DATABASE_RULES, type DatabaseCheckOptions, type DatabaseRuleId } from './database-check.js';
export { CorpusFilesMissingError, DuckDBNotInstalledError } from './errors.js';
export { actorFromRow, attributionFromRow, claimFromRow, sourceFromRow } from './from-rows.js';
export type { RecordOf } from './internal/fetch-records.js';
export { openCorpusDatabase } from './open-corpus-database.js';
export { actorRow, attributionRow, claimRow, type Row, sourceRow } from './to-rows.js';
export { type ViaEntry, type ViaRow, viaFromRows, viaToRows } from './via-column.js';
export { writeCorpusParquet } from './write-corpus-parquet.js';
export type { ParquetFiles } from './write-database-parquet.js';
