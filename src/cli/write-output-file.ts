import { lstatSync, writeFileSync } from 'node:fs';
import { UnsafeWriteError, writeFileAtomic } from '../internal/write-file-atomic.js';
import { CliExit, EXIT } from './io.js';

/** Options of {@link writeOutputFile}. */
export interface OutputFileOptions {
  /** Write through a symbolic link at `path` (the `--follow-links` flag). Default false: refuse it. */
  readonly followLinks?: boolean;
  /** Refuse when anything, even a dangling link, is at `path` (an import without `--force`). */
  readonly exclusive?: boolean;
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

/**
 * Writes a file the CLI was asked to write (`--out`). It never writes through a symbolic link
 * unless `followLinks`, and with `exclusive` it refuses when the name is taken, a dangling link
 * included. Without `followLinks` the file is written whole to a new temporary file and renamed
 * into place.
 *
 * @param path - where to write
 * @param text - what to write
 * @param options - `followLinks`, `exclusive`
 * @throws {CliExit} (exit 2) when the file is a link, exists (with `exclusive`) or cannot be written
 *
 * @example
 * writeOutputFile('out/export.csv', text, {})
 * //=> undefined
 */
export function writeOutputFile(path: string, text: string, options: OutputFileOptions = {}): void {
  const exclusive = options.exclusive === true;
  try {
    if (options.followLinks) writeFileSync(path, text, { flag: exclusive ? 'wx' : 'w' });
    else writeFileAtomic(path, text, { exclusive });
  } catch (error) {
    if (
      (error instanceof UnsafeWriteError && error.code === 'exists') ||
      (error as NodeJS.ErrnoException).code === 'EEXIST'
    ) {
      const what = isLink(path) ? ' (as a symbolic link)' : '';
      throw new CliExit(`${path} already exists${what}; use --force to overwrite it`, EXIT.unreadable);
    }
    if (error instanceof UnsafeWriteError && error.code === 'link') {
      throw new CliExit(
        `${path} is a symbolic link; it was not written through (use --follow-links to write where it points)`,
        EXIT.unreadable,
      );
    }
    const code = error instanceof UnsafeWriteError ? error.message : (error as NodeJS.ErrnoException).code;
    throw new CliExit(`could not write ${path} (${code ?? (error as Error).message})`, EXIT.unreadable);
  }
}
