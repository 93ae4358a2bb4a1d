import { z } from 'zod';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import type { Origin } from './origin.js';
import { type EntityByType, SCHEMA_BY_TYPE, validateRecord } from './validate-record.js';

/**
 * The record schemas compiled by zod's own ahead-of-time compiler (`z.compile`): straight-line
 * checks generated from the schemas, which fall back to zod's ordinary parser whenever they are
 * not sure. The schemas stay the single source of truth; only the speed changes.
 */
const COMPILED: { readonly [T in EntityType]: (typeof SCHEMA_BY_TYPE)[T] } = {
  actor: z.compile(SCHEMA_BY_TYPE.actor),
  source: z.compile(SCHEMA_BY_TYPE.source),
  claim: z.compile(SCHEMA_BY_TYPE.claim),
  attribution: z.compile(SCHEMA_BY_TYPE.attribution),
};

/**
 * Validates one raw record like `validateRecord`, with the same result, about twice as fast on
 * valid records. A record that fails is handed to `validateRecord`, so its diagnostics are
 * exactly the loader's.
 *
 * @param type - the record's type
 * @param value - the parsed, unvalidated value
 * @param origin - where it came from, for diagnostics
 * @returns the record with defaults filled in, or the diagnostics that say why not
 *
 * @example
 * validateRecordFast('actor', { id: 'ann', kind: 'person', name: 'Ann' }, origin).record?.aliases
 * //=> []
 */
export function validateRecordFast<T extends EntityType>(
  type: T,
  value: unknown,
  origin: Origin,
): { record?: EntityByType[T]; diagnostics: Diagnostic[] } {
  const result = COMPILED[type].safeParse(value);
  if (result.success) return { record: result.data as EntityByType[T], diagnostics: [] };
  return validateRecord(type, value, origin);
}
