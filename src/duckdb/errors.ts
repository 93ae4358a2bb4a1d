import { ClaimtrailError } from '../model/claimtrail-error.js';

/**
 * Thrown when the DuckDB engine is asked for but the optional package `@duckdb/node-api` is not
 * installed. `code` is `duckdb-not-installed`; the message is one sentence saying what to install.
 *
 * @example
 * new DuckDBNotInstalledError().message
 * //=> 'The DuckDB engine needs the optional package @duckdb/node-api: install it with "npm install @duckdb/node-api".'
 */
export class DuckDBNotInstalledError extends ClaimtrailError {
  override readonly name = 'DuckDBNotInstalledError';
  readonly code = 'duckdb-not-installed' as const;
  constructor(options?: { cause?: unknown }) {
    super(
      'The DuckDB engine needs the optional package @duckdb/node-api: install it with "npm install @duckdb/node-api".',
      options,
    );
  }
}

/**
 * Thrown by `openCorpusDatabase` when the path holds neither the four Parquet files nor the four
 * JSONL files of a corpus. `code` is `not-a-corpus-directory`.
 *
 * @example
 * new CorpusFilesMissingError('/tmp/x', ['actors.parquet']).code
 * //=> 'not-a-corpus-directory'
 */
export class CorpusFilesMissingError extends ClaimtrailError {
  override readonly name = 'CorpusFilesMissingError';
  readonly code = 'not-a-corpus-directory' as const;
  constructor(
    readonly path: string,
    readonly missing: readonly string[],
  ) {
    super(
      `${path} is not a corpus directory the DuckDB engine reads: it needs actors, sources, claims and attributions as .parquet (claimtrail export --format parquet) or .jsonl (claimtrail generate) files; missing ${missing.join(', ')}.`,
    );
  }
}
