import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { visible } from '../internal/confusables.js';
import { decodeCorpusFile } from './decode.js';

/** The outcome of reading a source's side file. */
export type TextFileResult = { ok: true; text: string } | { ok: false; reason: string };

/** Texts larger than this are refused: no article is, and reading one would stall the load. */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${'/'}`) && !rel.startsWith('..\\') && !isAbsolute(rel);
}

/**
 * Reads a text file named by a source, relative to the file that names it. The path may not
 * leave the corpus directory: not by `../`, not as an absolute path, not through a symlink or a
 * symlinked folder. Only regular files are read (a pipe or a device would block the load), up
 * to {@link MAX_TEXT_FILE_BYTES}, and they must be UTF-8.
 *
 * @param root - the corpus directory
 * @param declaringFile - the corpus file that names the text, relative to `root`
 * @param textFile - the path as written in the source's `textFile`
 * @returns `{ ok: true, text }`, or `{ ok: false, reason }` with a reason that finishes the
 *   sentence "names a text file that cannot be used: …"
 *
 * @example
 * readTextFile('/corpus', 'sources/a.yaml', '../../etc/passwd')
 * //=> { ok: false, reason: '"../../etc/passwd" points outside the corpus directory' }
 */
export function readTextFile(root: string, declaringFile: string, textFile: string): TextFileResult {
  const shown = visible(textFile, 120);
  if (textFile.includes('\u0000')) return { ok: false, reason: `"${shown}" contains a NUL character` };
  if (isAbsolute(textFile) || /^[a-zA-Z]:[\\/]/.test(textFile) || textFile.startsWith('\\\\')) {
    return { ok: false, reason: `"${shown}" is an absolute path; give a path relative to ${declaringFile}` };
  }
  const target = resolve(dirname(resolve(root, declaringFile)), textFile);
  if (!inside(resolve(root), target)) {
    return { ok: false, reason: `"${shown}" points outside the corpus directory` };
  }
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(target);
  } catch {
    return {
      ok: false,
      reason: `"${shown}" does not exist (looked for ${relative(root, target).split('\\').join('/')})`,
    };
  }
  if (!inside(realRoot, real)) {
    return { ok: false, reason: `"${shown}" is a link to a file outside the corpus directory` };
  }
  try {
    const stats = statSync(real);
    if (stats.isDirectory()) return { ok: false, reason: `"${shown}" is a folder, not a file` };
    if (!stats.isFile())
      return { ok: false, reason: `"${shown}" is not a regular file (it is a pipe, socket or device)` };
    if (stats.size > MAX_TEXT_FILE_BYTES) {
      return {
        ok: false,
        reason: `"${shown}" is ${Math.round(stats.size / 1024 / 1024)} MB; texts over ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB are not read`,
      };
    }
    const decoded = decodeCorpusFile(readFileSync(real));
    if (!decoded.ok) return { ok: false, reason: `"${shown}" could not be read: ${decoded.reason}` };
    return { ok: true, text: decoded.text };
  } catch (error) {
    return {
      ok: false,
      reason: `"${shown}" could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    };
  }
}
