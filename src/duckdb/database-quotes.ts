import type { Corpus } from '../corpus/corpus.js';
import { UnknownReferenceError } from '../corpus/errors.js';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import type { Source } from '../model/source.js';
import { actorWithAgents } from '../query/agents.js';
import type { QuoteRecord } from '../query/quote-record.js';
import { findQuotes, type QuoteFilter } from '../query/quotes.js';
import { fillTextTable } from './internal/connection.js';
import type { Engine } from './internal/engine.js';
import { fetchRecords, recordsOf } from './internal/fetch-records.js';
import { sliceAround } from './internal/slice-around.js';
import { sliceCorpus } from './internal/slice-corpus.js';
import { SQL } from './internal/statements.js';

/** A filter part as a list of values; undefined when the part is not given (an empty list selects nothing). */
const list = <T>(value: T | readonly T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? [...(value as T[])] : [value as T];

function requireActor(actors: Corpus, reference: string): Actor {
  const resolution = actors.resolveActor(reference);
  if (resolution.status === 'missing') throw new UnknownReferenceError('actor', reference, resolution.suggestion);
  return actors.actor(reference) as Actor;
}

/** Resolves a source reference by id, else by title against every source's id and title. */
async function requireSource(engine: Engine, reference: string): Promise<string> {
  const rows = await engine.db.rows(`SELECT id, title FROM sources ORDER BY row_order`);
  const names = sliceCorpus({ sources: rows.map((r) => ({ id: r.id, title: r.title }) as Source) });
  const resolution = names.resolveSource(reference);
  if (resolution.status === 'missing') throw new UnknownReferenceError('source', reference, resolution.suggestion);
  return (names.source(reference) as Source).id;
}

/**
 * `quotes(filter)` of the DuckDB engine: the SQL of quotes.sql selects the attributions by
 * speaker, source, publisher, mode, stance and topic; dates, words, ranking and order are then
 * applied by the in-memory code to just those records, so the answer is the in-memory one.
 *
 * @param engine - the open database
 * @param filter - as `corpus.quotes()` takes it
 * @returns the matching statements, as `corpus.quotes()` returns them
 * @throws {UnknownReferenceError} when the speaker, source or publisher names nothing
 * @throws {AmbiguousReferenceError} when one of them fits several records
 * @throws {InvalidDateError} when `from` or `to` is not a date
 * @example
 * (await databaseQuotes(engine, { speaker: 'Matsuno', mode: 'direct-quote' })).length
 * //=> 2
 */
export async function databaseQuotes(engine: Engine, filter: QuoteFilter = {}): Promise<QuoteRecord[]> {
  const actors = await engine.actors();
  const speaker = filter.speaker === undefined ? undefined : requireActor(actors, filter.speaker).id;
  const publisher = filter.publisher === undefined ? undefined : requireActor(actors, filter.publisher).id;
  const source = filter.source === undefined ? undefined : await requireSource(engine, filter.source);
  const speakers = speaker === undefined ? [] : filter.includeAgents ? actorWithAgents(actors, speaker) : [speaker];
  const { db } = engine;
  const narrowing: string[] = [];
  const narrow = async (table: string, column: string, values: readonly string[] | undefined, condition: string) => {
    if (values === undefined) return;
    await fillTextTable(db, table, column, values);
    narrowing.push(condition);
  };
  await narrow('filter_speakers', 'id', speaker === undefined ? undefined : speakers, SQL.quotesBySpeaker);
  await narrow('filter_modes', 'mode', list(filter.mode), SQL.quotesByMode);
  await narrow('filter_stances', 'stance', list(filter.stance), SQL.quotesByStance);
  await narrow('filter_sources', 'id', list(source), SQL.quotesBySource);
  await narrow('filter_publishers', 'id', list(publisher), SQL.quotesByPublisher);
  await narrow('filter_topics', 'topic', list(filter.topic), SQL.quotesByTopic);
  const query = [SQL.quotes, ...narrowing.map((condition) => `AND ${condition}`)].join('\n');
  await db.run(`CREATE OR REPLACE TABLE matched AS ${query}`);
  const attributions: Attribution[] = recordsOf(await fetchRecords(db, 'attribution', 'TRUE', 'matched'));
  const slice = await sliceAround(db, actors.actors, attributions);
  return findQuotes(slice, {
    ...filter,
    ...(speaker !== undefined ? { speaker } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(source !== undefined ? { source } : {}),
  });
}
