import { DuckDBNotInstalledError } from '../errors.js';

/** The DuckDB Node API, as the optional package exports it. */
export type DuckDBApi = typeof import('@duckdb/node-api');

const MISSING = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND']);

/**
 * Loads `@duckdb/node-api` on first use, so that nothing else in claimtrail needs it installed.
 *
 * @param importer - how to import it; tests pass one that fails as a missing package does
 * @returns the module
 * @throws {DuckDBNotInstalledError} when the package is not installed
 * @example
 * const { DuckDBInstance } = await loadDuckDB();
 * typeof DuckDBInstance.create
 * //=> 'function'
 */
export async function loadDuckDB(
  importer: () => Promise<DuckDBApi> = () => import('@duckdb/node-api'),
): Promise<DuckDBApi> {
  try {
    return await importer();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && MISSING.has(code) && String((error as Error).message).includes('@duckdb/node-api'))
      throw new DuckDBNotInstalledError({ cause: error });
    throw error;
  }
}
