import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../corpus/corpus.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { loadCorpusStreamingSync } from '../stream/load-streaming.js';
import { decodeCorpusFile } from './decode.js';
import { type CorpusDirScan, FORMATS, scanCorpusDir } from './list-corpus-files.js';
import type { ParsedFile, RawRecord } from './origin.js';
import { parseJsonRecords } from './parse-json.js';
import { parseJsonlBytes, parseJsonlRecords } from './parse-jsonl.js';
import { parseYamlRecords } from './parse-yaml.js';

/**
 * The directory of the corpus that ships with the package: the five annotated seed articles.
 * Found by walking up from this module to the package root, so it works from the sources, the
 * ESM build and the CommonJS build alike.
 */
export function bundledCorpusDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(join(dir, 'data'))) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'claimtrail')
          return join(dir, 'data');
      } catch {
        // not our manifest; keep walking up
      }
    }
    if (dirname(dir) === dir)
      throw new Error('claimtrail: the bundled corpus (data/) was not found next to the package');
  }
}

/** Parses one corpus file's text by its format. */
export function parseCorpusText(text: string, file: string): ParsedFile {
  const format = FORMATS[extname(file).toLowerCase()];
  if (format === 'json') return parseJsonRecords(text, file);
  if (format === 'jsonl') return parseJsonlRecords(text, file);
  return parseYamlRecords(text, file);
}

/**
 * Reads and parses every corpus file under a directory, without validating the records. A file
 * that cannot be read, decoded or parsed yields a diagnostic instead of records; so do links and
 * special files that carry a corpus extension, and folders that cannot be listed.
 *
 * @param root - the corpus directory
 * @returns the raw records, the diagnostics, and the corpus files found (relative to `root`)
 * @throws {CorpusDirectoryError} when `root` itself cannot be listed
 */
export function readCorpusFiles(root: string): { records: RawRecord[]; diagnostics: Diagnostic[]; files: string[] } {
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let scan: CorpusDirScan;
  try {
    scan = scanCorpusDir(root);
  } catch (error) {
    throw new CorpusDirectoryError(
      `${root} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
  for (const { path, reason } of scan.skipped) {
    diagnostics.push({
      ruleId: 'syntax',
      severity: 'warning',
      message: `${path} was not read: ${reason}.`,
      file: path,
    });
  }
  const { files } = scan;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(root, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ERR_FS_FILE_TOO_LARGE'
          ? 'it is too large to read (over 2 GB)'
          : `the system said ${code ?? 'unknown error'}`;
      diagnostics.push({
        ruleId: 'syntax',
        severity: 'error',
        message: `${file} could not be read (${why}); none of its records were loaded.`,
        file,
      });
      continue;
    }
    const decoded = decodeCorpusFile(bytes);
    if (!decoded.ok && decoded.kind === 'bytes' && FORMATS[extname(file).toLowerCase()] === 'jsonl') {
      const parsed = parseJsonlBytes(bytes, file);
      for (const r of parsed.records) records.push(r);
      for (const d of parsed.diagnostics) diagnostics.push(d);
      continue;
    }
    if (!decoded.ok) {
      diagnostics.push({
        ruleId: 'syntax',
        severity: 'error',
        message: `${file} could not be read: ${decoded.reason}. None of its records were loaded.`,
        file,
        line: decoded.line ?? 1,
        column: decoded.column ?? 1,
      });
      continue;
    }
    let parsed: ParsedFile;
    try {
      parsed = parseCorpusText(decoded.text, file);
    } catch (error) {
      // A parser bug must not take the whole load down; the file is reported instead.
      parsed = {
        records: [],
        diagnostics: [
          {
            ruleId: 'syntax',
            severity: 'error',
            message: `${file} could not be read because of a fault in claimtrail (${(error as Error).message}); none of its records were loaded. Please report this with the file.`,
            file,
          },
        ],
      };
    }
    for (const r of parsed.records) records.push(r);
    for (const d of parsed.diagnostics) diagnostics.push(d);
  }
  return { records, diagnostics, files };
}

/** Thrown by `loadCorpus` only when the directory itself cannot be read. */
export class CorpusDirectoryError extends Error {
  override readonly name = 'CorpusDirectoryError';
}

/**
 * Loads a corpus from a directory of YAML, JSON and JSONL files (see docs/format.md for the
 * layout). Problems in the files never throw: every record either loads or is reported in
 * `corpus.diagnostics` with its file, line, column and field path.
 *
 * @param dir - the corpus directory; without it, the corpus bundled with the package
 * @returns the loaded corpus, its load diagnostics in `corpus.diagnostics`
 * @throws {CorpusDirectoryError} when `dir` does not exist or is not a directory
 *
 * @example
 * const corpus = await loadCorpus();
 * corpus.actor('Kim Jong-un')?.name
 * //=> 'Kim Jong Un'
 */
export async function loadCorpus(dir?: string): Promise<Corpus> {
  return loadCorpusSync(dir);
}

/** The synchronous form of {@link loadCorpus}. */
export function loadCorpusSync(dir?: string): Corpus {
  // The streaming loader validates and indexes file by file and line by line, keeping a third of
  // the memory of reading everything first; it gives the same records and diagnostics.
  return loadCorpusStreamingSync(dir);
}
