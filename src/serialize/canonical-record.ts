import { isDeepStrictEqual } from 'node:util';
import { SCHEMA_BY_TYPE } from '../load/validate-record.js';
import type { EntityType } from '../model/diagnostic.js';

/**
 * The order keys are written in, wherever they occur: identity first, then what the record says,
 * then its details and remarks. Keys not listed (fields added to the model later) follow in code
 * unit order, so the output stays deterministic.
 */
const KEY_ORDER = [
  'type',
  'id',
  'kind',
  'mode',
  'actor',
  'name',
  'title',
  'text',
  'literal',
  'subject',
  'predicate',
  'object',
  'value',
  'unit',
  'approx',
  'years',
  'months',
  'days',
  'claim',
  'source',
  'speaker',
  'via',
  'qualifier',
  'pronoun',
  'of',
  'iso',
  'url',
  'publisher',
  'authors',
  'language',
  'published',
  'publishedBasis',
  'textFile',
  'when',
  'where',
  'from',
  'to',
  'since',
  'in',
  'aliases',
  'polarity',
  'first',
  'topics',
  'contradicts',
  'sameAs',
  'quotes',
  'start',
  'end',
  'prefix',
  'suffix',
  'stance',
  'factuality',
  'cue',
  'said',
  'relative',
  'anchor',
  'roles',
  'memberOf',
  'actsFor',
  'confidence',
  'note',
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

function compareKeys(a: string, b: string): number {
  const x = RANK.get(a) ?? KEY_ORDER.length;
  const y = RANK.get(b) ?? KEY_ORDER.length;
  return x - y || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A copy of a value with object keys in canonical order and undefined members left out; with
 * `dropEmptyLists`, empty lists go too (the schemas default them back to `[]`). Keys are defined,
 * not assigned, so that a key such as `__proto__` stays plain data.
 *
 * @param value - plain data
 * @param dropEmptyLists - leave out members that are empty lists
 * @returns the copy
 *
 * @example
 * Object.keys(orderKeys({ name: 'Kim', aliases: [], id: 'kim', kind: 'person' }, true))
 * //=> ['id', 'kind', 'name']
 */
export function orderKeys(value: unknown, dropEmptyLists: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, dropEmptyLists));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined) continue;
    if (dropEmptyLists && Array.isArray(member) && member.length === 0) continue;
    // Define rather than assign, so that a key such as "__proto__" stays plain data.
    Object.defineProperty(out, key, {
      value: orderKeys(member, dropEmptyLists),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * The form a record is written in: keys in canonical order, and empty lists left out where
 * reading the record back fills them in again. The short form is checked against the schema, so
 * writing a record never changes what is read back; when the check fails (a record the schema
 * would not accept, or a default that is not an empty list) the full form is written.
 *
 * @param type - the kind of record
 * @param record - the record as it should read back (for a source, without a text kept elsewhere)
 * @returns a plain object ready to be written
 *
 * @example
 * canonicalRecord('actor', { id: 'kim', kind: 'person', name: 'Kim', aliases: [], roles: [], memberOf: [], actsFor: [] })
 * //=> { id: 'kim', kind: 'person', name: 'Kim' }
 */
export function canonicalRecord(type: EntityType, record: object): Record<string, unknown> {
  const short = orderKeys(record, true) as Record<string, unknown>;
  const parsed = SCHEMA_BY_TYPE[type].safeParse(short);
  if (parsed.success && isDeepStrictEqual(parsed.data, plain(record))) return short;
  return orderKeys(record, false) as Record<string, unknown>;
}

/** The record without undefined members, as reading it back would give it. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue;
    Object.defineProperty(out, key, { value: plain(member), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
