import type { EntityType } from '../model/diagnostic.js';
import { asLiteral } from './as-literal.js';

const EMPTY: readonly never[] = Object.freeze([]);

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

function list(value: unknown, intern?: Interner): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return EMPTY;
  if (intern) for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') value[i] = intern.of(value[i]);
  return value;
}

function field(record: Mutable, key: string, intern: Interner): void {
  const value = record[key];
  if (typeof value === 'string') record[key] = intern.of(value);
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
  switch (type) {
    case 'attribution':
      for (const key of ['claim', 'source', 'speaker', 'mode', 'cue']) field(r, key, intern);
      r.via = list(r.via, intern);
      if ('roles' in r) r.roles = list(r.roles);
      if ('quotes' in r) r.quotes = list(r.quotes);
      break;
    case 'claim':
      for (const key of ['subject', 'predicate', 'where']) field(r, key, intern);
      r.topics = list(r.topics, intern);
      r.contradicts = list(r.contradicts, intern);
      r.sameAs = list(r.sameAs, intern);
      break;
    case 'source':
      for (const key of ['kind', 'publisher']) field(r, key, intern);
      r.authors = list(r.authors, intern);
      break;
    case 'actor':
      for (const key of ['aliases', 'roles', 'memberOf', 'actsFor'])
        r[key] = list(r[key], key === 'actsFor' || key === 'memberOf' ? intern : undefined);
      break;
  }
  return asLiteral(record);
}
