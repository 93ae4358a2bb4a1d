import { Interner } from '../load/compact-record.js';
import { bundledCorpusDir, CorpusDirectoryError, corpusRoot, scanForLoad } from '../load/corpus-dir.js';
import { corpusRecords, type LoadProgress } from '../load/corpus-records.js';
import { validateRecordFast } from '../load/fast-validate.js';
import { JsonlOrigin, jsonlEntry } from '../load/jsonl-origin.js';
import type { RawRecord } from '../load/origin.js';
import { preparer } from '../load/prepare-record.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { type EntryMaker, type RecordCollector, recordCollector } from './build-corpus.js';
import { Corpus } from './corpus.js';
import { extendStore } from './store.js';

export { bundledCorpusDir, CorpusDirectoryError };

/** Options of {@link loadCorpus} and {@link loadCorpusSync}. */
export interface LoadOptions {
  /** Called as the files are read, with the bytes read so far and the bytes of all corpus files. */
  readonly onProgress?: LoadProgress;
}

/** @deprecated the options of {@link loadCorpus}, under their former name. */
export type StreamingLoadOptions = LoadOptions;

/** What a load of a checked directory gives: the corpus, its files and the text files its sources name. */
export interface LoadedRoot {
  readonly corpus: Corpus;
  readonly files: string[];
  readonly textFiles: string[];
}

/** A compact entry for a JSONL record; the usual one for others. */
const compactEntry: EntryMaker = (record, origin) =>
  origin instanceof JsonlOrigin ? jsonlEntry(record, origin) : { record, origin };

/** The pieces of one load: the raw records to go through, and what turns them into a corpus. */
function startLoad(root: string, options: LoadOptions) {
  // Problems reading the files come first, then problems with records.
  const reading: Diagnostic[] = [];
  const records: Diagnostic[] = [];
  const { files } = scanForLoad(root, reading);
  const textFiles = new Set<string>();
  const intern = new Interner();
  const raw = corpusRecords(root, files, reading, options.onProgress, intern);
  const collector: RecordCollector = recordCollector(
    records,
    undefined,
    false,
    preparer(root, records, textFiles, intern),
    validateRecordFast,
    compactEntry,
  );
  const finish = (): LoadedRoot => {
    const store = extendStore(undefined, collector.finish());
    const corpus = new Corpus(store, [...reading, ...records], root, files);
    return { corpus, files, textFiles: [...textFiles].sort() };
  };
  return { raw, collector, finish };
}

/**
 * Loads an already checked corpus directory (see `corpusRoot`) synchronously; also says which
 * text files the sources named, for the index's manifest.
 *
 * @param root - the corpus directory, absolute
 * @param options - a progress callback
 * @returns the corpus, its files and the text files its sources name
 * @throws {CorpusDirectoryError} when the directory cannot be listed
 *
 * @example
 * loadRoot(corpusRoot('data')).corpus.stats().sources
 * //=> 5
 */
export function loadRoot(root: string, options: LoadOptions = {}): LoadedRoot {
  const { raw, collector, finish } = startLoad(root, options);
  for (const batch of raw) for (const record of batch) collector.add(record);
  return finish();
}

/** How long an asynchronous load works before it gives the event loop its turn. */
const SLICE_MS = 15;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The asynchronous form of {@link loadRoot}: the same steps, done in slices of a few milliseconds
 * with the event loop's turn in between, so timers, I/O and requests go on while a large corpus
 * loads. A YAML or JSON file is parsed in one piece; JSONL files are worked through line by line.
 *
 * @param root - the corpus directory, absolute
 * @param options - a progress callback
 * @returns the corpus, its files and the text files its sources name
 * @throws {CorpusDirectoryError} when the directory cannot be listed
 */
export async function loadRootAsync(root: string, options: LoadOptions = {}): Promise<LoadedRoot> {
  const { raw, collector, finish } = startLoad(root, options);
  let deadline = performance.now() + SLICE_MS;
  for (let step = raw.next(); !step.done; step = raw.next()) {
    const batch = step.value;
    for (let i = 0; i < batch.length; i++) {
      collector.add(batch[i] as RawRecord);
      if ((i & 63) === 63 && performance.now() > deadline) {
        await nextTurn();
        deadline = performance.now() + SLICE_MS;
      }
    }
  }
  await nextTurn();
  return finish();
}

/**
 * Loads a corpus from a directory of YAML, JSON and JSONL files (see docs/format.md for the
 * layout). Problems in the files never throw: every record either loads or is reported in
 * `corpus.diagnostics` with its file, line, column and field path. The work is done in slices
 * of a few milliseconds, so the event loop keeps turning while a large corpus loads. JSONL files
 * are read line by line: memory is bounded by the loaded records, not by the size of the files.
 *
 * @param dir - the corpus directory; without it, the corpus bundled with the package
 * @param options - `onProgress(read, total)` in bytes, for a progress bar
 * @returns the loaded corpus, its load diagnostics in `corpus.diagnostics`
 * @throws {CorpusDirectoryError} when `dir` does not exist, is not a directory or cannot be listed
 *
 * @example
 * const corpus = await loadCorpus();
 * corpus.actor('Kim Jong-un')?.name
 * //=> 'Kim Jong Un'
 */
export async function loadCorpus(dir?: string, options: LoadOptions = {}): Promise<Corpus> {
  return (await loadRootAsync(corpusRoot(dir), options)).corpus;
}

/**
 * The synchronous form of {@link loadCorpus}: the same records and diagnostics, in one piece.
 *
 * @param dir - the corpus directory; without it, the corpus bundled with the package
 * @param options - `onProgress(read, total)` in bytes, for a progress bar
 * @returns the loaded corpus, its load diagnostics in `corpus.diagnostics`
 * @throws {CorpusDirectoryError} when `dir` does not exist, is not a directory or cannot be listed
 *
 * @example
 * loadCorpusSync().stats().sources
 * //=> 5
 */
export function loadCorpusSync(dir?: string, options: LoadOptions = {}): Corpus {
  return loadRoot(corpusRoot(dir), options).corpus;
}

/** @deprecated `loadCorpus` now reads JSONL files line by line itself; use it. */
export const loadCorpusStreaming = loadCorpus;

/** @deprecated `loadCorpusSync` now reads JSONL files line by line itself; use it. */
export const loadCorpusStreamingSync = loadCorpusSync;
