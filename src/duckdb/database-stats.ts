import type { CorpusStats } from '../corpus/corpus.js';
import type { Engine } from './internal/engine.js';
import { SQL } from './internal/statements.js';

/**
 * `stats()` of the DuckDB engine: the counts `corpus.stats()` gives, from stats*.sql. `files` is
 * the four files read; `diagnostics` counts the rows left out for a duplicate id (this engine
 * does not validate records against the schema: `claimtrail check` does).
 *
 * @param engine - the open database
 * @returns the counts
 * @example
 * (await databaseStats(engine)).files
 * //=> 4
 */
export async function databaseStats(engine: Engine): Promise<CorpusStats> {
  const [counts] = (await engine.db.rows(SQL.stats)) as [Record<string, number>];
  const byMode = { 'direct-quote': 0, indirect: 0, summary: 0, 'own-voice': 0 };
  const byStance = { asserts: 0, denies: 0, doubts: 0, hedges: 0 };
  for (const row of await engine.db.rows(SQL.statsByModeAndStance)) {
    byMode[row.mode as keyof typeof byMode] += row.attributions as number;
    byStance[row.stance as keyof typeof byStance] += row.attributions as number;
  }
  const [duplicates] = (await engine.db.rows(SQL.statsDuplicates)) as [Record<string, number>];
  return {
    actors: counts.actors as number,
    sources: counts.sources as number,
    sourcesWithText: counts.sources_with_text as number,
    claims: counts.claims as number,
    attributions: counts.attributions as number,
    directQuotes: byMode['direct-quote'],
    byMode,
    byStance,
    files: 4,
    diagnostics: duplicates.duplicates as number,
  };
}
