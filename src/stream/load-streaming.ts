import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { collectRecords, type EntryMaker } from '../corpus/build-corpus.js';
import { Corpus } from '../corpus/corpus.js';
import { extendStore } from '../corpus/store.js';
import { decodeCorpusFile } from '../load/decode.js';
import { type CorpusDirScan, FORMATS, scanCorpusDir } from '../load/list-corpus-files.js';
import { bundledCorpusDir, CorpusDirectoryError, parseCorpusText } from '../load/load-corpus.js';
import { type Origin, placeOf, type RawRecord } from '../load/origin.js';
import { readTextFile } from '../load/read-text-file.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import { compactRecord, Interner } from './compact-record.js';
import { validateRecordFast } from './fast-validate.js';
import { JsonlOrigin, jsonlEntry } from './jsonl-origin.js';
import { readJsonlItems } from './jsonl-records.js';

/** Options of {@link loadCorpusStreaming}. */
export interface StreamingLoadOptions {
  /** Called as the files are read, with the bytes read so far and the bytes of all corpus files. */
  readonly onProgress?: (read: number, total: number) => void;
}

/** Checks a corpus directory the way `loadCorpus` does; returns its absolute path. */
export function corpusRoot(dir: string | undefined): string {
  const root = resolve(dir ?? bundledCorpusDir());
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    throw new CorpusDirectoryError(`${root} does not exist`);
  }
  if (!isDirectory) throw new CorpusDirectoryError(`${root} is not a directory`);
  return root;
}

/** Lists a corpus directory, reporting what was skipped as `loadCorpus` does. */
export function scanForLoad(root: string, diagnostics: Diagnostic[]): CorpusDirScan {
  let scan: CorpusDirScan;
  try {
    scan = scanCorpusDir(root);
  } catch (error) {
    throw new CorpusDirectoryError(
      `${root} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
  // An entry the loader cannot read fails the load as an unreadable file does (exit code 2):
  // whatever records it holds are missing, and a warning would let the corpus pass without them.
  for (const { path, reason } of scan.skipped) {
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'error',
      message: `${path} was not read: ${reason}. Any records in it are missing from the corpus.`,
      file: path,
    });
  }
  return scan;
}

/** Reads a YAML or JSON file whole, as `loadCorpus` does. */
function* wholeFileRecords(root: string, file: string, diagnostics: Diagnostic[]): Generator<RawRecord> {
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
  yield* parsed.records;
}

/** Every raw record of the corpus files, JSONL ones read line by line. */
function* corpusRecords(
  root: string,
  files: readonly string[],
  diagnostics: Diagnostic[],
  onProgress: StreamingLoadOptions['onProgress'],
): Generator<RawRecord> {
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
    if (FORMATS[extname(file).toLowerCase()] !== 'jsonl') {
      yield* wholeFileRecords(root, file, diagnostics);
    } else {
      try {
        const onBytes = onProgress ? (read: number) => onProgress(done + read, total) : undefined;
        for (const item of readJsonlItems(join(root, file), file, onBytes ? { onBytes } : {})) {
          if ('diagnostic' in item) diagnostics.push(item.diagnostic);
          else yield item.record;
        }
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
    done += sizes[index] ?? 0;
    onProgress?.(done, total);
  }
}

/** A compact entry for a JSONL record; the usual one for others. */
const compactEntry: EntryMaker = (record, origin) =>
  origin instanceof JsonlOrigin ? jsonlEntry(record, origin) : { record, origin };

/**
 * Prepares each validated record before it is stored: reads a source's `textFile`, lets go of a
 * JSONL line's text, and shares repeated strings and empty lists.
 */
export function preparer(root: string, diagnostics: Diagnostic[], textFiles?: Set<string>) {
  const intern = new Interner();
  return (type: EntityType, record: { id: string }, origin: Origin): { id: string } => {
    if (origin instanceof JsonlOrigin) origin.release();
    let prepared: { id: string } = record;
    if (type === 'source' && (record as Source).textFile !== undefined) {
      const source = record as Source;
      const declaring = origin.file ?? '.';
      const target = relative(root, resolve(dirname(resolve(root, declaring)), source.textFile as string));
      if (textFiles && !isAbsolute(target) && !target.startsWith('..')) textFiles.add(target.split('\\').join('/'));
      const result = readTextFile(root, declaring, source.textFile as string);
      if (result.ok) prepared = { ...source, text: result.text } as Source;
      else {
        diagnostics.push({
          ruleId: 'text-file',
          severity: 'error',
          message: `Source "${source.id}" names a text file that cannot be used: ${result.reason}. The source was loaded without its text.`,
          entity: { type: 'source', id: source.id },
          ...placeOf(origin, ['textFile']),
        });
      }
    }
    return compactRecord(type, prepared, intern);
  };
}

/**
 * Loads a corpus directory like `loadCorpus`, but reads JSONL files line by line instead of
 * whole: memory is bounded by the loaded records, not by the size of the files, and a file larger
 * than a JavaScript string can hold (about 512 MB) still loads. Records keep a compact origin
 * (file, line, byte offset) and share repeated strings, so a large corpus takes less memory.
 * A JSONL line that is not UTF-8 is reported and skipped; the rest of its file still loads.
 *
 * @param dir - the corpus directory; without it, the corpus bundled with the package
 * @param options - `onProgress(read, total)` in bytes, for a progress bar
 * @returns the loaded corpus, its load diagnostics in `corpus.diagnostics`
 * @throws {CorpusDirectoryError} when `dir` does not exist, is not a directory or cannot be listed
 *
 * @example
 * const corpus = loadCorpusStreamingSync('big-corpus');
 * corpus.stats().attributions
 * //=> 1000000
 */
export function loadCorpusStreamingSync(dir?: string, options: StreamingLoadOptions = {}): Corpus {
  return loadRoot(corpusRoot(dir), options).corpus;
}

/**
 * Loads an already checked corpus directory; also says which text files the sources named, for
 * the cache's manifest.
 */
export function loadRoot(
  root: string,
  options: StreamingLoadOptions = {},
): { corpus: Corpus; files: string[]; textFiles: string[] } {
  // Problems reading the files come first, then problems with records, as loadCorpus lists them.
  const reading: Diagnostic[] = [];
  const records: Diagnostic[] = [];
  const { files } = scanForLoad(root, reading);
  const textFiles = new Set<string>();
  const raw = corpusRecords(root, files, reading, options.onProgress);
  const additions = collectRecords(
    raw,
    records,
    undefined,
    false,
    preparer(root, records, textFiles),
    validateRecordFast,
    compactEntry,
  );
  const corpus = new Corpus(extendStore(undefined, additions), [...reading, ...records], root, files);
  return { corpus, files, textFiles: [...textFiles].sort() };
}

/** The promise form of {@link loadCorpusStreamingSync}. */
export async function loadCorpusStreaming(dir?: string, options: StreamingLoadOptions = {}): Promise<Corpus> {
  return loadCorpusStreamingSync(dir, options);
}
