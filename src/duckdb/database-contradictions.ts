import { type ContradictionOptions, findContradictions } from '../contradict/find-contradictions.js';
import type { Contradiction } from '../contradict/types.js';
import type { Attribution } from '../model/attribution.js';
import { predicates as builtinPredicates, type PredicateVocabulary } from '../model/predicates.js';
import { viaSources } from '../model/via-sources.js';
import { fillTextTable } from './internal/connection.js';
import type { Engine } from './internal/engine.js';
import { fetchRecords, recordsOf } from './internal/fetch-records.js';
import { sliceCorpus } from './internal/slice-corpus.js';
import { SQL, sqlString } from './internal/statements.js';

/** The predicate vocabulary in force, as the table contradiction-candidates.sql reads. */
async function fillVocabulary(engine: Engine, options: ContradictionOptions): Promise<void> {
  const vocabulary: PredicateVocabulary = { ...builtinPredicates, ...options.predicates };
  const rows = Object.entries(vocabulary).map(
    ([name, p]) => `(${sqlString(name)}, ${p.symmetric === true}, ${p.singleValued === true})`,
  );
  await engine.db.run(
    'CREATE OR REPLACE TABLE predicate_vocabulary (predicate VARCHAR, is_symmetric BOOLEAN, is_single_valued BOOLEAN)',
  );
  if (rows.length > 0) await engine.db.run(`INSERT INTO predicate_vocabulary VALUES ${rows.join(', ')}`);
}

/**
 * `contradictions(options)` of the DuckDB engine: contradiction-candidates.sql keeps the
 * statements that could take part in a conflict, and the in-memory comparison runs on just those,
 * so the answer is the in-memory one.
 *
 * @param engine - the open database
 * @param options - as `corpus.contradictions()` takes them
 * @returns the contradictions, as `corpus.contradictions()` returns them
 * @example
 * (await databaseContradictions(engine, { kinds: ['stance'] })).every((c) => c.kind === 'stance')
 * //=> true
 */
export async function databaseContradictions(
  engine: Engine,
  options: ContradictionOptions = {},
): Promise<Contradiction[]> {
  const { db } = engine;
  await fillVocabulary(engine, options);
  await db.run(`CREATE OR REPLACE TABLE candidates AS ${SQL.contradictionCandidates}`);
  const attributions: Attribution[] = recordsOf(
    await fetchRecords(db, 'attribution', 'id IN (SELECT attribution FROM candidates)'),
  );
  const sourceIds = new Set<string>();
  for (const a of attributions) {
    sourceIds.add(a.source);
    for (const id of viaSources(a)) sourceIds.add(id);
  }
  await fillTextTable(db, 'wanted_sources', 'id', sourceIds);
  await fillTextTable(db, 'wanted_claims', 'id', new Set(attributions.map((a) => a.claim)));
  const slice = sliceCorpus({
    actors: (await engine.actors()).actors,
    sources: recordsOf(await fetchRecords(db, 'source', 'id IN (SELECT id FROM wanted_sources)')),
    claims: recordsOf(await fetchRecords(db, 'claim', 'id IN (SELECT id FROM wanted_claims)')),
    attributions,
  });
  return findContradictions(slice, options);
}
