import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { type DraftCorpus, extractAttributions } from '../draft/index.js';
import { slugify } from '../interop/internal/slug.js';
import { PartialDateSchema } from '../model/partial-date.js';
import { toYaml } from '../serialize/yaml-text.js';
import { CliExit, EXIT, loadForCli, print } from './io.js';

interface DraftOptions {
  corpus?: string;
  published?: string;
  format: 'yaml' | 'json';
  out?: string;
}

/**
 * A draft as the text of a corpus file: the records, and for YAML a header listing what the
 * reviewer must look at and the quotations left out as not speech.
 *
 * @param draft - what `extractAttributions` drafted
 * @param format - yaml or json
 * @returns the file's text
 */
export function draftFileText(draft: DraftCorpus, format: 'yaml' | 'json'): string {
  const records = {
    actors: draft.actors,
    sources: draft.sources,
    claims: draft.claims,
    attributions: draft.attributions,
  };
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`;
  const header = [
    '# Drafted by `claimtrail draft`: review every record before use. Each attribution has a',
    '# confidence and a note saying what was guessed; claims are the quoted words, to be rewritten.',
    ...draft.skipped.map(
      (s) => `# Left out as ${s.reason} (not speech): “${s.quote.text.replace(/\s+/g, ' ')}” at ${s.quote.start}`,
    ),
  ];
  return `${header.join('\n')}\n${toYaml(records)}`;
}

/** `claimtrail draft <article.txt>`. */
export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description('Draft a corpus file (source, actors, claims, attributions) from the text of an article')
    .argument('<article>', 'the article as a plain-text file')
    .option('--corpus <dir>', 'a corpus whose actors are reused by name, alias and office')
    .option('--published <date>', 'the publication date (YYYY-MM-DD); otherwise read from a dateline')
    .addOption(new Option('--format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .option('--out <file>', 'write the draft to this file (the source then points at the article by textFile)')
    .action((article: string, options: DraftOptions) => {
      let text: string;
      try {
        text = readFileSync(article, 'utf8');
      } catch (error) {
        throw new CliExit(
          `cannot read ${article}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          EXIT.unreadable,
        );
      }
      if (options.published !== undefined && !PartialDateSchema.safeParse(options.published).success) {
        throw new CliExit(`--published: "${options.published}" is not a date such as 2024-03-26`, EXIT.unreadable);
      }
      const corpus = options.corpus === undefined ? undefined : loadForCli(options.corpus);
      const id = slugify(basename(article).replace(/\.[^.]+$/, ''), 'article');
      const textFile = options.out
        ? relative(dirname(resolve(options.out)), resolve(article))
            .split('\\')
            .join('/')
        : undefined;
      const draft = extractAttributions(text, {
        ...(corpus ? { corpus } : {}),
        ...(options.published ? { published: options.published } : {}),
        source: { id, ...(textFile ? { textFile } : {}) },
      });
      const output = draftFileText(draft, options.format);
      if (options.out) writeFileSync(options.out, output);
      else print(output);
      const direct = draft.attributions.filter((a) => a.mode === 'direct-quote').length;
      const unsure = draft.attributions.filter((a) => a.confidence < 0.6).length;
      process.stderr.write(
        `Drafted ${draft.attributions.length} attributions (${direct} direct quotes), ${draft.actors.length} new actors; ${unsure} have a confidence below 0.6; ${draft.skipped.length} quotations left out as not speech.\n`,
      );
    });
}
