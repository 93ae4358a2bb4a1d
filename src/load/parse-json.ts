import { visible } from '../internal/confusables.js';
import { lineStarts, type Position, positionAt } from '../internal/position.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { COLLECTIONS, META_KEYS, unknownTopLevelKey } from './collection-keys.js';
import { jsonPositions } from './json-positions.js';
import { type JsonDuplicateKey, jsonDuplicateKeys, jsonSyntaxProblem } from './json-syntax.js';
import { countKeysWithin, keyCountBound, MAX_NESTING } from './nesting.js';
import type { Origin, ParsedFile, RawRecord } from './origin.js';
import { TYPE_LABEL } from './validate-record.js';

/**
 * The position a JSON.parse error names, from the engine's message; the end of the text when the
 * message names none. Prefer {@link describeJsonError}, which finds the place itself.
 *
 * @param message - the message of the error JSON.parse threw
 * @param text - the text it was parsing
 * @param offset - added to a position read from the message
 * @returns the 1-based line and column
 *
 * @example
 * jsonErrorPosition('Unexpected token } in JSON at position 5', '{"a":}')
 * //=> { line: 1, column: 6 }
 */
export function jsonErrorPosition(message: string, text: string, offset = 0): Position {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : text.length;
  return positionAt(lineStarts(text), at + offset);
}

/**
 * The first line of a JSON.parse message, without the engine's own position suffix.
 *
 * @param message - the message of the error JSON.parse threw
 * @returns the reason alone
 *
 * @example
 * jsonErrorReason('Unexpected end of JSON input in JSON at position 7')
 * //=> 'Unexpected end of JSON input'
 */
export function jsonErrorReason(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  const at = firstLine.indexOf(' in JSON at position ');
  const reason = at === -1 ? firstLine : firstLine.slice(0, at);
  const suffix = / \(line \d+ column \d+\)$/.exec(reason);
  return suffix ? reason.slice(0, suffix.index) : reason;
}

/**
 * Why a JSON text does not parse and where: found by scanning the text, so that the place is exact
 * even when the engine's message names none. Falls back to the engine's message.
 *
 * @param text - the text JSON.parse refused
 * @param error - what it threw
 * @param unit - what the text is, for the reason: a `file` or a `line`
 * @returns the 1-based line and column, and the reason in plain words
 *
 * @example
 * describeJsonError('{"actors": [1,]}', new SyntaxError('Unexpected token'))
 * //=> { line: 1, column: 15, reason: 'a comma comes right before "]"; JSON does not allow a trailing comma' }
 */
export function describeJsonError(
  text: string,
  error: unknown,
  unit: 'file' | 'line' = 'file',
): { line: number; column: number; reason: string } {
  const problem = jsonSyntaxProblem(text, unit);
  if (problem) return { ...positionAt(lineStarts(text), problem.offset), reason: problem.reason };
  const message = error instanceof Error ? error.message : String(error);
  return { ...jsonErrorPosition(message, text), reason: jsonErrorReason(message) };
}

const isRecordPath = (path: readonly (string | number)[]) =>
  path.length >= 2 && typeof path[0] === 'string' && Object.hasOwn(COLLECTIONS, path[0]) && typeof path[1] === 'number';

/** Reports keys given twice; returns the records (`key/index`) that must not be loaded. */
function reportDuplicates(
  duplicates: JsonDuplicateKey[],
  value: Record<string, unknown>,
  file: string,
  positions: ReturnType<typeof jsonPositions>,
  diagnostics: Diagnostic[],
): Set<string> {
  const rejected = new Set<string>();
  // Of two equal top-level keys JSON.parse keeps the last; what sits under the others is gone.
  const live = new Map<string, number>();
  for (const d of duplicates) if (d.path.length === 0) live.set(d.key, d.offset);
  for (const d of duplicates) {
    const here = positions.at(d.offset);
    const first = positions.at(d.firstOffset);
    const shadowed =
      d.topKeyOffset !== undefined &&
      typeof d.path[0] === 'string' &&
      live.has(d.path[0]) &&
      live.get(d.path[0]) !== d.topKeyOffset;
    if (shadowed) continue;
    const places =
      first.line === here.line
        ? `at columns ${first.column} and ${here.column} of line ${here.line}`
        : `at lines ${first.line} and ${here.line}`;
    if (d.path.length === 0) {
      diagnostics.push({
        ruleId: 'syntax',
        severity: 'error',
        message: `${file} gives the top-level key "${visible(d.key)}" twice, ${places}; JSON keeps only the last, so what the first one holds was not loaded.`,
        file,
        line: here.line,
        column: here.column,
        path: [d.key],
      });
      continue;
    }
    const record = isRecordPath(d.path) ? `${d.path[0]}/${d.path[1]}` : undefined;
    if (record !== undefined) rejected.add(record);
    const item =
      record === undefined ? undefined : (value[d.path[0] as string] as unknown[] | undefined)?.[d.path[1] as number];
    const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    const label = `${d.path[0]}[${d.path[1]}]`;
    const type = record === undefined ? undefined : COLLECTIONS[d.path[0] as string];
    const who =
      type === undefined
        ? file
        : typeof id === 'string'
          ? `${TYPE_LABEL[type]} "${visible(id, 60)}" (${label})`
          : `The ${type} at ${label}`;
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'error',
      message: `${who} gives the key "${visible(d.key)}" twice, ${places}; JSON would keep only the last without a word${record ? ', so the record was not loaded' : ''}.`,
      file,
      line: here.line,
      column: here.column,
      path: [...d.path, d.key],
    });
  }
  return rejected;
}

/**
 * Reads the records of a JSON file: an object with any of the lists actors, sources, claims and
 * attributions. It is parsed with JSON.parse for speed; positions, which only diagnostics need,
 * come from a scan of the text on first use. Keys given twice, which JSON.parse would drop without
 * a word, are reported, and a record holding one is not loaded.
 *
 * @param text - the file's text
 * @param file - its path relative to the corpus directory, for diagnostics
 * @returns the records found and the diagnostics for everything that was not loaded
 *
 * @example
 * parseJsonRecords('{"actorz": []}', 'a.json').diagnostics[0]?.suggestion
 * //=> 'actors'
 */
export function parseJsonRecords(text: string, file: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { line, column, reason } = describeJsonError(text, error);
    const diagnostic: Diagnostic = {
      ruleId: 'syntax',
      severity: 'error',
      message: `${file} is not valid JSON at line ${line}, column ${column}: ${reason}. None of its records were loaded.`,
      file,
      line,
      column,
    };
    return { records: [], diagnostics: [diagnostic] };
  }
  const keys = countKeysWithin(value, MAX_NESTING);
  if (keys === -1) {
    const { line, column, reason } = describeJsonError(text, undefined);
    const diagnostic: Diagnostic = {
      ruleId: 'syntax',
      severity: 'error',
      message: `${file} cannot be read at line ${line}, column ${column}: ${reason}. None of its records were loaded.`,
      file,
      line,
      column,
    };
    return { records: [], diagnostics: [diagnostic] };
  }
  const positions = jsonPositions(text);
  const diagnostics: Diagnostic[] = [];
  const rootAt = () => positions.value([]) ?? { line: 1, column: 1 };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push({
      ruleId: 'schema',
      severity: 'error',
      message: `${file} should hold a mapping with the lists actors, sources, claims or attributions; it holds ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}, so nothing in it was loaded.`,
      file,
      ...rootAt(),
      path: [],
    });
    return { records: [], diagnostics };
  }
  const rejected =
    keyCountBound(text) === keys
      ? new Set<string>()
      : reportDuplicates(jsonDuplicateKeys(text), value as Record<string, unknown>, file, positions, diagnostics);
  const records: RawRecord[] = [];
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    if (META_KEYS.has(key)) continue;
    if (!Object.hasOwn(COLLECTIONS, key)) {
      diagnostics.push(unknownTopLevelKey(file, key, positions.key([key])));
      continue;
    }
    if (list === null || list === undefined) continue;
    if (!Array.isArray(list)) {
      diagnostics.push({
        ruleId: 'schema',
        severity: 'error',
        message: `"${key}" in ${file} should be a list of records; it is not, so it was not loaded.`,
        file,
        ...positions.value([key]),
        path: [key],
      });
      continue;
    }
    const type = COLLECTIONS[key] as RawRecord['type'];
    list.forEach((item, index) => {
      if (rejected.has(`${key}/${index}`)) return;
      const origin: Origin = {
        file,
        path: [key, index],
        locate: (field = []) => positions.value([key, index, ...field]),
        locateKey: (field = []) => positions.key([key, index, ...field]),
      };
      records.push({ type, value: item, origin });
    });
  }
  return { records, diagnostics };
}
