import { deepEqual } from '../internal/deep-equal.js';
import { formatPath } from '../internal/format-path.js';
import type { Origin, RawRecord } from '../load/origin.js';
import { placeOf } from '../load/origin.js';
import { TYPE_LABEL, validateRecord } from '../load/validate-record.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import type { Entry, Store, StoreAdditions } from './store.js';

type Buckets = { -readonly [K in Exclude<keyof StoreAdditions, 'byId'>]-?: Entry<never>[] };
const BUCKET: Record<EntityType, keyof Buckets> = {
  actor: 'actors',
  source: 'sources',
  claim: 'claims',
  attribution: 'attributions',
};

function where(origin: Origin | undefined): string {
  if (!origin) return 'an earlier record';
  const position = origin.locate();
  const field = origin.path.length > 0 ? ` (${formatPath(origin.path)})` : '';
  return `${origin.file}${position ? `:${position.line}` : ''}${field}`;
}

/**
 * The message of a duplicate-id diagnostic, shared by the loader and the DuckDB engine.
 *
 * @param type - the kind of record
 * @param id - the id both records have
 * @param same - whether the two records have the same content
 * @param earlier - where the first one is, as `file:line`
 * @returns the sentence
 * @example
 * duplicateIdMessage('actor', 'ann', true, 'actors.jsonl:3')
 * //=> 'Actor "ann" is defined twice with the same content, at actors.jsonl:3 and here; the second is ignored.'
 */
export function duplicateIdMessage(type: EntityType, id: string, same: boolean, earlier: string): string {
  return same
    ? `${TYPE_LABEL[type]} "${id}" is defined twice with the same content, at ${earlier} and here; the second is ignored.`
    : `${TYPE_LABEL[type]} "${id}" is defined twice with different content, at ${earlier} and here; only the first was loaded.`;
}

/** Validates one raw record: `validateRecord`, or a faster equivalent. */
export type RecordValidator = (
  type: EntityType,
  value: unknown,
  origin: Origin,
) => { record?: { id: string }; diagnostics: Diagnostic[] };

/** Makes the store entry of a validated record; a loader may give a more compact form of origin. */
export type EntryMaker = (record: { id: string }, origin: Origin) => Entry<{ id: string }>;

const plainEntry: EntryMaker = (record, origin) => ({ record, origin });

/** Takes raw records one at a time and, when all are in, gives the additions for a store. */
export interface RecordCollector {
  /** Validates one raw record and files it by id, or reports why not. */
  add(raw: RawRecord): void;
  /** The records filed so far, bucketed by type, with their id maps. */
  finish(): StoreAdditions;
}

/**
 * Validates raw records and files them by id, one at a time, so that a caller can pause between
 * records (an asynchronous load gives the event loop its turn). A record that fails its schema is
 * reported and left out; a second record with an id already taken is reported with both places
 * and left out.
 */
export function recordCollector(
  diagnostics: Diagnostic[],
  base?: Store,
  replace = false,
  prepare?: (type: EntityType, record: { id: string }, origin: Origin, compact?: boolean) => { id: string },
  validate: RecordValidator = validateRecord,
  makeEntry: EntryMaker = plainEntry,
): RecordCollector {
  const buckets: Buckets = { actors: [], sources: [], claims: [], attributions: [] };
  const seen: Record<EntityType, Map<string, Entry<unknown>>> = {
    actor: new Map(),
    source: new Map(),
    claim: new Map(),
    attribution: new Map(),
  };
  const add = ({ type, value, origin, checked }: RawRecord): void => {
    let valid: { id: string } | undefined;
    if (checked) valid = value as { id: string };
    else {
      const result = validate(type, value, origin);
      for (const d of result.diagnostics) diagnostics.push(d);
      valid = result.record;
    }
    if (!valid) return;
    const record = prepare ? prepare(type, valid, origin, checked) : valid;
    const id = record.id;
    const earlier = seen[type].get(id) ?? (replace ? undefined : base ? baseEntry(base, type, id) : undefined);
    if (earlier) {
      const same = deepEqual(earlier.record, record);
      diagnostics.push({
        ruleId: 'duplicate-id',
        severity: same ? 'warning' : 'error',
        message: duplicateIdMessage(type, id, same, where(earlier.origin)),
        entity: { type, id },
        ...placeOf(origin),
        related: [
          {
            type,
            id,
            ...(earlier.origin ? { file: earlier.origin.file } : {}),
            ...(earlier.origin?.locate() ? { line: earlier.origin.locate()?.line } : {}),
          },
        ],
      });
      return;
    }
    const entry = makeEntry(Object.freeze(record), origin);
    seen[type].set(id, entry);
    (buckets[BUCKET[type]] as Entry<unknown>[]).push(entry);
  };
  // The maps built for spotting duplicates are the id maps a new store needs; hand them on.
  return { add, finish: () => ({ ...buckets, byId: seen as StoreAdditions['byId'] }) };
}

/**
 * Validates raw records and files them by id. A record that fails its schema is reported and left
 * out; a second record with an id already taken is reported with both places and left out.
 */
export function collectRecords(
  raw: Iterable<RawRecord>,
  diagnostics: Diagnostic[],
  base?: Store,
  replace = false,
  prepare?: (type: EntityType, record: { id: string }, origin: Origin) => { id: string },
  validate: RecordValidator = validateRecord,
  makeEntry: EntryMaker = plainEntry,
): StoreAdditions {
  const collector = recordCollector(diagnostics, base, replace, prepare, validate, makeEntry);
  for (const record of raw) collector.add(record);
  return collector.finish();
}

function baseEntry(base: Store, type: EntityType, id: string): Entry<unknown> | undefined {
  const map =
    type === 'actor'
      ? base.actors
      : type === 'source'
        ? base.sources
        : type === 'claim'
          ? base.claims
          : base.attributions;
  return map.get(id);
}
