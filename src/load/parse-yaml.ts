import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { didYouMean } from '../internal/did-you-mean.js';
import type { Position } from '../internal/position.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { COLLECTIONS, META_KEYS } from './collection-keys.js';
import type { FieldPath, Origin, ParsedFile, RawRecord } from './origin.js';

/** Limits that keep hostile YAML (alias bombs, deep nesting) from exhausting memory or the stack. */
const MAX_ALIAS_COUNT = 1000;

function makeLocator(doc: Document, counter: LineCounter, base: FieldPath) {
  return (field: FieldPath = []): Position | undefined => {
    // Walk as deep as the path exists, so a missing field points at its record.
    const full = [...base, ...field];
    for (let depth = full.length; depth >= 0; depth--) {
      const node = doc.getIn(full.slice(0, depth), true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        const { line, col } = counter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return undefined;
  };
}

/**
 * Reads the records of a YAML file (JSON files go through here too when a position is needed).
 * A syntax error is reported with its line and column and the file yields no records.
 */
export function parseYamlRecords(text: string, file: string): ParsedFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = counter.linePos(error.pos[0]);
      diagnostics.push({
        ruleId: 'syntax',
        severity: 'error',
        message: `${file} is not valid YAML at line ${line}, column ${col}: ${error.message.split('\n')[0]}. None of its records were loaded.`,
        file,
        line,
        column: col,
      });
    }
    return { records: [], diagnostics };
  }
  return recordsFromDocument(doc, counter, file, diagnostics);
}

/** Turns a parsed document into records, reporting any shape problem at its place. */
export function recordsFromDocument(
  doc: Document,
  counter: LineCounter,
  file: string,
  diagnostics: Diagnostic[] = [],
): ParsedFile {
  const records: RawRecord[] = [];
  const root = doc.contents;
  const at = (node: Node | null | undefined) => {
    if (!node?.range) return {};
    const { line, col } = counter.linePos(node.range[0]);
    return { line, column: col };
  };
  if (root === null || root === undefined) return { records, diagnostics };
  if (!isMap(root)) {
    diagnostics.push({
      ruleId: 'schema',
      severity: 'error',
      message: `${file} should hold a mapping with the lists actors, sources, claims or attributions; it holds something else, so nothing in it was loaded.`,
      file,
      ...at(root),
      path: [],
    });
    return { records, diagnostics };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'error',
      message: `${file} could not be read: ${(error as Error).message}. None of its records were loaded.`,
      file,
      line: 1,
      column: 1,
    });
    return { records, diagnostics };
  }
  const object = value as Record<string, unknown>;
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const type = Object.hasOwn(COLLECTIONS, key) ? COLLECTIONS[key] : undefined;
    if (type === undefined) {
      if (META_KEYS.has(key)) continue;
      const guess = didYouMean(key, Object.keys(COLLECTIONS));
      diagnostics.push({
        ruleId: 'schema',
        severity: 'error',
        message: `${file} has an unknown top-level key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; what it holds was not loaded.`,
        file,
        ...at(pair.key as Node),
        path: [key],
        ...(guess ? { suggestion: guess } : {}),
      });
      continue;
    }
    const list = object[key];
    if (list === null || list === undefined) continue;
    if (!Array.isArray(list) || !isSeq(pair.value)) {
      diagnostics.push({
        ruleId: 'schema',
        severity: 'error',
        message: `"${key}" in ${file} should be a list of records; it is not, so it was not loaded.`,
        file,
        ...at(pair.value as Node),
        path: [key],
      });
      continue;
    }
    list.forEach((item, index) => {
      const origin: Origin = { file, path: [key, index], locate: makeLocator(doc, counter, [key, index]) };
      records.push({ type, value: item, origin });
    });
  }
  return { records, diagnostics };
}
