import type { EntityType } from '../model/diagnostic.js';
import { asLiteral } from './as-literal.js';

/**
 * The one empty list all records share.
 *
 * @example
 * Object.isFrozen(EMPTY)
 * //=> true
 */
export const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Makes equal strings one string. JSON.parse gives every occurrence of a speaker id, a source id
 * or a reporting verb its own copy; a million attributions then hold a million copies of a few
 * thousand strings.
 */
export class Interner {
  #strings = new Map<string, string>();

  of(value: string): string;
  of(value: string | undefined): string | undefined;
  of(value: string | undefined): string | undefined {
    // V8's JSON.parse already shares strings of up to ten characters.
    if (value === undefined || value.length <= 10) return value;
    const known = this.#strings.get(value);
    if (known !== undefined) return known;
    this.#strings.set(value, value);
    return value;
  }

  /** How many distinct strings it holds. */
  get size(): number {
    return this.#strings.size;
  }
}

type Mutable = Record<string, unknown>;

/** What compacting does to the top-level fields of one record type. */
export interface CompactSpec {
  /** Fields whose string value is interned. */
  readonly strings: readonly string[];
  /** List fields, shared as one frozen empty list when empty; `true`: their strings are interned. */
  readonly lists: Readonly<Record<string, boolean>>;
}

/**
 * The fields each record type compacts: references and enum values are interned (a few thousand
 * distinct values among millions), the lists filled in by schema defaults are shared when empty.
 * The loader's generated fast path (fast-record.ts) reads the same table.
 *
 * @example
 * COMPACT.attribution.lists.via
 * //=> true
 */
export const COMPACT: Readonly<Record<EntityType, CompactSpec>> = {
  attribution: {
    strings: ['claim', 'source', 'speaker', 'mode', 'cue'],
    lists: { via: true, roles: false, quotes: false },
  },
  claim: { strings: ['subject', 'predicate', 'where'], lists: { topics: true, contradicts: true, sameAs: true } },
  source: { strings: ['kind', 'publisher'], lists: { authors: true } },
  actor: { strings: [], lists: { aliases: false, roles: false, memberOf: true, actsFor: true } },
};

function list(value: unknown, intern?: Interner): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return EMPTY;
  if (intern) for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') value[i] = intern.of(value[i]);
  return value;
}

/**
 * Shrinks a validated record before it is frozen: references and enum values share one string
 * per distinct value, empty lists (filled in by the schema defaults) share one frozen empty
 * array, and objects are remade as literals (see {@link asLiteral}). The record's content is
 * unchanged; only its memory is.
 *
 * @param type - the record's type
 * @param record - a record as validation returns it (not yet frozen)
 * @param intern - the interner shared by the whole load
 * @returns an equal record in less memory
 */
export function compactRecord<T extends object>(type: EntityType, record: T, intern: Interner): T {
  const r = record as Mutable;
  const spec = COMPACT[type];
  for (const key of spec.strings) {
    const value = r[key];
    if (typeof value === 'string') r[key] = intern.of(value);
  }
  for (const key in spec.lists) if (key in r) r[key] = list(r[key], spec.lists[key] ? intern : undefined);
  return asLiteral(record);
}
