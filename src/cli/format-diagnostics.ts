import pc from 'picocolors';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { terminalText as t } from './terminal-text.js';

/** Colour functions; plain identity functions when output is not a terminal. */
export type Colors = Pick<typeof pc, 'red' | 'yellow' | 'blue' | 'dim' | 'bold' | 'underline' | 'green' | 'cyan'>;

/** Colours for a terminal, or none. */
export function colorsFor(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

/** How many diagnostics of each severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Diagnostics for people: grouped by file, each with line:column, severity, message and rule id,
 * then a summary line.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], c: Colors): string {
  const lines: string[] = [];
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.file ?? '(corpus)';
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  for (const [file, group] of groups) {
    lines.push(c.underline(t(file)));
    for (const d of group) {
      const place = d.line !== undefined ? `${d.line}:${d.column ?? 1}` : '';
      lines.push(
        // The space after `place` keeps "123456:12" from running into the severity in long JSONL files.
        `  ${c.dim(`${place} `.padEnd(8))}${paint[d.severity](d.severity.padEnd(8))}${t(d.message)}  ${c.dim(t(d.ruleId))}`,
      );
      if (d.suggestion) lines.push(`  ${' '.repeat(16)}${c.green(`suggestion: ${t(d.suggestion)}`)}`);
    }
    lines.push('');
  }
  const counts = countBySeverity(diagnostics);
  const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`;
  lines.push(counts.error > 0 ? c.red(c.bold(`✖ ${summary}`)) : c.green(`✔ ${summary}`));
  return lines.join('\n');
}
