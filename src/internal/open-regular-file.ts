import { closeSync, constants, fstatSync, openSync, type Stats } from 'node:fs';

/** What {@link openRegularFile} found: an open descriptor and its status, or why it refused. */
export type OpenRegularFileResult = { ok: true; fd: number; stats: Stats } | { ok: false; reason: string };

// O_NOFOLLOW and O_NONBLOCK are missing on Windows, where links and pipes look different anyway.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;

/**
 * Opens a file for reading only if it is a regular file reached without following a symbolic
 * link at its last step. The open never blocks: a pipe (FIFO) is opened without waiting for a
 * writer, then refused, as are devices, sockets and folders.
 *
 * @param path - the file
 * @returns `{ ok: true, fd, stats }` (close `fd` when done), or `{ ok: false, reason }`
 *
 * @example
 * openRegularFile('/corpus/.claimtrail-cache/manifest.json')
 * //=> { ok: false, reason: 'it is a symbolic link' }
 */
export function openRegularFile(path: string): OpenRegularFileResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW | NON_BLOCKING);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { ok: false, reason: code === 'ELOOP' ? 'it is a symbolic link' : `it cannot be opened (${code})` };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) return { ok: true, fd, stats };
    closeSync(fd);
    return { ok: false, reason: stats.isDirectory() ? 'it is a folder' : 'it is not a regular file' };
  } catch (error) {
    closeSync(fd);
    return { ok: false, reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  }
}
