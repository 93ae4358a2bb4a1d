import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** The outcome of reading a source's side file. */
export type TextFileResult = { ok: true; text: string } | { ok: false; reason: string };

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Reads a text file named by a source, relative to the file that names it. The path may not
 * leave the corpus directory: not by `../`, not as an absolute path, not through a symlink.
 */
export function readTextFile(root: string, declaringFile: string, textFile: string): TextFileResult {
  if (isAbsolute(textFile))
    return { ok: false, reason: `"${textFile}" is an absolute path; give a path relative to ${declaringFile}` };
  const realRoot = realpathSync(root);
  const target = resolve(dirname(resolve(root, declaringFile)), textFile);
  if (!inside(resolve(root), target)) {
    return { ok: false, reason: `"${textFile}" points outside the corpus directory` };
  }
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return { ok: false, reason: `"${textFile}" does not exist (looked for ${relative(root, target)})` };
  }
  if (!inside(realRoot, real)) {
    return { ok: false, reason: `"${textFile}" is a link to a file outside the corpus directory` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(real));
    return { ok: true, text };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'it is not valid UTF-8';
    return { ok: false, reason: `"${textFile}" could not be read: ${reason}` };
  }
}
