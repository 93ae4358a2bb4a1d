import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from './open-regular-file.js';

/** What {@link readRegularFile} read, or why it did not. */
export type ReadRegularFileResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Reads a whole file, only if it is a regular file reached without following a link, and only
 * up to `maxBytes`: a pipe, a device or a link is refused instead of read, so the read never
 * blocks and never leaves the intended place.
 *
 * @param path - the file
 * @param maxBytes - larger files are refused
 * @returns `{ ok: true, bytes }` or `{ ok: false, reason }`
 *
 * @example
 * readRegularFile('/dev/zero')
 * //=> { ok: false, reason: 'it is not a regular file' }
 */
export function readRegularFile(path: string, maxBytes = Number.MAX_SAFE_INTEGER): ReadRegularFileResult {
  const opened = openRegularFile(path);
  if (!opened.ok) return opened;
  try {
    const size = opened.stats.size;
    if (size > maxBytes) return { ok: false, reason: `it is larger than ${maxBytes} bytes` };
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const n = readSync(opened.fd, bytes, filled, size - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    // A file that shrank or grew while being read is reported, never served half-read.
    const extra = readSync(opened.fd, Buffer.allocUnsafe(1), 0, 1, filled);
    if (filled !== size || extra !== 0) return { ok: false, reason: 'it changed while being read' };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  } finally {
    closeSync(opened.fd);
  }
}
