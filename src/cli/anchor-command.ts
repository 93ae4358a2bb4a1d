import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import { match } from 'ts-pattern';
import { bundledCorpusDir } from '../corpus/load-corpus.js';
import { scanCorpusDir } from '../load/list-corpus-files.js';
import { type AnchorChange, reanchorYaml } from '../serialize/reanchor-yaml.js';
import { colorsFor } from './format-diagnostics.js';
import { CliExit, EXIT, loadForCli, print, wantsColor } from './io.js';

interface AnchorOptions {
  write?: boolean;
  threshold?: string;
}

const span = (q: { start?: number; end?: number }) => (q.start === undefined ? 'no anchor' : `${q.start}–${q.end}`);
const percent = (n: number) => `${Math.round(n * 100)}%`;
const excerpt = (s: string, max = 60) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** One line saying what happened to a quote. */
export function describeChange(change: AnchorChange): string {
  const where = `${change.attribution} quote ${change.index + 1}`;
  return match(change.result)
    .with(
      { status: 'anchored' },
      (r) =>
        `${where}: anchored at ${span(r.quote)}${r.candidates > 1 ? ` (the words occur ${r.candidates} times; check the choice)` : ''}`,
    )
    .with({ status: 'moved' }, (r) => `${where}: moved ${span(change.before)} → ${span(r.quote)}`)
    .with(
      { status: 'approximate' },
      (r) =>
        `${where}: the text now reads "${excerpt(r.quote.text)}" (${percent(r.similarity)} alike to "${excerpt(change.before.text)}"); moved ${span(change.before)} → ${span(r.quote)}`,
    )
    .with(
      { status: 'lost' },
      (r) =>
        `${where}: could not anchor "${excerpt(change.before.text)}"${r.closest ? `; the closest passage is "${excerpt(r.closest)}" (${percent(r.similarity ?? 0)} alike)` : ''}`,
    )
    .exhaustive();
}

/** `claimtrail anchor [dir] [--write]`. */
export function registerAnchor(program: Command): void {
  program
    .command('anchor')
    .description('Fill missing quote anchors and repair stale ones after a text was edited, keeping comments')
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .option('--write', 'save the repaired YAML files (without it, only print what would change)')
    .option('--threshold <similarity>', 'least similarity, 0 to 1, for an approximate match (default 0.75)')
    .action((dir: string | undefined, options: AnchorOptions) => {
      const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
      if (threshold !== undefined && !(threshold > 0 && threshold <= 1))
        throw new CliExit(
          `--threshold: expected a number above 0 and at most 1, got "${options.threshold}"`,
          EXIT.unreadable,
        );
      const corpus = loadForCli(dir);
      const root = dir ?? bundledCorpusDir();
      const textOf = (id: string) => corpus.store.sources.get(id)?.record.text;
      const c = colorsFor(wantsColor());
      const counts = { anchored: 0, moved: 0, approximate: 0, lost: 0 };
      for (const file of scanCorpusDir(root).files) {
        if (!['.yaml', '.yml'].includes(extname(file).toLowerCase())) continue;
        const path = join(root, file);
        const before = readFileSync(path, 'utf8');
        const { text, changes } = reanchorYaml(before, textOf, { threshold });
        for (const change of changes) {
          counts[change.result.status]++;
          const line = `${file}:${change.line} ${describeChange(change)}`;
          print(change.result.status === 'lost' ? c.red(line) : line);
        }
        if (options.write && text !== before) writeFileSync(path, text);
      }
      const repaired = counts.anchored + counts.moved + counts.approximate;
      print(
        `${repaired} quote${repaired === 1 ? '' : 's'} ${options.write ? '' : 'would be '}re-anchored (${counts.anchored} newly anchored, ${counts.moved} moved, ${counts.approximate} approximate); ${counts.lost} could not be anchored.${!options.write && repaired > 0 ? ' Pass --write to save.' : ''}`,
      );
      if (counts.lost > 0) process.exitCode = EXIT.errors;
    });
}
