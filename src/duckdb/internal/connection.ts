import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { Row } from '../to-rows.js';

/** Row values as JavaScript values; DuckDB's BIGINTs (counts, row positions) become numbers. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = plain(inner);
    return out;
  }
  return value;
}

/** One DuckDB database and its connection, with the two calls the engine needs. */
export class Connection {
  constructor(
    readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  /**
   * Runs statements that return nothing (DDL, COPY), one or several separated by semicolons.
   *
   * @param sql - the statements
   * @returns when they have run
   * @throws {Error} DuckDB's error when one fails
   */
  async run(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /**
   * Runs a query and reads every row.
   *
   * @param sql - the query
   * @returns its rows as plain objects
   * @throws {Error} DuckDB's error when it fails
   */
  async rows(sql: string): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((row) => plain(row) as Row);
  }

  /** Closes the connection and the database. */
  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/**
 * Replaces a one-column table of text values: how lists of ids and filter values reach the SQL.
 *
 * @param db - the connection
 * @param table - the table's name
 * @param column - its column's name
 * @param values - the values, in order
 * @returns when the table is filled
 */
export async function fillTextTable(
  db: Connection,
  table: string,
  column: string,
  values: Iterable<string>,
): Promise<void> {
  await db.run(`CREATE OR REPLACE TABLE ${table} (${column} VARCHAR)`);
  const appender = await db.connection.createAppender(table);
  try {
    for (const value of values) {
      appender.appendVarchar(value);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
