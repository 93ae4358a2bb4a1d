import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { buildIndexCache, IndexNotWrittenError } from '../cache/build-index-cache.js';
import { readIndexCache } from '../cache/load-corpus-cached.js';
import { CACHE_DIR } from '../cache/manifest.js';
import { CorpusDirectoryError, corpusRoot } from '../load/corpus-dir.js';
import { colorsFor } from './format-diagnostics.js';
import { CliExit, EXIT, print, wantsColor } from './io.js';
import { terminalProgress } from './progress.js';

const count = (n: number) => n.toLocaleString('en-US');

function rootFor(dir: string | undefined): string {
  try {
    return corpusRoot(dir);
  } catch (error) {
    if (error instanceof CorpusDirectoryError) throw new CliExit(error.message, EXIT.unreadable);
    throw error;
  }
}

/** `claimtrail index [dir]`. */
export function registerIndex(program: Command): void {
  program
    .command('index')
    .description(`Write a persistent index (${CACHE_DIR}/) next to a corpus, so that it reloads fast`)
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .option('--status', 'say whether the index is there and still matches the files, and write nothing')
    .option('--clear', 'delete the index')
    .addHelpText(
      'after',
      `\nThe index holds the validated records in a compact binary form and a manifest of the size,\nmodification time and SHA-256 hash of every file they came from, and a checksum of the snapshot. Loading through the index\n(loadCorpusCached in code) uses it only while every file is unchanged; otherwise it reads the\nfiles and writes a fresh index. Exit codes: 0 done (or, with --status, fresh), 1 stale or missing, 2 unreadable.`,
    )
    .action(async (dir: string | undefined, options: { status?: boolean; clear?: boolean }) => {
      const root = rootFor(dir);
      const c = colorsFor(wantsColor());
      if (options.clear) {
        rmSync(join(root, CACHE_DIR), { recursive: true, force: true });
        print(`${c.green('✔')} Removed the index of ${root}.`);
        return;
      }
      if (options.status) {
        const started = performance.now();
        const result = readIndexCache(root);
        const ms = (performance.now() - started).toFixed(0);
        if ('corpus' in result) {
          print(
            `${c.green('✔')} The index of ${root} is fresh: ${count(result.corpus.stats().attributions)} attributions, loaded in ${ms} ms.`,
          );
        } else {
          print(
            `${c.yellow('!')} The index of ${root} cannot be used: ${result.reason}. Run "claimtrail index" to rebuild it.`,
          );
          process.exitCode = EXIT.errors;
        }
        return;
      }
      const progress = terminalProgress('Indexing');
      const started = performance.now();
      let info: Awaited<ReturnType<typeof buildIndexCache>>;
      try {
        info = await buildIndexCache(root, { onProgress: (read, total) => progress.update(read, total) });
      } catch (error) {
        if (error instanceof CorpusDirectoryError || error instanceof IndexNotWrittenError)
          throw new CliExit(error.message, EXIT.unreadable);
        throw error;
      } finally {
        progress.stop();
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const r = info.records;
      print(
        `${c.green('✔')} Indexed ${count(r.attribution)} attributions, ${count(r.claim)} claims, ${count(r.source)} sources and ${count(r.actor)} actors from ${info.files} files into ${info.dir} (${(info.bytes / 1_048_576).toFixed(1)} MB) in ${seconds} s.`,
      );
    });
}
