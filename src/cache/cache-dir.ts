import { lstatSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './manifest.js';

/**
 * The cache folder of a corpus directory, checked to be a real folder inside it and not a
 * symbolic link (a link could send the cache's writes anywhere, and its reads to files the
 * corpus does not own). With `create`, a missing folder is made.
 *
 * @param root - the corpus directory, absolute
 * @param create - make the folder when it is missing
 * @returns `{ dir }`, or `{ reason }` when there is no usable folder
 *
 * @example
 * cacheDir('/corpus', false)
 * //=> { reason: '.claimtrail-cache is a symbolic link' }
 */
export function cacheDir(root: string, create: boolean): { dir: string } | { reason: string } {
  const dir = join(root, CACHE_DIR);
  const kind = () => {
    try {
      const stats = lstatSync(dir);
      return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'dir' : 'other';
    } catch {
      return 'missing';
    }
  };
  let found = kind();
  if (found === 'missing' && create) {
    try {
      mkdirSync(dir);
    } catch (error) {
      return { reason: `${CACHE_DIR} cannot be made (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
    }
    found = kind();
  }
  if (found === 'dir') return { dir };
  if (found === 'missing') return { reason: 'there is no index yet' };
  return { reason: `${CACHE_DIR} is ${found === 'link' ? 'a symbolic link' : 'not a folder'}` };
}
