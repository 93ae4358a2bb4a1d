import { LineCounter, parseDocument } from 'yaml';
import type { Position } from '../internal/position.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import { COLLECTIONS } from './collection-keys.js';
import type { FieldPath, Origin, RawRecord } from './origin.js';
import { jsonErrorPosition, jsonErrorReason } from './parse-json.js';

const TYPE_NAMES = new Set<string>(Object.values(COLLECTIONS));

/**
 * The record type a JSONL file holds by its name: `attributions.jsonl`, `2024.claims.jsonl`.
 * Undefined when the name does not tell; each line must then carry `"$type"`.
 */
export function jsonlTypeFromName(file: string): EntityType | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  const parts = base.replace(/\.jsonl$/i, '').split('.');
  const last = parts[parts.length - 1] ?? '';
  return Object.hasOwn(COLLECTIONS, last) ? COLLECTIONS[last] : undefined;
}

/** Positions within one JSONL line, found by a second parse only when a diagnostic needs one. */
function lineLocator(text: string, line: number) {
  let doc: ReturnType<typeof parseDocument> | undefined;
  let counter: LineCounter | undefined;
  return (field: FieldPath = []): Position | undefined => {
    if (field.length === 0) return { line, column: 1 };
    if (!doc) {
      counter = new LineCounter();
      doc = parseDocument(text, { lineCounter: counter });
    }
    for (let depth = field.length; depth >= 0; depth--) {
      const node = doc.getIn(field.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range && counter) return { line, column: counter.linePos(node.range[0]).col };
    }
    return { line, column: 1 };
  };
}

/** The outcome of reading one JSONL line: a record, a diagnostic, or nothing for a blank line. */
export type JsonlLineResult = { record: RawRecord } | { diagnostic: Diagnostic } | undefined;

/**
 * Reads one line of a JSONL file. Blank lines are allowed and skipped; anything else either
 * becomes a record or a diagnostic that names the line.
 */
export function parseJsonlLine(
  text: string,
  line: number,
  file: string,
  fileType: EntityType | undefined,
): JsonlLineResult {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const { column } = jsonErrorPosition(message, text);
    return {
      diagnostic: {
        ruleId: 'syntax',
        severity: 'error',
        message: `Line ${line} of ${file} is not valid JSON (column ${column}): ${jsonErrorReason(message)}. That line was not loaded; the others were.`,
        file,
        line,
        column,
      },
    };
  }
  let type = fileType;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, '$type')) {
    const { $type, ...rest } = value as Record<string, unknown>;
    if (typeof $type !== 'string' || !TYPE_NAMES.has($type)) {
      return {
        diagnostic: {
          ruleId: 'schema',
          severity: 'error',
          message: `Line ${line} of ${file} has "$type": ${JSON.stringify($type)}; it should be one of actor, source, claim, attribution. That line was not loaded.`,
          file,
          line,
          column: 1,
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
  const origin: Origin = { file, path: [], locate: lineLocator(text, line) };
  return { record: { type, value, origin } };
}

/** Reads every line of a JSONL text. */
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
