import type { Corpus } from '../../corpus/corpus.js';
import type { EntityType } from '../../model/diagnostic.js';
import type { Source } from '../../model/source.js';
import { TABLES } from '../columns.js';
import type { Engine } from './engine.js';
import { type Fetched, fetchRecords, recordsOf } from './fetch-records.js';
import { sliceCorpus } from './slice-corpus.js';
import { SQL } from './statements.js';
import { ENTITY_TYPES } from './tables.js';

/** Ids of one kind as the unknown-reference rule looks them up: known unless SQL found them missing. */
function idLookup(missing: Set<string>, size: number, all: () => string[]) {
  return { has: (id: string) => !missing.has(id), keys: () => all()[Symbol.iterator](), size };
}

/**
 * What the unknown-reference rule reads of a corpus, built from the database: the records that
 * hold a reference unknown-reference.sql found dangling (in file order), every actor and every
 * source's id and title for names and suggestions, and the ids of claims and attributions when
 * a dangling reference needs a suggestion among them. The rule then runs unchanged on it.
 *
 * @param engine - the open database
 * @param onFetched - told of every record read, with its row
 * @returns the stand-in corpus, or undefined when no reference dangles
 */
export async function unknownReferenceView(
  engine: Engine,
  onFetched: (type: EntityType, fetched: readonly Fetched<{ id: string }>[]) => void,
): Promise<Corpus | undefined> {
  const { db } = engine;
  await db.run(`CREATE OR REPLACE TABLE dangling_references AS ${SQL.rules['unknown-reference']}`);
  const dangling = await db.rows('SELECT DISTINCT target_type, target_id FROM dangling_references');
  if (dangling.length === 0) return undefined;
  const missing: Record<EntityType, Set<string>> = {
    actor: new Set(),
    source: new Set(),
    claim: new Set(),
    attribution: new Set(),
  };
  for (const row of dangling) missing[row.target_type as EntityType].add(row.target_id as string);
  const records = {} as Record<EntityType, { id: string }[]>;
  for (const type of ENTITY_TYPES) {
    const fetched = await fetchRecords(
      db,
      type,
      `id IN (SELECT record_id FROM dangling_references WHERE record_type = '${type}')`,
    );
    onFetched(type, fetched);
    records[type] = recordsOf(fetched);
  }
  const counts = (await db.rows(SQL.stats))[0] as Record<string, number>;
  const actors = await engine.actors();
  const sourceRows = await db.rows('SELECT id, title FROM sources ORDER BY row_order');
  const sourceNames = sliceCorpus({ sources: sourceRows.map((r) => ({ id: r.id, title: r.title }) as Source) }).store
    .sourceNames;
  const idsOf = async (type: 'claim' | 'attribution') =>
    missing[type].size === 0
      ? []
      : (await db.rows(`SELECT id FROM ${TABLES[type]} ORDER BY row_order`)).map((r) => r.id as string);
  const claimIds = await idsOf('claim');
  const attributionIds = await idsOf('attribution');
  return {
    actors: records.actor,
    sources: records.source,
    claims: records.claim,
    attributions: records.attribution,
    store: {
      actorNames: actors.store.actorNames,
      sourceNames,
      actors: idLookup(missing.actor, counts.actors as number, () => actors.actors.map((a) => a.id)),
      sources: idLookup(missing.source, counts.sources as number, () => sourceRows.map((r) => r.id as string)),
      claims: idLookup(missing.claim, counts.claims as number, () => claimIds),
      attributions: idLookup(missing.attribution, counts.attributions as number, () => attributionIds),
    },
  } as unknown as Corpus;
}
