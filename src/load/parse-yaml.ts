import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLError } from 'yaml';
import { visible } from '../internal/confusables.js';
import { lineStarts, type Position, positionAt } from '../internal/position.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { COLLECTIONS, META_KEYS, unknownTopLevelKey } from './collection-keys.js';
import { yamlBlockNestingBeyond } from './nesting.js';
import type { FieldPath, Origin, ParsedFile, RawRecord } from './origin.js';

/**
 * Limits that keep hostile YAML from exhausting memory or the stack: aliases that expand into a
 * "billion laughs", and lists or mappings nested hundreds of levels deep. A real corpus file nests
 * about six levels and uses a handful of aliases at most.
 */
export const YAML_LIMITS = { maxAliasCount: 1000, maxFlowNesting: 100 } as const;

function keyOf(node: unknown): string {
  return String(isScalar(node) ? node.value : node);
}

function makeLocator(doc: Document, counter: LineCounter, base: FieldPath) {
  const position = (node: unknown): Position | undefined => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (!range) return undefined;
    const { line, col } = counter.linePos(range[0]);
    return { line, column: col };
  };
  const locate = (field: FieldPath = []): Position | undefined => {
    // Walk as deep as the path exists, so a missing field points at its record.
    const full = [...base, ...field];
    for (let depth = full.length; depth >= 0; depth--) {
      const found = position(doc.getIn(full.slice(0, depth), true));
      if (found) return found;
    }
    return undefined;
  };
  const locateKey = (field: FieldPath): Position | undefined => {
    const last = field[field.length - 1];
    const parent = doc.getIn([...base, ...field.slice(0, -1)], true);
    if (typeof last === 'string' && isMap(parent)) {
      const pair = parent.items.find((p) => keyOf(p.key) === last);
      const found = position(pair?.key);
      if (found) return found;
    }
    return locate(field);
  };
  return { locate, locateKey };
}

/**
 * Where flow collections (`[` and `{`) first nest deeper than `limit`, or -1. A quick scan that
 * skips quoted scalars and comments; it may miss nesting hidden in odd quoting, never invent it
 * in a file that is not nested (the parser's own guard catches what it misses).
 *
 * @param text - a YAML text
 * @param limit - the deepest nesting allowed
 * @returns the offset of the bracket that goes too deep, or -1
 *
 * @example
 * flowNestingBeyond('a: [[[1]]]', 2)
 * //=> 5
 */
export function flowNestingBeyond(text: string, limit: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34) {
      if (c === 92) i++;
      else if (c === 34) quote = 0;
      continue;
    }
    if (quote === 39) {
      if (c === 39) quote = 0;
      continue;
    }
    const previous = i === 0 ? 10 : text.charCodeAt(i - 1);
    if (previous === 10 && c !== 32 && c !== 9 && c !== 10 && c !== 13) depth = 0;
    if (c === 35 && (previous === 32 || previous === 9 || previous === 10)) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
    } else if (c === 34 || c === 39) {
      // A quote opens a scalar only where a scalar may start, not inside a word ("Kim's").
      if (
        previous === 32 ||
        previous === 9 ||
        previous === 10 ||
        previous === 91 ||
        previous === 123 ||
        previous === 44
      )
        quote = c;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
}

function syntaxDiagnostic(file: string, position: { line: number; col: number }, reason: string): Diagnostic {
  return {
    ruleId: 'syntax',
    severity: 'error',
    message: `${file} is not valid YAML at line ${position.line}, column ${position.col}: ${reason}. None of its records were loaded.`,
    file,
    line: position.line,
    column: position.col,
  };
}

function reasonOf(error: YAMLError): string {
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return 'lists or mappings are nested too deeply to read';
  }
  const first = error.message.split('\n')[0] ?? error.message;
  // The parser appends " at line L, column C"; the diagnostic says that already.
  const suffix = / at line \d+, column \d+:?$/.exec(first);
  return visible(suffix ? first.slice(0, suffix.index) : first, 200);
}

/**
 * Reads the records of a YAML file. A syntax error is reported with its line and column and the
 * file yields no records; so does a file nested too deeply or one whose aliases would expand
 * into too much data. Tags YAML cannot resolve are reported as warnings.
 *
 * @param text - the file's text
 * @param file - its path relative to the corpus directory, for diagnostics
 * @returns the records found and the diagnostics for everything that was not loaded
 *
 * @example
 * parseYamlRecords('actors:\n  - { id: a, kind: group, name: A }\n', 'a.yaml').records.length
 * //=> 1
 */
export function parseYamlRecords(text: string, file: string): ParsedFile {
  const counter = new LineCounter();
  const flowDeep = flowNestingBeyond(text, YAML_LIMITS.maxFlowNesting);
  const deep = flowDeep !== -1 ? flowDeep : yamlBlockNestingBeyond(text, YAML_LIMITS.maxFlowNesting);
  if (deep !== -1) {
    const { line, column } = positionAt(lineStarts(text.slice(0, deep + 1)), deep);
    const position = { line, col: column };
    return {
      records: [],
      diagnostics: [
        syntaxDiagnostic(
          file,
          position,
          `lists or mappings are nested more than ${YAML_LIMITS.maxFlowNesting} levels deep, which no corpus needs`,
        ),
      ],
    };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return {
      records: [],
      diagnostics: [
        syntaxDiagnostic(file, { line: 1, col: 1 }, `the YAML reader gave up (${(error as Error).message})`),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      diagnostics.push(syntaxDiagnostic(file, counter.linePos(error.pos[0]), reasonOf(error)));
    return { records: [], diagnostics };
  }
  for (const warning of doc.warnings) {
    const { line, col } = counter.linePos(warning.pos[0]);
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'warning',
      message: `${file} has something YAML reads in an unexpected way at line ${line}, column ${col}: ${reasonOf(warning)}. The value was read as plain text.`,
      file,
      line,
      column: col,
    });
  }
  return recordsFromDocument(doc, counter, file, diagnostics);
}

/**
 * Turns a parsed document into records, reporting any shape problem at its place.
 *
 * @param doc - a document without errors
 * @param counter - the line counter it was parsed with
 * @param file - its path relative to the corpus directory
 * @param diagnostics - where to add the problems found
 * @returns the records and the diagnostics
 *
 * @example
 * const counter = new LineCounter();
 * recordsFromDocument(parseDocument('claims: 3', { lineCounter: counter }), counter, 'a.yaml').diagnostics[0]?.path
 * //=> ['claims']
 */
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
    value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    const bomb = /alias/i.test((error as Error).message);
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'error',
      message: bomb
        ? `${file} uses YAML aliases (*name) that would expand into far too much data (more than ${YAML_LIMITS.maxAliasCount} copies), as in a "billion laughs" attack. None of its records were loaded.`
        : `${file} could not be read: ${visible((error as Error).message, 200)}. None of its records were loaded.`,
      file,
      line: 1,
      column: 1,
    });
    return { records, diagnostics };
  }
  const object = value as Record<string, unknown>;
  for (const pair of root.items) {
    const key = keyOf(pair.key);
    const type = Object.hasOwn(COLLECTIONS, key) ? COLLECTIONS[key] : undefined;
    if (type === undefined) {
      if (META_KEYS.has(key)) continue;
      diagnostics.push(unknownTopLevelKey(file, key, at(pair.key as Node)));
      continue;
    }
    const list = Object.hasOwn(object, key) ? object[key] : undefined;
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
      const origin: Origin = { file, path: [key, index], ...makeLocator(doc, counter, [key, index]) };
      records.push({ type, value: item, origin });
    });
  }
  return { records, diagnostics };
}
