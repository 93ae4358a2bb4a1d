import type { Command } from 'commander';
import type { EvidenceLine } from '../query/corroboration.js';
import { colorsFor } from './format-diagnostics.js';
import { CliExit, EXIT, loadForCli, print, wantsColor } from './io.js';

const lineJson = (l: EvidenceLine) => ({
  origin: { id: l.origin.id, title: l.origin.title },
  voice: { id: l.voice.id, name: l.voice.name },
  carriedBy: l.carriedBy.map((s) => s.id),
  attributions: l.attributions,
});

/** `claimtrail claim <id> [dir]`. */
export function registerClaim(program: Command): void {
  program
    .command('claim')
    .description(
      'Show one claim (with those recorded as the same): its sources, stances and independent lines of evidence',
    )
    .argument('<id>', 'claim id')
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .option('--json', 'print the view as JSON')
    .action((id: string, dir: string | undefined, options: { json?: boolean }) => {
      const corpus = loadForCli(dir);
      const view = corpus.claimView(id);
      if (!view) throw new CliExit(`no claim "${id}" in the corpus`, EXIT.errors);
      const { lines, against } = view.corroboration;
      if (options.json) {
        print(
          JSON.stringify(
            {
              claim: { id: view.claim.id, text: view.claim.text },
              sameAs: view.claims.map((c) => c.id).filter((c) => c !== id),
              sources: view.sources.map((s) => s.id),
              stances: Object.fromEntries(Object.entries(view.stances).map(([k, v]) => [k, v.map((a) => a.id)])),
              corroboration: { lines: lines.map(lineJson), against: against.map(lineJson) },
            },
            null,
            2,
          ),
        );
        return;
      }
      const c = colorsFor(wantsColor());
      const out = [`${c.bold(view.claim.id)}  ${view.claim.text}`];
      for (const other of view.claims)
        if (other.id !== id) out.push(`  ${c.dim('same as')} ${other.id}  ${other.text}`);
      out.push(`${c.dim('sources:')} ${view.sources.map((s) => s.id).join(', ')}`);
      const describe = (l: EvidenceLine) =>
        `  ${c.dim('·')} ${c.cyan(l.voice.name)} in ${l.origin.title} ${c.dim(`(carried by ${l.carriedBy.map((s) => s.id).join(', ')})`)}`;
      out.push(`${c.green(`${lines.length} independent line${lines.length === 1 ? '' : 's'} of evidence`)}`);
      out.push(...lines.map(describe));
      if (against.length > 0) {
        out.push(c.red(`${against.length} against`));
        out.push(...against.map(describe));
      }
      print(out.join('\n'));
    });
}
