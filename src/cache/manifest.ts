import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folder, next to the corpus files, that holds the cache. */
export const CACHE_DIR = '.claimtrail-cache';
/** The manifest's name in the cache folder. */
export const MANIFEST_FILE = 'manifest.json';
/** The snapshot's name in the cache folder. */
export const SNAPSHOT_FILE = 'corpus.bin';
/** Bumped when the manifest's meaning changes. */
export const MANIFEST_FORMAT = 1;

/** What the cache knows about one file the corpus was built from. */
export interface FileFingerprint {
  /** Relative to the corpus directory, with `/` separators. */
  readonly path: string;
  /** False for a text file a source names that did not exist: if it appears, the cache is stale. */
  readonly exists: boolean;
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-256 of the content, hex. */
  readonly sha256: string;
}

/** The manifest: which files, at which sizes, times and contents, the snapshot was built from. */
export interface CacheManifest {
  readonly format: number;
  /** The claimtrail version that wrote it: another version validates differently, so it rebuilds. */
  readonly claimtrail: string;
  readonly buildId: string;
  readonly created: string;
  readonly snapshot: { readonly file: string; readonly size: number };
  /** The corpus files (YAML, JSON, JSONL), in load order. */
  readonly files: readonly FileFingerprint[];
  /** Text files named by sources (`textFile`). */
  readonly textFiles: readonly FileFingerprint[];
}

/** SHA-256 of a file, read in chunks so a large file never sits in memory whole. */
export function hashFile(path: string, onBytes?: (n: number) => void): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 22);
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      onBytes?.(n);
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * The fingerprint of a file now. Without `withHash` the hash is left empty, for the cheap
 * first comparison of sizes and times.
 */
export function fingerprint(
  root: string,
  path: string,
  withHash: boolean,
  onBytes?: (n: number) => void,
): FileFingerprint {
  const full = join(root, path);
  let size: number;
  let mtimeMs: number;
  try {
    const stat = statSync(full);
    size = stat.size;
    mtimeMs = stat.mtimeMs;
  } catch {
    return { path, exists: false, size: 0, mtimeMs: 0, sha256: '' };
  }
  return { path, exists: true, size, mtimeMs, sha256: withHash ? hashFile(full, onBytes) : '' };
}

/** How much checking a cached load does before trusting the cache. */
export type CacheVerification = 'hash' | 'stat';

/**
 * Why the cache no longer matches the corpus, or undefined when it does. Sizes, modification
 * times and the list of files are compared first; with `hash` (the default) the contents are
 * hashed too, which catches an edit that kept a file's size and time.
 */
export function staleReason(
  root: string,
  manifest: CacheManifest,
  files: readonly string[],
  verify: CacheVerification,
  onBytes?: (n: number) => void,
): string | undefined {
  const known = manifest.files.map((f) => f.path);
  if (known.length !== files.length || known.some((path, i) => path !== files[i])) {
    const added = files.filter((f) => !known.includes(f));
    const removed = known.filter((f) => !files.includes(f));
    return added.length > 0
      ? `${added[0]} was added`
      : removed.length > 0
        ? `${removed[0]} was removed`
        : 'the files changed';
  }
  const all = [...manifest.files, ...manifest.textFiles];
  for (const then of all) {
    const now = fingerprint(root, then.path, false);
    if (now.exists !== then.exists) return `${then.path} ${now.exists ? 'appeared' : 'was removed'}`;
    if (now.size !== then.size) return `${then.path} changed size`;
    // With hashes, a file that was only touched (same content, new time) still counts as unchanged.
    if (verify === 'stat' && now.mtimeMs !== then.mtimeMs) return `${then.path} was modified`;
  }
  if (verify === 'hash') {
    for (const then of all) {
      if (!then.exists) continue;
      if (hashFile(join(root, then.path), onBytes) !== then.sha256) return `${then.path} changed content`;
    }
  }
  return undefined;
}
