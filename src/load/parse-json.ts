import { LineCounter, parseDocument } from 'yaml';
import { lineStarts, type Position, positionAt } from '../internal/position.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { COLLECTIONS, META_KEYS } from './collection-keys.js';
import type { FieldPath, Origin, ParsedFile, RawRecord } from './origin.js';
import { recordsFromDocument } from './parse-yaml.js';

/** The position a JSON.parse error names, from the engine's message. */
export function jsonErrorPosition(message: string, text: string, offset = 0): Position {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : text.length;
  return positionAt(lineStarts(text), at + offset);
}

/** The first line of a JSON.parse message, without the engine's own position suffix. */
export function jsonErrorReason(message: string): string {
  return message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
}

/**
 * Reads the records of a JSON file. It is parsed with JSON.parse for speed; positions, which
 * only diagnostics need, come from a second parse that runs the first time one is asked for.
 */
export function parseJsonRecords(text: string, file: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = jsonErrorPosition(message, text);
    const diagnostic: Diagnostic = {
      ruleId: 'syntax',
      severity: 'error',
      message: `${file} is not valid JSON at line ${line}, column ${column}: ${jsonErrorReason(message)}. None of its records were loaded.`,
      file,
      line,
      column,
    };
    return { records: [], diagnostics: [diagnostic] };
  }
  const isPlainObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const keysFine =
    isPlainObject &&
    Object.entries(value as object).every(
      ([key, list]) => META_KEYS.has(key) || (Object.hasOwn(COLLECTIONS, key) && (Array.isArray(list) || list == null)),
    );
  if (!keysFine) {
    // Let the YAML reader, which knows positions, describe what is wrong with the shape.
    const counter = new LineCounter();
    return recordsFromDocument(parseDocument(text, { lineCounter: counter }), counter, file);
  }
  let locator: ((path: FieldPath) => Position | undefined) | undefined;
  const locate = (path: FieldPath): Position | undefined => {
    if (!locator) {
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter });
      locator = (p) => {
        for (let depth = p.length; depth >= 0; depth--) {
          const node = doc.getIn(p.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
          if (node?.range) {
            const { line, col } = counter.linePos(node.range[0]);
            return { line, column: col };
          }
        }
        return undefined;
      };
    }
    return locator(path);
  };
  const records: RawRecord[] = [];
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    const type = COLLECTIONS[key];
    if (type === undefined || !Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const origin: Origin = { file, path: [key, index], locate: (field = []) => locate([key, index, ...field]) };
      records.push({ type, value: item, origin });
    });
  }
  return { records, diagnostics: [] };
}
