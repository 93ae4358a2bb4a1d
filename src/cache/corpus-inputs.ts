import { join } from 'node:path';
import { scanCorpusDir } from '../load/list-corpus-files.js';
import { hashRegularFile } from './hash-regular-file.js';
import type { CacheVerification, CorpusInputs } from './manifest.js';

/**
 * Fingerprints what a load of a corpus directory reads, before it reads it: the list of corpus
 * files, the entries the loader leaves out (links, pipes, unreadable folders: adding one changes
 * the load's warnings), and each corpus file's size, time and, with `hash`, SHA-256. Files are
 * opened as the loader would accept them (regular, not through a link) and never otherwise.
 *
 * @param root - the corpus directory, absolute
 * @param verify - `hash` to hash the contents, `stat` for sizes and times only
 * @returns the inputs, or the reason they cannot be fingerprinted
 *
 * @example
 * takeCorpusInputs('/corpus', 'hash')
 * //=> { files: [{ path: 'actors.yaml', size: 812, mtimeMs: 1.7e12, sha256: '…' }], skipped: [] }
 */
export function takeCorpusInputs(root: string, verify: CacheVerification): CorpusInputs | { reason: string } {
  let scan: ReturnType<typeof scanCorpusDir>;
  try {
    scan = scanCorpusDir(root);
  } catch {
    return { reason: 'the corpus directory cannot be listed' };
  }
  const files: CorpusInputs['files'] = [];
  for (const path of scan.files) {
    const hashed = hashRegularFile(join(root, path), verify === 'hash');
    if (!hashed.ok) return { reason: `${path} cannot be fingerprinted: ${hashed.reason}` };
    files.push({ path, size: hashed.size, mtimeMs: hashed.mtimeMs, sha256: hashed.sha256 });
  }
  return { files, skipped: scan.skipped.map(({ path, reason }) => ({ path, reason })) };
}

/**
 * Why two fingerprints of a corpus directory's inputs differ, or undefined when a load would read
 * the same thing. With `stat` a file counts as unchanged while its size and time are; with
 * `hash` while its size and content are (a file only touched is still unchanged).
 *
 * @param then - the fingerprint the cache was built from
 * @param now - the fingerprint now
 * @param verify - `hash` or `stat`
 * @returns the first difference, in words, or undefined
 *
 * @example
 * inputsDiffer(then, now, 'hash')
 * //=> 'claims.jsonl changed content'
 */
export function inputsDiffer(then: CorpusInputs, now: CorpusInputs, verify: CacheVerification): string | undefined {
  const known = new Set(then.files.map((f) => f.path));
  const current = new Set(now.files.map((f) => f.path));
  const added = now.files.find((f) => !known.has(f.path));
  if (added) return `${added.path} was added`;
  const removed = then.files.find((f) => !current.has(f.path));
  if (removed) return `${removed.path} was removed`;
  if (then.files.length !== now.files.length) return 'the files changed';
  for (const [i, before] of then.files.entries()) {
    const after = now.files[i];
    if (!after || after.path !== before.path) return 'the files changed';
    if (after.size !== before.size) return `${before.path} changed size`;
    if (verify === 'stat' && after.mtimeMs !== before.mtimeMs) return `${before.path} was modified`;
    if (verify === 'hash' && after.sha256 !== before.sha256) return `${before.path} changed content`;
  }
  const skippedThen = then.skipped.map((s) => `${s.path}\u0000${s.reason}`).join('\u0001');
  const skippedNow = now.skipped.map((s) => `${s.path}\u0000${s.reason}`).join('\u0001');
  if (skippedThen !== skippedNow) {
    const seen = new Set(then.skipped.map((s) => s.path));
    const appeared = now.skipped.find((s) => !seen.has(s.path));
    return appeared ? `${appeared.path} appeared (${appeared.reason})` : 'the entries the loader leaves out changed';
  }
  return undefined;
}
