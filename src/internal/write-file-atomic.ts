import { randomBytes } from 'node:crypto';
import { closeSync, constants, linkSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** Options of {@link writeFileAtomic}. */
export interface WriteFileAtomicOptions {
  /** Replace the file even when it is a symbolic link (the link itself, never its target). Default false. */
  readonly replaceLink?: boolean;
  /** Refuse when the file exists. Default false. */
  readonly exclusive?: boolean;
}

/** Why {@link writeFileAtomic} refused; its `code` names the case. */
export class UnsafeWriteError extends Error {
  constructor(
    message: string,
    readonly code: 'link' | 'exists' | 'not-a-file',
  ) {
    super(message);
    this.name = 'UnsafeWriteError';
  }
}

function kindOf(path: string): 'missing' | 'link' | 'file' | 'other' {
  try {
    const stats = lstatSync(path);
    return stats.isSymbolicLink() ? 'link' : stats.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Writes a file whole or not at all, never through a symbolic link: the bytes go to a new file
 * with a random name in the same folder, created exclusively (it cannot already exist, not even
 * as a link), which is then renamed over the target. Renaming replaces a link rather than
 * writing where it points, and the target is refused outright when it is a link (unless
 * `replaceLink`), a folder or a special file.
 *
 * @param path - the file to write
 * @param data - its content
 * @param options - `replaceLink`, `exclusive`
 * @returns the number of bytes written
 * @throws {UnsafeWriteError} when the target is a link, exists (with `exclusive`) or is not a regular file
 * @throws {Error} (the file system's own) when the folder cannot be written
 *
 * @example
 * writeFileAtomic('/corpus/.claimtrail-cache/manifest.json', '{}')
 * //=> 2
 */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
  options: WriteFileAtomicOptions = {},
): number {
  const kind = kindOf(path);
  if (kind !== 'missing' && options.exclusive) throw new UnsafeWriteError(`${path} already exists`, 'exists');
  if (kind === 'link' && !options.replaceLink) {
    throw new UnsafeWriteError(`${path} is a symbolic link; it was not followed or replaced`, 'link');
  }
  if (kind === 'other') throw new UnsafeWriteError(`${path} is not a regular file`, 'not-a-file');
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, 0o644);
  let written = 0;
  try {
    const chunks = typeof data === 'string' ? [Buffer.from(data)] : data instanceof Uint8Array ? [data] : data;
    for (const chunk of chunks) {
      for (let at = 0; at < chunk.byteLength; ) at += writeSync(fd, chunk, at);
      written += chunk.byteLength;
    }
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    // A hard link fails when anything, even a dangling link, took the name since it was checked.
    if (options.exclusive) linkSync(temporary, path);
    else renameSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UnsafeWriteError(`${path} already exists`, 'exists');
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  return written;
}
