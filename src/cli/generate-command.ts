import type { Command } from 'commander';
import { writeGeneratedCorpus } from '../generate/write-generated-corpus.js';
import { colorsFor } from './format-diagnostics.js';
import { CliExit, EXIT, print, printExact, wantsColor } from './io.js';
import { terminalProgress } from './progress.js';

const count = (n: number) => n.toLocaleString('en-US');

function wholeNumber(value: string, flag: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value.replace(/_/g, ''));
  if (!/^\d[\d_]*$/.test(value) || !Number.isSafeInteger(n) || n > max) {
    throw new CliExit(
      `${flag} must be a whole number${max < Number.MAX_SAFE_INTEGER ? ` up to ${count(max)}` : ''}, not "${value}"`,
      EXIT.unreadable,
    );
  }
  return n;
}

/** `claimtrail generate --attributions N --seed S --out dir`. */
export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('Write a realistic made-up corpus of any size, for trying things out and for benchmarks')
    .requiredOption('--attributions <n>', 'how many attributions (other records scale with it)')
    .requiredOption(
      '--out <dir>',
      'directory to write actors.jsonl, sources.jsonl, claims.jsonl and attributions.jsonl into',
    )
    .option('--seed <seed>', 'the same seed always gives the same corpus', '1')
    .option('--json', 'print what was written as JSON')
    .addHelpText(
      'after',
      '\nEvery statement in a generated corpus is invented. It passes `claimtrail check` without errors.\nExample: claimtrail generate --attributions 100000 --seed 7 --out /tmp/corpus',
    )
    .action(async (options: { attributions: string; out: string; seed: string; json?: boolean }) => {
      const attributions = wholeNumber(options.attributions, '--attributions', 100_000_000);
      const progress = terminalProgress('Generating', { unit: 'items' });
      const started = performance.now();
      let written: Awaited<ReturnType<typeof writeGeneratedCorpus>>;
      try {
        written = await writeGeneratedCorpus(options.out, {
          attributions,
          seed: options.seed,
          onProgress: (done, total) => progress.update(done, total),
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === undefined) throw error;
        throw new CliExit(`cannot write to ${options.out} (${code})`, EXIT.unreadable);
      } finally {
        progress.stop();
      }
      const seconds = (performance.now() - started) / 1000;
      if (options.json) {
        printExact(JSON.stringify({ ...written, seconds: Number(seconds.toFixed(2)) }, null, 2));
        return;
      }
      const c = colorsFor(wantsColor());
      const { counts } = written;
      print(
        `${c.green('✔')} Wrote ${count(counts.attribution)} attributions, ${count(counts.claim)} claims, ${count(counts.source)} sources and ${count(counts.actor)} actors (${(written.bytes / 1_048_576).toFixed(1)} MB) to ${options.out} in ${seconds.toFixed(1)} s.`,
      );
    });
}
