import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Command } from 'commander';
import type { AlignSuggestion } from '../align/align-claims.js';
import type { Corpus } from '../corpus/corpus.js';
import { addSameAsToYaml } from '../serialize/add-same-as.js';
import { colorsFor } from './format-diagnostics.js';
import { CliExit, EXIT, loadForCli, print, wantsColor } from './io.js';

/** What `--write` did: links written per file, and links it could not write, with why. */
interface WriteOutcome {
  readonly written: Map<string, number>;
  readonly failed: { readonly claim: string; readonly reason: string }[];
}

/**
 * Records each suggestion as a sameAs link on its first claim, in the YAML file that claim was
 * read from; other formats are reported, not rewritten.
 */
function writeSameAs(corpus: Corpus, suggestions: readonly AlignSuggestion[]): WriteOutcome {
  const byClaim = new Map<string, string[]>();
  for (const s of suggestions) byClaim.set(s.a, [...(byClaim.get(s.a) ?? []), s.b]);
  const texts = new Map<string, string>();
  const written = new Map<string, number>();
  const failed: WriteOutcome['failed'] = [];
  for (const [claim, ids] of byClaim) {
    const origin = corpus.origin('claim', claim);
    if (!origin?.file) {
      failed.push({ claim, reason: 'it was not read from a file' });
      continue;
    }
    if (!/\.ya?ml$/i.test(origin.file)) {
      failed.push({ claim, reason: `${origin.file} is not a YAML file; add sameAs: [${ids.join(', ')}] by hand` });
      continue;
    }
    const file = isAbsolute(origin.file) || corpus.root === undefined ? origin.file : join(corpus.root, origin.file);
    const result = addSameAsToYaml(texts.get(file) ?? readFileSync(file, 'utf8'), origin.path, ids);
    if ('problem' in result) {
      failed.push({ claim, reason: `${origin.file}: ${result.problem.code} at ${result.problem.path.join('.')}` });
      continue;
    }
    texts.set(file, result.text);
    written.set(origin.file, (written.get(origin.file) ?? 0) + ids.length);
  }
  for (const [file, text] of texts) writeFileSync(file, text);
  return { written, failed };
}

/** `claimtrail align [dir]`. */
export function registerAlign(program: Command): void {
  program
    .command('align')
    .description('Suggest claims from different sources that state the same proposition, or conflict on it')
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .option('--json', 'print the suggestions as JSON')
    .option('--min-score <n>', 'lowest score to suggest, 0 to 1', '0.55')
    .option('--write', 'record the suggested "same" pairs as sameAs links in the YAML files')
    .action((dir: string | undefined, options: { json?: boolean; minScore: string; write?: boolean }) => {
      const minScore = Number(options.minScore);
      if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1)
        throw new CliExit(`--min-score: "${options.minScore}" is not a number from 0 to 1`, EXIT.unreadable);
      const corpus = loadForCli(dir);
      const suggestions = corpus.alignClaims({ minScore });
      const outcome = options.write
        ? writeSameAs(
            corpus,
            suggestions.filter((s) => s.relation === 'same'),
          )
        : undefined;
      if (options.json) {
        print(JSON.stringify(suggestions, null, 2));
      } else {
        const c = colorsFor(wantsColor());
        const lines: string[] = [];
        for (const s of suggestions) {
          const relation = s.relation === 'same' ? c.green('same') : c.red('conflict');
          lines.push(`${c.bold(s.score.toFixed(2))} ${relation}  ${s.a} ~ ${s.b}`);
          lines.push(`  ${c.dim('·')} ${corpus.claim(s.a)?.text ?? ''}`);
          lines.push(`  ${c.dim('·')} ${corpus.claim(s.b)?.text ?? ''}`);
          lines.push(`  ${c.dim(s.reasons.join('; '))}`);
          lines.push('');
        }
        lines.push(c.dim(`${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}`));
        print(lines.join('\n'));
      }
      if (outcome) {
        for (const [file, count] of outcome.written)
          process.stderr.write(`wrote ${count} sameAs link${count === 1 ? '' : 's'} to ${file}\n`);
        for (const f of outcome.failed)
          process.stderr.write(`claimtrail: could not link claim "${f.claim}": ${f.reason}\n`);
        if (outcome.failed.length > 0) process.exitCode = EXIT.errors;
      }
    });
}
