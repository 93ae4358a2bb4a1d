import { visible } from '../internal/confusables.js';
import type { Position } from '../internal/position.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import { COLLECTIONS } from './collection-keys.js';
import { jsonPositions } from './json-positions.js';
import { jsonDuplicateKeys } from './json-syntax.js';
import { countKeysWithin, keyCountBound, MAX_NESTING } from './nesting.js';
import type { FieldPath, Origin, RawRecord } from './origin.js';
import { describeJsonError } from './parse-json.js';

const TYPE_NAMES = new Set<string>(Object.values(COLLECTIONS));

/**
 * The record type a JSONL file holds by its name: `attributions.jsonl`, `2024.claims.jsonl`.
 * Undefined when the name does not tell; each line must then carry `"$type"`.
 *
 * @param file - the file's path or name
 * @returns the record type, or undefined
 *
 * @example
 * jsonlTypeFromName('data/2024.claims.jsonl')
 * //=> 'claim'
 */
export function jsonlTypeFromName(file: string): EntityType | undefined {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.toLowerCase().lastIndexOf('.');
  const stem = dot === -1 ? base : base.slice(0, dot);
  const last = stem.slice(stem.lastIndexOf('.') + 1);
  return Object.hasOwn(COLLECTIONS, last) ? COLLECTIONS[last] : undefined;
}

/** Positions within one JSONL line, found by a scan of the line only when a diagnostic needs one. */
function lineLocator(text: string, line: number) {
  let positions: ReturnType<typeof jsonPositions> | undefined;
  const onLine = (p: Position | undefined): Position => ({ line, column: p?.column ?? 1 });
  return {
    locate(field: FieldPath = []): Position {
      if (field.length === 0) return { line, column: 1 };
      return onLine((positions ??= jsonPositions(text)).value(field));
    },
    locateKey(field: FieldPath): Position {
      return onLine((positions ??= jsonPositions(text)).key(field));
    },
  };
}

/** The outcome of reading one JSONL line: a record, a diagnostic, or nothing for a blank line. */
export type JsonlLineResult = { record: RawRecord } | { diagnostic: Diagnostic } | undefined;

/**
 * Reads one line of a JSONL file. Blank lines are allowed and skipped; anything else either
 * becomes a record or a diagnostic that names the line.
 *
 * @param text - the line, without its line break
 * @param line - its 1-based number
 * @param file - the file's path relative to the corpus directory
 * @param fileType - the record type the file's name gives, if any
 * @returns a record, a diagnostic, or undefined for a blank line
 *
 * @example
 * parseJsonlLine('{"id": "a",', 3, 'actors.jsonl', 'actor')
 * //=> { diagnostic: { ruleId: 'syntax', line: 3, column: 12, ... } }
 */
export function parseJsonlLine(
  text: string,
  line: number,
  file: string,
  fileType: EntityType | undefined,
): JsonlLineResult {
  const read = readJsonlLine(text, line, file, fileType);
  if (read === undefined || 'diagnostic' in read) return read;
  const origin: Origin = { file, path: [], ...lineLocator(text, line) };
  return { record: { type: read.type, value: read.value, origin } };
}

/** What {@link readJsonlLine} gives: the line's record type and value, a diagnostic, or nothing. */
export type JsonlLineValue = { type: EntityType; value: unknown } | { diagnostic: Diagnostic } | undefined;

/**
 * Reads one line of a JSONL file like {@link parseJsonlLine}, without making an origin: the loader
 * makes its own compact one.
 *
 * @param text - the line, without its line break
 * @param line - its 1-based number
 * @param file - the file's path relative to the corpus directory
 * @param fileType - the record type the file's name gives, if any
 * @returns the record type and value, a diagnostic, or undefined for a blank line
 *
 * @example
 * readJsonlLine('{"id":"a","kind":"group","name":"A"}', 1, 'actors.jsonl', 'actor')?.type
 * //=> 'actor'
 */
export function readJsonlLine(
  text: string,
  line: number,
  file: string,
  fileType: EntityType | undefined,
): JsonlLineValue {
  // Most lines start with "{"; only others can be blank.
  if (text.charCodeAt(0) !== 123 && text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { column, reason } = describeJsonError(text, error, 'line');
    return {
      diagnostic: {
        ruleId: 'syntax',
        severity: 'error',
        message: `Line ${line} of ${file} is not valid JSON (column ${column}): ${reason}. That line was not loaded; the others were.`,
        file,
        line,
        column,
      },
    };
  }
  const keys = countKeysWithin(value, MAX_NESTING);
  if (keys === -1) {
    const { column, reason } = describeJsonError(text, undefined, 'line');
    return {
      diagnostic: {
        ruleId: 'syntax',
        severity: 'error',
        message: `Line ${line} of ${file} cannot be read (column ${column}): ${reason}. That line was not loaded; the others were.`,
        file,
        line,
        column,
      },
    };
  }
  // Keys JSON.parse kept fewer than the text may hold: look for one given twice.
  if (keyCountBound(text) !== keys) {
    const duplicate = jsonDuplicateKeys(text)[0];
    if (duplicate) {
      return {
        diagnostic: {
          ruleId: 'syntax',
          severity: 'error',
          message: `Line ${line} of ${file} gives the key "${visible(duplicate.key)}" twice (columns ${duplicate.firstOffset + 1} and ${duplicate.offset + 1}); JSON would keep only the last without a word, so that line was not loaded.`,
          file,
          line,
          column: duplicate.offset + 1,
          path: [...duplicate.path, duplicate.key],
        },
      };
    }
  }
  let type = fileType;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, '$type')) {
    const { $type, ...rest } = value as Record<string, unknown>;
    if (typeof $type !== 'string' || !TYPE_NAMES.has($type)) {
      return {
        diagnostic: {
          ruleId: 'schema',
          severity: 'error',
          message: `Line ${line} of ${file} has "$type": ${visible(JSON.stringify($type) ?? String($type))}; it should be one of actor, source, claim, attribution. That line was not loaded.`,
          file,
          line,
          column: lineLocator(text, line).locateKey(['$type']).column,
          path: ['$type'],
        },
      };
    }
    type = $type as EntityType;
    value = rest;
  }
  if (type === undefined) {
    return {
      diagnostic: {
        ruleId: 'schema',
        severity: 'error',
        message: `Line ${line} of ${file} does not say what kind of record it is: name the file like attributions.jsonl or give the line a "$type". That line was not loaded.`,
        file,
        line,
        column: 1,
      },
    };
  }
  return { type, value };
}

/**
 * Reads every line of a JSONL text. A bad line is reported with its number and the others still
 * load. Lines end with `\n` or `\r\n`.
 *
 * @param text - the file's text
 * @param file - its path relative to the corpus directory
 * @returns the records and the diagnostics of the lines that were not loaded
 *
 * @example
 * parseJsonlRecords('{"id":"a","kind":"group","name":"A"}\n{oops}\n', 'actors.jsonl').diagnostics[0]?.line
 * //=> 2
 */
export function parseJsonlRecords(text: string, file: string): { records: RawRecord[]; diagnostics: Diagnostic[] } {
  const fileType = jsonlTypeFromName(file);
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    const result = parseJsonlLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, line, file, fileType);
    if (result && 'record' in result) records.push(result.record);
    else if (result) diagnostics.push(result.diagnostic);
    start = end + 1;
    line++;
  }
  return { records, diagnostics };
}
