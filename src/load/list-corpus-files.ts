import { readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** File extensions the loader reads, and the format each one is. */
export const FORMATS: Readonly<Record<string, 'yaml' | 'json' | 'jsonl'>> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * The corpus files under a directory, relative to it and sorted, so that loads are reproducible.
 * Hidden directories and node_modules are skipped; symlinks are not followed, so a link cannot
 * pull in files from outside the corpus.
 */
export function listCorpusFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && Object.hasOwn(FORMATS, extname(entry.name).toLowerCase())) {
        found.push(relative(root, path).split('\\').join('/'));
      }
    }
  };
  walk(root);
  return found.sort();
}
