import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { check } from '../check/check.js';
import { renderReport } from '../report/render-report.js';
import { CliExit, EXIT, loadForCli, print } from './io.js';

/** `claimtrail report [dir] --out report.html`. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Write a self-contained HTML report of a corpus, for reading in a browser')
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .option('-o, --out <file>', 'the HTML file to write', 'report.html')
    .option('--title <text>', 'title of the page', 'claimtrail report')
    .addHelpText(
      'after',
      '\nThe page shows every source with its quoted passages highlighted, a timeline per actor, the\nattribution graph, the contradictions and the problems check finds. It loads nothing from the\nnetwork: open it straight from disk.',
    )
    .action((dir: string | undefined, options: { out: string; title: string }) => {
      const corpus = loadForCli(dir);
      const diagnostics = check(corpus);
      const html = renderReport(corpus, { title: options.title, diagnostics });
      const out = resolve(options.out);
      try {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, html);
      } catch (error) {
        throw new CliExit(`cannot write the report to ${out}: ${(error as Error).message}`, EXIT.unreadable);
      }
      const s = corpus.stats();
      print(
        `Wrote ${out} (${Math.round(Buffer.byteLength(html) / 1024)} KB): ${s.sources} sources, ${s.attributions} statements, ${diagnostics.length} problems found by check.`,
      );
    });
}
