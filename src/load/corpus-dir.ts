import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimtrailError } from '../model/claimtrail-error.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { type CorpusDirScan, scanCorpusDir } from './list-corpus-files.js';

/**
 * The directory of the corpus that ships with the package: the five annotated seed articles.
 * Found by walking up from this module to the package root, so it works from the sources, the
 * ESM build and the CommonJS build alike.
 *
 * @returns the absolute path of the bundled `data/` directory
 * @throws {CorpusDirectoryError} when the package has no `data/` directory next to it (a broken install)
 *
 * @example
 * basename(bundledCorpusDir())
 * //=> 'data'
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
      throw new CorpusDirectoryError('claimtrail: the bundled corpus (data/) was not found next to the package');
  }
}

/** Thrown by `loadCorpus` only when the directory itself cannot be read, and by `bundledCorpusDir` when the install has no `data/`. */
export class CorpusDirectoryError extends ClaimtrailError {
  override readonly name = 'CorpusDirectoryError';
  readonly code = 'corpus-directory' as const;
}

/**
 * Checks a corpus directory the way `loadCorpus` does.
 *
 * @param dir - the corpus directory; without it, the corpus bundled with the package
 * @returns its absolute path
 * @throws {CorpusDirectoryError} when it does not exist or is not a directory
 *
 * @example
 * corpusRoot('data') === resolve('data')
 * //=> true
 */
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

/**
 * Lists a corpus directory for a load, reporting what was skipped as warnings.
 *
 * @param root - an absolute corpus directory
 * @param diagnostics - where the warnings for skipped entries go
 * @returns the corpus files and the skipped entries
 * @throws {CorpusDirectoryError} when the directory cannot be listed
 *
 * @example
 * scanForLoad(bundledCorpusDir(), []).files.length > 0
 * //=> true
 */
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
