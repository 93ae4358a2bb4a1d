import type { Corpus } from '../../corpus/corpus.js';
import type { Actor } from '../../model/actor.js';
import type { Attribution } from '../../model/attribution.js';
import { viaSources } from '../../model/via-sources.js';
import { type Connection, fillTextTable } from './connection.js';
import { fetchRecords, recordsOf } from './fetch-records.js';
import { sliceCorpus } from './slice-corpus.js';

/**
 * An in-memory corpus of attributions read from the database and what the reference code needs
 * around them: every actor, the sources they cite (directly and along their `via` chains) and
 * their claims, read in two queries.
 *
 * @param db - the connection
 * @param actors - the corpus's actors, already read
 * @param attributions - the attributions a query selected
 * @returns a corpus holding just these records
 */
export async function sliceAround(
  db: Connection,
  actors: readonly Actor[],
  attributions: readonly Attribution[],
): Promise<Corpus> {
  const sourceIds = new Set<string>();
  for (const a of attributions) {
    sourceIds.add(a.source);
    for (const id of viaSources(a)) sourceIds.add(id);
  }
  await fillTextTable(db, 'wanted_sources', 'id', sourceIds);
  await fillTextTable(db, 'wanted_claims', 'id', new Set(attributions.map((a) => a.claim)));
  return sliceCorpus({
    actors,
    sources: recordsOf(await fetchRecords(db, 'source', 'id IN (SELECT id FROM wanted_sources)')),
    claims: recordsOf(await fetchRecords(db, 'claim', 'id IN (SELECT id FROM wanted_claims)')),
    attributions,
  });
}
