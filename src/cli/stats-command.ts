import type { Command } from 'commander';
import type { CorpusStats } from '../corpus/corpus.js';
import { type EngineName, engineOption, withDatabase } from './duckdb-engine.js';
import { colorsFor } from './format-diagnostics.js';
import { loadForCli, print, printExact, wantsColor } from './io.js';

/** `claimtrail stats [dir]`. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Print counts of what a corpus holds')
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .option('--json', 'print the counts as JSON')
    .addOption(engineOption())
    .action(async (dir: string | undefined, options: { json?: boolean; engine: EngineName }) => {
      let root: string | undefined;
      let stats: CorpusStats;
      if (options.engine === 'duckdb') {
        [root, stats] = await withDatabase(dir, async (db) => [db.dir, await db.stats()] as const);
      } else {
        const corpus = loadForCli(dir);
        [root, stats] = [corpus.root, corpus.stats()];
      }
      if (options.json) {
        printExact(JSON.stringify(stats, null, 2));
        return;
      }
      const c = colorsFor(wantsColor());
      const row = (label: string, value: number) => `  ${label.padEnd(22)}${c.bold(String(value).padStart(8))}`;
      print(
        [
          c.underline(root ?? 'corpus'),
          row('files', stats.files),
          row('actors', stats.actors),
          row('sources', stats.sources),
          row('  with text', stats.sourcesWithText),
          row('claims', stats.claims),
          row('attributions', stats.attributions),
          ...Object.entries(stats.byMode).map(([mode, n]) => row(`  ${mode}`, n)),
          ...Object.entries(stats.byStance).map(([stance, n]) => row(`  ${stance}`, n)),
          row('load diagnostics', stats.diagnostics),
        ].join('\n'),
      );
    });
}
