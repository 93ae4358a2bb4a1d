import type { Position } from '../internal/position.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';

/** A path to a field: keys and array indices. */
export type FieldPath = readonly (string | number)[];

/**
 * Where a record came from: its file (relative to the corpus directory), its path within that
 * file (`['attributions', 3]`, or `[]` for a JSONL line) and a way to find any of its fields.
 * Positions are looked up on demand so that large corpora do not pay for them up front.
 */
export interface Origin {
  /** Absent for records built in code. */
  readonly file?: string;
  readonly path: FieldPath;
  /** Position of the record itself, or of one of its fields; undefined when it cannot be told. */
  locate(field?: FieldPath): Position | undefined;
  /** Position of a field's key (where an unknown field is best pointed at); falls back to `locate`. */
  locateKey?(field: FieldPath): Position | undefined;
}

/** A parsed, not yet validated record, with its kind and origin. */
export interface RawRecord {
  readonly type: EntityType;
  readonly value: unknown;
  readonly origin: Origin;
  /**
   * Set when the loader's generated fast path has already validated the value and built the
   * compact record the store keeps: `value` is that record, defaults filled in.
   */
  readonly checked?: true;
}

/** What a file parser gives back: the records it could read and what went wrong. */
export interface ParsedFile {
  readonly records: RawRecord[];
  readonly diagnostics: Diagnostic[];
}

/** The place fields of a Diagnostic for a field of a record. */
export function placeOf(origin: Origin, field: FieldPath = []): Pick<Diagnostic, 'file' | 'line' | 'column' | 'path'> {
  const position = origin.locate(field);
  return {
    ...(origin.file !== undefined ? { file: origin.file } : {}),
    ...(position ? { line: position.line, column: position.column } : {}),
    path: [...origin.path, ...field],
  };
}

/** The place fields of a Diagnostic for the key of a field, such as an unknown one. */
export function placeOfKey(origin: Origin, field: FieldPath): Pick<Diagnostic, 'file' | 'line' | 'column' | 'path'> {
  if (!origin.locateKey) return placeOf(origin, field);
  const position = origin.locateKey(field);
  return {
    ...(origin.file !== undefined ? { file: origin.file } : {}),
    ...(position ? { line: position.line, column: position.column } : {}),
    path: [...origin.path, ...field],
  };
}
