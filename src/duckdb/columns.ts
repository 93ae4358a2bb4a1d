import type { EntityType } from '../model/diagnostic.js';

const DURATION = 'STRUCT(years DOUBLE, months DOUBLE, days DOUBLE, approx VARCHAR)';
const SUBJECT = 'STRUCT(actor VARCHAR, literal VARCHAR)';

/**
 * The columns of the four Parquet files and their SQL types, in file order: the one description
 * the writer, the JSONL views and docs/interop.md follow. Names are snake_case and avoid SQL
 * keywords so that the same statements run on DuckDB, Spark SQL and Trino.
 *
 * @example
 * PARQUET_COLUMNS.attribution.via
 * //=> 'STRUCT(type VARCHAR, id VARCHAR, attribution VARCHAR)[]'
 */
export const PARQUET_COLUMNS: Readonly<Record<EntityType, Readonly<Record<string, string>>>> = {
  actor: {
    id: 'VARCHAR',
    kind: 'VARCHAR',
    name: 'VARCHAR',
    aliases: 'VARCHAR[]',
    roles: 'STRUCT(title VARCHAR, of_actor VARCHAR, from_date VARCHAR, to_date VARCHAR, aliases VARCHAR[])[]',
    member_of: 'VARCHAR[]',
    acts_for: 'VARCHAR[]',
    note: 'VARCHAR',
    pronoun: 'VARCHAR',
    of_actor: 'VARCHAR',
    iso: 'VARCHAR',
    url: 'VARCHAR',
  },
  source: {
    id: 'VARCHAR',
    kind: 'VARCHAR',
    title: 'VARCHAR',
    publisher: 'VARCHAR',
    authors: 'VARCHAR[]',
    url: 'VARCHAR',
    language: 'VARCHAR',
    published: 'VARCHAR',
    published_basis: 'VARCHAR',
    text: 'VARCHAR',
    text_file: 'VARCHAR',
    defects: 'STRUCT(kind VARCHAR, start_offset INTEGER, end_offset INTEGER, note VARCHAR)[]',
    note: 'VARCHAR',
  },
  claim: {
    id: 'VARCHAR',
    text: 'VARCHAR',
    subject: SUBJECT,
    predicate: 'VARCHAR',
    object: `STRUCT(type VARCHAR, actor VARCHAR, text VARCHAR, number DOUBLE, unit VARCHAR, approx VARCHAR, date VARCHAR, duration ${DURATION})`,
    claim_time: 'STRUCT(date VARCHAR, from_date VARCHAR, to_date VARCHAR)',
    place: SUBJECT,
    polarity: 'VARCHAR',
    first_since: `STRUCT(since VARCHAR, within ${DURATION})`,
    topics: 'VARCHAR[]',
    contradicts: 'VARCHAR[]',
    same_as: 'VARCHAR[]',
    note: 'VARCHAR',
  },
  attribution: {
    id: 'VARCHAR',
    claim: 'VARCHAR',
    source: 'VARCHAR',
    speaker: 'VARCHAR',
    mode: 'VARCHAR',
    via: 'STRUCT(type VARCHAR, id VARCHAR, attribution VARCHAR)[]',
    stance: 'VARCHAR',
    factuality: 'VARCHAR',
    cue: 'VARCHAR',
    said: 'VARCHAR',
    relative: 'STRUCT(said VARCHAR, when_text VARCHAR, anchor VARCHAR)',
    roles: 'STRUCT(actor VARCHAR, title VARCHAR, qualifier VARCHAR)[]',
    confidence: 'DOUBLE',
    credited_to: 'VARCHAR',
    note: 'VARCHAR',
    rating: 'STRUCT(label VARCHAR, value DOUBLE, best DOUBLE, worst DOUBLE)',
    quotes: 'STRUCT(text VARCHAR, start_offset INTEGER, end_offset INTEGER, prefix VARCHAR, suffix VARCHAR)[]',
  },
};

/** The Parquet file of each record type. */
export const PARQUET_FILES: Readonly<Record<EntityType, string>> = {
  actor: 'actors.parquet',
  source: 'sources.parquet',
  claim: 'claims.parquet',
  attribution: 'attributions.parquet',
};

/** The table (view) name of each record type in the SQL statements. */
export const TABLES: Readonly<Record<EntityType, string>> = {
  actor: 'actors',
  source: 'sources',
  claim: 'claims',
  attribution: 'attributions',
};
