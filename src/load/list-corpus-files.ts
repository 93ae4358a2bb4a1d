import { type Dirent, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** File extensions the loader reads, and the format each one is. */
export const FORMATS: Readonly<Record<string, 'yaml' | 'json' | 'jsonl'>> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Something in the corpus directory that looked like part of the corpus but was not read. */
export interface SkippedEntry {
  /** Its path relative to the corpus directory, with `/` separators. */
  readonly path: string;
  /** Why, in words that finish the sentence "… was not read because …". */
  readonly reason: string;
}

/** What a scan of a corpus directory found. */
export interface CorpusDirScan {
  /** The corpus files, relative to the directory, sorted. */
  readonly files: string[];
  /** Links, special files and unreadable folders that were left out. */
  readonly skipped: SkippedEntry[];
}

const isCorpusName = (name: string) => Object.hasOwn(FORMATS, extname(name).toLowerCase());

function linksToFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling link leads nowhere worth mentioning
  }
}

/**
 * Finds the corpus files under a directory, and says what it left out. Hidden entries and
 * node_modules are skipped quietly, as are files of other kinds (text files, images). Symbolic
 * links are never followed, so a link cannot pull in files from outside the corpus; a link to a
 * folder, a link or a special file (a pipe, a device) that carries a corpus extension, and a folder
 * that cannot be read are reported.
 *
 * @param root - the corpus directory
 * @returns the files, relative to `root` and sorted so that loads are reproducible, and the skips
 * @throws {Error} (the file system's own) when `root` itself cannot be listed
 *
 * @example
 * scanCorpusDir(bundledCorpusDir()).files[0]
 * //=> 'actors.yaml'
 */
export function scanCorpusDir(root: string): CorpusDirScan {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      skipped.push({
        path: rel(dir),
        reason: `the folder cannot be read (${code}), so none of the files in it were loaded`,
      });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isSymbolicLink()) {
        if (isCorpusName(entry.name)) {
          skipped.push({ path: rel(path), reason: 'it is a symbolic link, and links are not followed' });
        } else if (linksToFolder(path)) {
          skipped.push({ path: rel(path), reason: 'it is a symbolic link to a folder, and links are not followed' });
        }
      } else if (!isCorpusName(entry.name)) {
        // Text files, images and notes live beside the corpus files; they are read only as a textFile.
      } else if (entry.isFile()) files.push(rel(path));
      else skipped.push({ path: rel(path), reason: 'it is not a regular file (it is a pipe, socket or device)' });
    }
  };
  walk(root);
  // Sort by code unit, not locale, so that every machine loads in the same order.
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

/**
 * The corpus files under a directory, relative to it and sorted, so that loads are reproducible.
 * Hidden directories and node_modules are skipped; symlinks are not followed, so a link cannot
 * pull in files from outside the corpus. See {@link scanCorpusDir} for what is left out.
 *
 * @param root - the corpus directory
 * @returns the files, relative to `root`, with `/` separators
 * @throws {Error} (the file system's own) when `root` cannot be listed
 *
 * @example
 * listCorpusFiles(bundledCorpusDir()).length
 * //=> 6
 */
export function listCorpusFiles(root: string): string[] {
  return scanCorpusDir(root).files;
}
