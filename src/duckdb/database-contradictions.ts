import { type ContradictionOptions, findContradictions } from '../contradict/find-contradictions.js';
import type { Contradiction } from '../contradict/types.js';
import { UnionFind } from '../internal/union-find.js';
import type { Attribution } from '../model/attribution.js';
import { registeredPredicates } from '../model/predicate-registry.js';
import type { PredicateVocabulary } from '../model/predicates.js';
import type { Engine } from './internal/engine.js';
import { fetchRecords, recordsOf } from './internal/fetch-records.js';
import { sliceAround } from './internal/slice-around.js';
import { SQL, sqlString } from './internal/statements.js';

/**
 * Predicates joined by the vocabulary's relations (implies, inverse, excludes) share a family, so
 * that statements the comparison may relate land in one bucket: a superset is enough, since the
 * in-memory comparison decides.
 */
function relatedFamilies(vocabulary: PredicateVocabulary): Map<string, string> {
  const sets = new UnionFind();
  for (const [name, p] of Object.entries(vocabulary)) {
    for (const other of [...(p.implies ?? []), ...(p.excludes ?? []), ...(p.inverse ? [p.inverse] : [])])
      sets.union(name, other);
  }
  const families = new Map<string, string>();
  for (const members of sets.sets().values()) for (const id of members) families.set(id, members[0] as string);
  return families;
}

/** The predicate vocabulary in force, as the table contradiction-candidates.sql reads. */
async function fillVocabulary(engine: Engine, options: ContradictionOptions): Promise<void> {
  const vocabulary: PredicateVocabulary = { ...registeredPredicates(), ...options.predicates };
  const families = relatedFamilies(vocabulary);
  const names = new Set([...Object.keys(vocabulary), ...families.keys()]);
  const rows = [...names].map((name) => {
    const p = vocabulary[name];
    const family = families.get(name);
    return `(${sqlString(name)}, ${p?.symmetric === true}, ${p?.singleValued === true}, ${family === undefined ? 'NULL' : sqlString(family)})`;
  });
  await engine.db.run(
    'CREATE OR REPLACE TABLE predicate_vocabulary (predicate VARCHAR, is_symmetric BOOLEAN, is_single_valued BOOLEAN, family VARCHAR)',
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
  const slice = await sliceAround(db, (await engine.actors()).actors, attributions);
  return findContradictions(slice, options);
}
