import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { checkStream } from '../stream/check-stream.js';
import { colorsFor } from './format-diagnostics.js';
import { CliExit, EXIT, print, wantsColor } from './io.js';
import { terminalProgress } from './progress.js';
import { terminalText as t } from './terminal-text.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const count = (n: number) => n.toLocaleString('en-US');

/** One diagnostic on one line, for output that cannot wait to group by file. */
function diagnosticLine(d: Diagnostic, c: ReturnType<typeof colorsFor>): string {
  const paint = { error: c.red, warning: c.yellow, info: c.blue }[d.severity];
  const place = `${d.file ?? ''}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ''}`;
  return `${c.dim(t(place))}  ${paint(d.severity)}  ${t(d.message)}  ${c.dim(t(d.ruleId))}`;
}

/**
 * `claimtrail check --stream <file|dir>`: validates JSONL line by line in constant memory and
 * prints each diagnostic as it is found (one per line, or a JSON array with `json`), then a
 * summary on a terminal. Only what a line shows on its own is checked (syntax and schema).
 *
 * @param path - a JSONL file or a directory of them
 * @param options - `json`, and the lowest `severity` to print
 * @returns the exit code: 0 clean, 1 errors, 2 a line or file that cannot be read
 * @throws {CliExit} when the path cannot be read
 */
export async function runStreamCheck(
  path: string | undefined,
  options: { json?: boolean; severity: Severity },
): Promise<number> {
  if (path === undefined) throw new CliExit('--stream needs a JSONL file or a directory of them', EXIT.unreadable);
  const c = colorsFor(wantsColor());
  const progress = terminalProgress('Checking');
  let shown = 0;
  let unreadable = false;
  if (options.json) process.stdout.write('[');
  let summary: Awaited<ReturnType<typeof checkStream>>;
  try {
    summary = await checkStream(
      path,
      (d) => {
        if (d.ruleId === 'syntax') unreadable = true;
        if (RANK[d.severity] > RANK[options.severity]) return;
        if (options.json) process.stdout.write(`${shown === 0 ? '\n' : ',\n'}${JSON.stringify(d)}`);
        else print(diagnosticLine(d, c));
        shown++;
      },
      { onProgress: (read, total) => progress.update(read, total) },
    );
  } catch (error) {
    if (options.json) process.stdout.write('\n]\n');
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliExit(`${path} cannot be read (${code ?? (error as Error).message})`, EXIT.unreadable);
  } finally {
    progress.stop();
  }
  if (options.json) print(shown === 0 ? ']' : '\n]');
  else {
    const records = Object.values(summary.records).reduce((a, b) => a + b, 0);
    const text = `${count(summary.lines)} lines, ${count(records)} valid records in ${summary.files.length} file${summary.files.length === 1 ? '' : 's'}: ${count(summary.errors)} errors, ${count(summary.warnings)} warnings (syntax and schema only; run check without --stream for the other rules)`;
    print(summary.errors > 0 ? c.red(c.bold(`✖ ${text}`)) : c.green(`✔ ${text}`));
  }
  return unreadable ? EXIT.unreadable : summary.errors > 0 ? EXIT.errors : EXIT.ok;
}
