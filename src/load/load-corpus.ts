import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../corpus/corpus.js';
import { ClaimtrailError } from '../model/claimtrail-error.js';
import { loadCorpusStreamingSync } from '../stream/load-streaming.js';
import { FORMATS } from './list-corpus-files.js';
import type { ParsedFile } from './origin.js';
import { parseJsonRecords } from './parse-json.js';
import { parseJsonlRecords } from './parse-jsonl.js';
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

/** Thrown by `loadCorpus` only when the directory itself cannot be read. */
export class CorpusDirectoryError extends ClaimtrailError {
  override readonly name = 'CorpusDirectoryError';
  readonly code = 'corpus-directory' as const;
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
