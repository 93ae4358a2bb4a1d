import type { Command } from 'commander';
import { check } from '../check/check.js';
import { builtinRules } from '../check/rules/index.js';
import { DATABASE_RULES } from '../duckdb/database-rules.js';
import { type Severity, SeveritySchema } from '../model/diagnostic.js';
import { type EngineName, engineOption, withDatabase } from './duckdb-engine.js';
import { colorsFor, countBySeverity, formatDiagnostics } from './format-diagnostics.js';
import { CliExit, EXIT, loadForCli, print, printError, printExact, wantsColor } from './io.js';
import { runStreamCheck } from './stream-check-command.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `claimtrail check [dir]`. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Load a corpus and report every problem the rules find')
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .option('--json', 'print diagnostics as a JSON array (see docs/cli.md for the format)')
    .option('--rule <ids>', 'only these rules, comma-separated (e.g. quote-not-in-source,orphan)')
    .option('--severity <level>', 'show this severity and worse: error, warning or info', 'info')
    .option(
      '--stream',
      'validate a large JSONL file, or a folder of them, line by line in constant memory (syntax and schema only)',
    )
    .addOption(engineOption())
    .addHelpText(
      'after',
      `\nRules:\n${builtinRules.map((r) => `  ${r.meta.id.padEnd(30)}${r.meta.severity.padEnd(9)}${r.meta.doc}`).join('\n')}\n\nExit codes: 0 no errors, 1 errors found, 2 corpus unreadable (missing directory or a file that cannot be parsed).`,
    )
    .action(
      async (
        dir: string | undefined,
        options: { json?: boolean; rule?: string; severity: string; stream?: boolean; engine: EngineName },
      ) => {
        const level = SeveritySchema.safeParse(options.severity);
        if (!level.success)
          throw new CliExit(`--severity must be error, warning or info, not "${options.severity}"`, EXIT.unreadable);
        if (options.stream) {
          if (options.rule) throw new CliExit('--rule cannot be combined with --stream', EXIT.unreadable);
          process.exitCode = await runStreamCheck(dir, { json: options.json, severity: level.data });
          return;
        }
        const only = options.rule
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const known = new Set(builtinRules.map((r) => r.meta.id));
        const unknown = only?.filter((id) => !known.has(id)) ?? [];
        if (unknown.length > 0)
          throw new CliExit(
            `unknown rule ${unknown.join(', ')}; run "claimtrail check --help" for the list`,
            EXIT.unreadable,
          );
        if (options.engine === 'duckdb') {
          if (options.stream) throw new CliExit('--stream cannot be combined with --engine duckdb', EXIT.unreadable);
          const offline = only?.filter((id) => !(DATABASE_RULES as readonly string[]).includes(id)) ?? [];
          if (offline.length > 0)
            throw new CliExit(
              `the DuckDB engine does not run ${offline.join(', ')}; it runs ${DATABASE_RULES.join(', ')}`,
              EXIT.unreadable,
            );
          const all = await withDatabase(dir, (db) => db.check(only ? { only } : {}));
          const shown = all.filter((d) => RANK[d.severity] <= RANK[level.data]);
          if (options.json) print(JSON.stringify(shown, null, 2));
          else print(formatDiagnostics(shown, colorsFor(wantsColor())));
          process.exitCode = countBySeverity(all).error > 0 ? EXIT.errors : EXIT.ok;
          return;
        }
        const corpus = loadForCli(dir);
        const all = check(corpus, only ? { only } : {});
        const shown = all.filter((d) => RANK[d.severity] <= RANK[level.data]);
        if (options.json) printExact(JSON.stringify(shown, null, 2));
        else print(formatDiagnostics(shown, colorsFor(wantsColor())));
        // From the corpus, not from `all`: `--rule` must not turn an unreadable corpus into a pass.
        const unreadable = corpus.diagnostics.some((d) => d.ruleId === 'syntax' && d.severity === 'error');
        if (unreadable && !shown.some((d) => d.ruleId === 'syntax'))
          printError('claimtrail: some files could not be read; run check without --rule to see which.\n');
        process.exitCode = unreadable ? EXIT.unreadable : countBySeverity(all).error > 0 ? EXIT.errors : EXIT.ok;
      },
    );
}
