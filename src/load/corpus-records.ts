import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Interner } from './compact-record.js';
import { decodeCorpusFile } from './decode.js';
import { readJsonlRecords } from './jsonl-records.js';
import { FORMATS } from './list-corpus-files.js';
import type { RawRecord } from './origin.js';
import { parseCorpusText } from './parse-corpus-text.js';

/** Called as the files are read, with the bytes read so far and the bytes of all corpus files. */
export type LoadProgress = (read: number, total: number) => void;

/** Reads a YAML or JSON file whole: decode, then parse. */
function* wholeFileRecords(root: string, file: string, diagnostics: Diagnostic[]): Generator<RawRecord[]> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'error',
      message: `${file} could not be read (the system said ${code}); none of its records were loaded.`,
      file,
    });
    return;
  }
  const decoded = decodeCorpusFile(bytes);
  if (!decoded.ok) {
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'error',
      message: `${file} could not be read: ${decoded.reason}. None of its records were loaded.`,
      file,
      line: decoded.line ?? 1,
      column: decoded.column ?? 1,
    });
    return;
  }
  const parsed = parseCorpusText(decoded.text, file);
  for (const d of parsed.diagnostics) diagnostics.push(d);
  yield parsed.records;
}

/** Reads a JSONL file line by line: decode and parse each line; the records of a chunk together. */
function* jsonlFileRecords(
  root: string,
  file: string,
  diagnostics: Diagnostic[],
  onBytes: ((read: number) => void) | undefined,
  intern: Interner | undefined,
): Generator<RawRecord[]> {
  try {
    yield* readJsonlRecords(join(root, file), file, diagnostics, {
      ...(onBytes ? { onBytes } : {}),
      ...(intern ? { intern } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'error',
      message: `${file} could not be read to the end (the system said ${code}); the records after that point were not loaded.`,
      file,
    });
  }
}

/**
 * The first steps of a load, file after file: read, decode and parse each corpus file into raw
 * (not yet validated) records with their origin. YAML and JSON files are read whole; JSONL files
 * line by line, so that memory is bounded by the records, not by the files. What cannot be read is
 * reported in `diagnostics`, and the other files and lines still load.
 *
 * @param root - the corpus directory, absolute
 * @param files - its corpus files, relative to it (as `scanCorpusDir` lists them)
 * @param diagnostics - where reading and parsing problems go
 * @param onProgress - called with the bytes read so far and the bytes of all files
 * @param intern - the load's interner: JSONL lines then take the generated fast path, and their
 *   records come validated and compact (`checked`)
 * @returns an iterator over batches of raw records (a file, or a chunk of a JSONL file), in
 *   file and line order
 *
 * @example
 * [...corpusRecords(root, ['actors.yaml'], [])][0]?.[0]?.type
 * //=> 'actor'
 */
export function* corpusRecords(
  root: string,
  files: readonly string[],
  diagnostics: Diagnostic[],
  onProgress?: LoadProgress,
  intern?: Interner,
): Generator<RawRecord[]> {
  const sizes = files.map((file) => {
    try {
      return statSync(join(root, file)).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  let done = 0;
  for (const [index, file] of files.entries()) {
    if (FORMATS[extname(file).toLowerCase()] === 'jsonl') {
      const onBytes = onProgress ? (read: number) => onProgress(done + read, total) : undefined;
      yield* jsonlFileRecords(root, file, diagnostics, onBytes, intern);
    } else yield* wholeFileRecords(root, file, diagnostics);
    done += sizes[index] ?? 0;
    onProgress?.(done, total);
  }
}
