import type { Command } from 'commander';
import { CONTRADICTION_KINDS } from '../contradict/find-contradictions.js';
import type { Contradiction, ContradictionKind } from '../contradict/types.js';
import type { Corpus } from '../corpus/corpus.js';
import { formatChain } from '../query/quote-record.js';
import { type EngineName, engineOption, withDatabase } from './duckdb-engine.js';
import { colorsFor } from './format-diagnostics.js';
import { CliExit, EXIT, loadForCli, print, printExact, wantsColor } from './io.js';
import { quoteRecordJson } from './quotes-command.js';
import { terminalText as t } from './terminal-text.js';

const KINDS = CONTRADICTION_KINDS;

/** A contradiction as plain JSON. */
export function contradictionJson(corpus: Corpus, c: Contradiction) {
  return {
    kind: c.kind,
    strength: c.strength,
    explanation: c.explanation,
    ...(c.arithmetic ? { arithmetic: c.arithmetic } : {}),
    a: quoteRecordJson(corpus, c.a),
    b: quoteRecordJson(corpus, c.b),
  };
}

/** `claimtrail contradictions [dir]`. */
export function registerContradictions(program: Command): void {
  program
    .command('contradictions')
    .description('Find statements across sources and speakers that cannot all hold, and explain why')
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .option('--kind <kinds>', `comma-separated: ${KINDS.join(', ')}`)
    .option('--strong', 'leave out conflicts that rest on hedged statements')
    .option('--json', 'print the contradictions as JSON')
    .addOption(engineOption())
    .action(
      async (
        dir: string | undefined,
        options: { kind?: string; strong?: boolean; json?: boolean; engine: EngineName },
      ) => {
        const kinds = options.kind?.split(',').map((k) => k.trim());
        const bad = kinds?.find((k) => !KINDS.includes(k as ContradictionKind));
        if (bad) throw new CliExit(`--kind: "${bad}" is not one of ${KINDS.join(', ')}`, EXIT.unreadable);
        const wanted = {
          ...(kinds ? { kinds: kinds as ContradictionKind[] } : {}),
          ...(options.strong ? { strongOnly: true } : {}),
        };
        let corpus: Corpus;
        let found: Contradiction[];
        if (options.engine === 'duckdb') {
          [corpus, found] = await withDatabase(dir, async (db) => [
            await db.actorCorpus(),
            await db.contradictions(wanted),
          ]);
        } else {
          corpus = loadForCli(dir);
          found = corpus.contradictions(wanted);
        }
        if (options.json) {
          printExact(
            JSON.stringify(
              found.map((x) => contradictionJson(corpus, x)),
              null,
              2,
            ),
          );
          return;
        }
        const c = colorsFor(wantsColor());
        const lines: string[] = [];
        for (const x of found) {
          lines.push(
            `${c.bold(x.kind)} ${x.strength === 'weak' ? c.yellow('(weak)') : c.red('(strong)')}  ${t(x.explanation)}`,
          );
          if (x.arithmetic) lines.push(`  ${c.dim(t(x.arithmetic))}`);
          for (const side of [x.a, x.b]) {
            lines.push(
              `  ${c.dim('·')} ${c.cyan(t(side.speaker.name))} ${c.dim(t(`${side.attribution.stance} · ${formatChain(corpus, side.chain)} · ${side.attribution.id}`))}`,
            );
          }
          lines.push('');
        }
        lines.push(c.dim(`${found.length} contradiction${found.length === 1 ? '' : 's'}`));
        print(lines.join('\n'));
      },
    );
}
