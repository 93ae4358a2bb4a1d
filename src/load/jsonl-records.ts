import { closeSync, openSync, readSync } from 'node:fs';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import type { Interner } from './compact-record.js';
import { decodeCorpusFile } from './decode.js';
import { FAST_RECORD, type FastRecord, fastRecordKeys } from './fast-record.js';
import { type JsonlFile, JsonlOrigin } from './jsonl-origin.js';
import { keyCountBound } from './nesting.js';
import type { RawRecord } from './origin.js';
import { jsonlTypeFromName, readJsonlLine } from './parse-jsonl.js';
import { type FileLine, type ReadProgress, readLineBatchesSync, readLineBytesAt } from './read-lines.js';

/**
 * Why a JSONL file cannot be read at all (it is UTF-16 or UTF-32 text), judged from its first
 * few kilobytes with the loader's own decoder; undefined when it looks like UTF-8.
 */
export function wrongEncoding(path: string): string | undefined {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.allocUnsafe(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const decoded = decodeCorpusFile(head.subarray(0, n));
    return !decoded.ok && /UTF-(16|32)/.test(decoded.reason) ? decoded.reason : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The diagnostic for a line whose bytes are not UTF-8. With the file's path, the line's bytes are
 * read again (a rare path) so the message names the bad byte and its column, as `loadCorpus` does.
 */
export function badLineDiagnostic(file: string, line: FileLine, path?: string): Diagnostic {
  const bytes = path === undefined ? undefined : readLineBytesAt(path, line.offset);
  const decoded = bytes === undefined ? undefined : decodeCorpusFile(bytes, line.line);
  if (decoded && !decoded.ok) {
    return {
      ruleId: 'syntax',
      severity: 'error',
      message: `Line ${line.line} of ${file} could not be read: ${decoded.reason}. That line was not loaded; the others were.`,
      file,
      line: line.line,
      column: decoded.column ?? 1,
    };
  }
  return {
    ruleId: 'syntax',
    severity: 'error',
    message: `Line ${line.line} of ${file} is not valid UTF-8 (it may have been saved in another encoding, such as Latin-1). That line was not loaded; the others were.`,
    file,
    line: line.line,
    column: 1,
  };
}

/**
 * A line through the generated fast path: parsed, checked and built into its compact record, when
 * the record is valid, has no key given twice and names no text file to read; undefined when not
 * sure, and the line then goes the ordinary way, which parses it again and words what is wrong.
 * The validator counts the keys it reads; equal to the bound on the keys written in the text, no
 * key was unknown and none was given twice, and the line needs no second scan.
 */
function fastLine(text: string, fast: FastRecord, intern: Interner): { id: string } | undefined {
  if (text.charCodeAt(0) !== 123) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const record = fast(value, intern);
  if (record === undefined || keyCountBound(text) !== fastRecordKeys()) return undefined;
  // A text file is read by the preparer, which reports it when it cannot be used.
  return (record as { textFile?: unknown }).textFile === undefined ? record : undefined;
}

/**
 * Reads a JSONL file line by line into raw (not yet validated) records, through the loader's own
 * line parser, so that each line is judged exactly as `loadCorpus` judges it. The records of
 * each chunk of a few megabytes come together, so that a load resumes a generator once a chunk,
 * not once a line. Memory is bounded by the longest line.
 *
 * @param path - absolute path of the file
 * @param file - its name as diagnostics print it (relative to the corpus directory)
 * @param diagnostics - where the lines that cannot be read are reported
 * @param options - progress callback; `type` to assume when neither the file name nor `$type` tells;
 *   `intern`, the load's interner, lets valid lines take the generated fast path (their records
 *   come `checked`, validated and compact)
 * @returns an iterator over the records of each chunk, in line order
 * @throws {Error} when the file cannot be opened (the system error)
 *
 * @example
 * [...readJsonlRecords('/corpus/actors.jsonl', 'actors.jsonl', [])][0]?.[0]?.type
 * //=> 'actor'
 */
export function* readJsonlRecords(
  path: string,
  file: string,
  diagnostics: Diagnostic[],
  options: ReadProgress & { readonly type?: EntityType; readonly intern?: Interner } = {},
): Generator<RawRecord[]> {
  const encoding = wrongEncoding(path);
  if (encoding !== undefined) {
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'error',
      message: `${file} could not be read: ${encoding}. None of its records were loaded.`,
      file,
      line: 1,
      column: 1,
    });
    return;
  }
  const source: JsonlFile = { file, path, type: jsonlTypeFromName(file) ?? options.type };
  const { intern } = options;
  const fast = source.type === undefined || intern === undefined ? undefined : FAST_RECORD[source.type];
  // Chunks of 64 KiB, not 4 MiB: a chunk's lines and parsed values are then garbage before the
  // next young-generation collection, instead of being copied and promoted with the records.
  for (const batch of readLineBatchesSync(path, { chunkSize: 1 << 16, ...options })) {
    const records: RawRecord[] = [];
    for (const line of batch) {
      if (!line.valid) {
        diagnostics.push(badLineDiagnostic(file, line, path));
        continue;
      }
      const checked = fast && fastLine(line.text, fast, intern as Interner);
      if (checked) {
        const origin = new JsonlOrigin(source, line.line, line.offset);
        records.push({ type: source.type as EntityType, value: checked, origin, checked: true });
        continue;
      }
      const result = readJsonlLine(line.text, line.line, file, source.type);
      if (result === undefined) continue;
      if ('diagnostic' in result) {
        diagnostics.push(result.diagnostic);
        continue;
      }
      const origin = new JsonlOrigin(source, line.line, line.offset, line.text);
      records.push({ type: result.type, value: result.value, origin });
    }
    yield records;
  }
}
