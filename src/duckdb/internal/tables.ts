import type { EntityType } from '../../model/diagnostic.js';
import { PARQUET_COLUMNS } from '../columns.js';

/** The four record types, in the order a corpus lists them. */
export const ENTITY_TYPES: readonly EntityType[] = ['actor', 'source', 'claim', 'attribution'];

/**
 * The select list that casts each column of a record type to its Parquet type, by name.
 *
 * @param type - the record type
 * @param from - the alias of the relation whose columns are cast
 * @returns `CAST(x.id AS VARCHAR) AS id, …`
 * @example
 * castColumns('actor', 'x').startsWith('CAST(x."id" AS VARCHAR) AS "id"')
 * //=> true
 */
export function castColumns(type: EntityType, from: string): string {
  return Object.entries(PARQUET_COLUMNS[type])
    .map(([name, sqlType]) => `CAST(${from}."${name}" AS ${sqlType}) AS "${name}"`)
    .join(', ');
}

/**
 * DuckDB's `columns` argument of read_json for the Parquet columns of a record type.
 *
 * @param type - the record type
 * @returns a struct literal naming each column's type
 * @example
 * jsonColumns('actor').startsWith("{'id': 'VARCHAR'")
 * //=> true
 */
export function jsonColumns(type: EntityType): string {
  return `{${Object.entries(PARQUET_COLUMNS[type])
    .map(([name, sqlType]) => `'${name}': '${sqlType}'`)
    .join(', ')}}`;
}
