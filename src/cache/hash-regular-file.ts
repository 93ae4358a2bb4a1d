import { createHash } from 'node:crypto';
import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from '../internal/open-regular-file.js';

/** A regular file's size, modification time and SHA-256, or why it was refused. */
export type HashedFile = { ok: true; size: number; mtimeMs: number; sha256: string } | { ok: false; reason: string };

/**
 * Hashes a file with SHA-256 in chunks, so a large file never sits in memory whole, and only if
 * it is a regular file reached without following a link: a pipe, a device or a link is refused
 * without being read, so hashing never blocks and never reads outside the corpus.
 *
 * @param path - the file
 * @param withHash - false to take only the size and time (the hash is then empty)
 * @returns the fingerprint, or `{ ok: false, reason }`
 *
 * @example
 * hashRegularFile('/corpus/actors.yaml', true)
 * //=> { ok: true, size: 1234, mtimeMs: 1700000000000, sha256: '9f86…' }
 */
export function hashRegularFile(path: string, withHash = true): HashedFile {
  const opened = openRegularFile(path);
  if (!opened.ok) return opened;
  try {
    const { size, mtimeMs } = opened.stats;
    if (!withHash) return { ok: true, size, mtimeMs, sha256: '' };
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(size, 1 << 22)));
    let read = 0;
    for (;;) {
      const n = readSync(opened.fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      read += n;
    }
    if (read !== size) return { ok: false, reason: 'it changed while being read' };
    return { ok: true, size, mtimeMs, sha256: hash.digest('hex') };
  } catch (error) {
    return { ok: false, reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  } finally {
    closeSync(opened.fd);
  }
}
