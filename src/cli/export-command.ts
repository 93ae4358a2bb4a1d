import { type Command, Option } from 'commander';
import { match } from 'ts-pattern';
import type { Corpus } from '../corpus/corpus.js';
import type { DroppedIri } from '../interop/export-iri.js';
import { toClaimReviewJsonLd } from '../interop/to-claimreview.js';
import { toProvJsonLd } from '../interop/to-prov.js';
import { toQuotebank } from '../interop/to-quotebank.js';
import { toQuotesCsv } from '../interop/to-quotes-csv.js';
import { toQuotesJsonl } from '../interop/to-quotes-jsonl.js';
import { toWebAnnotations } from '../interop/to-web-annotations.js';
import { InvalidOptionError } from '../model/claimtrail-error.js';
import { exportParquetForCli } from './duckdb-engine.js';
import { CliExit, EXIT, loadForCli, print, printError } from './io.js';
import { terminalText } from './terminal-text.js';
import { writeOutputFile } from './write-output-file.js';

/** The formats `claimtrail export` writes, with what each holds. */
export const EXPORT_FORMATS = {
  claimreview: 'schema.org Claim JSON-LD: claims with their authors and appearances; ratings as ClaimReviews',
  prov: 'W3C PROV-O JSON-LD: sources, actors, statements, quotations and derivations',
  annotations: 'W3C Web Annotation JSON-LD: one annotation per quoted fragment',
  csv: 'one row per attribution (RFC 4180), for spreadsheets',
  jsonl: 'one JSON object per attribution, for data tools',
  quotebank: 'Quotebank-style JSONL: one line per attribution that quotes words',
} as const;

/** Formats written as a directory of files rather than one text. */
const DIRECTORY_FORMATS = {
  parquet:
    'actors, sources, claims and attributions as four Parquet files in the --out directory (needs @duckdb/node-api)',
} as const;

/** A format `claimtrail export` writes. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

interface ExportOptions {
  format: ExportFormat | keyof typeof DIRECTORY_FORMATS;
  out?: string;
  base?: string;
  quotedOnly?: boolean;
  keepFormulas?: boolean;
  followLinks?: boolean;
}

/**
 * The corpus in an export format, as text.
 *
 * @param corpus - a loaded corpus
 * @param format - one of {@link EXPORT_FORMATS}
 * @param options - `base` for JSON-LD and Quotebank IRIs, `quotedOnly` for csv and jsonl,
 *   `keepFormulas` for csv (see {@link toQuotesCsv})
 * @returns the text to write, ending with a newline
 * @throws {InvalidOptionError} when `base` would make IRIs other than http, https or urn
 * @example
 * exportText(await loadCorpus(), 'csv').split('\r\n')[0].split(',')[0]
 * //=> 'attributionId'
 */
export function exportText(
  corpus: Corpus,
  format: ExportFormat,
  options: {
    base?: string;
    quotedOnly?: boolean;
    keepFormulas?: boolean;
    onDroppedIri?: (dropped: DroppedIri) => void;
  } = {},
): string {
  const iri = {
    ...(options.base === undefined ? {} : { base: options.base }),
    ...(options.onDroppedIri ? { onDroppedIri: options.onDroppedIri } : {}),
  };
  const rows = {
    ...(options.quotedOnly ? { quotedOnly: true } : {}),
    ...(options.keepFormulas ? { keepFormulas: true } : {}),
  };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return match(format)
    .with('claimreview', () => json(toClaimReviewJsonLd(corpus, iri)))
    .with('prov', () => json(toProvJsonLd(corpus, iri)))
    .with('annotations', () => json(toWebAnnotations(corpus, iri)))
    .with('csv', () => toQuotesCsv(corpus, rows))
    .with('jsonl', () => toQuotesJsonl(corpus, rows))
    .with('quotebank', () => toQuotebank(corpus, iri))
    .exhaustive();
}

/** `claimtrail export [dir] --format <format> [--out file]`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write a corpus in a format other tools read: schema.org, PROV-O, Web Annotation, CSV, JSONL')
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .addOption(
      new Option('--format <format>', 'what to write (see below)')
        .choices([...Object.keys(EXPORT_FORMATS), ...Object.keys(DIRECTORY_FORMATS)])
        .makeOptionMandatory(),
    )
    .option('--out <file>', 'write to this file instead of standard output (for parquet: the directory)')
    .option('--base <iri>', 'IRI prefix of records in JSON-LD and Quotebank output', 'urn:claimtrail:')
    .option('--quoted-only', 'csv, jsonl: only attributions that quote words')
    .option('--follow-links', 'with --out: write through a symbolic link instead of refusing it')
    .option(
      '--keep-formulas',
      'csv: write cells starting with = + - @ as they are (for data pipelines, not spreadsheets)',
    )
    .addHelpText(
      'after',
      `\nFormats:\n${Object.entries({ ...EXPORT_FORMATS, ...DIRECTORY_FORMATS })
        .map(([name, doc]) => `  ${name.padEnd(14)}${doc}`)
        .join('\n')}\n\nSee docs/interop.md for how each format maps the corpus.`,
    )
    .action(async (dir: string | undefined, options: ExportOptions) => {
      if (options.format === 'parquet' && options.out === undefined)
        throw new CliExit('--format parquet writes a directory: give it with --out <dir>', EXIT.unreadable);
      const corpus = loadForCli(dir);
      const unloaded = corpus.diagnostics.filter((d) => d.severity === 'error').length;
      if (unloaded > 0) {
        printError(
          `claimtrail: ${unloaded} problem${unloaded === 1 ? '' : 's'} kept records out of the corpus, so they are not in the export; run "claimtrail check${dir ? ` ${dir}` : ''}" to see them.\n`,
        );
      }
      if (options.format === 'parquet') {
        print(await exportParquetForCli(corpus, options.out as string));
        return;
      }
      const dropped = new Map<string, DroppedIri>();
      let text: string;
      try {
        text = exportText(corpus, options.format, {
          ...(options.base !== undefined ? { base: options.base } : {}),
          ...(options.quotedOnly ? { quotedOnly: true } : {}),
          ...(options.keepFormulas ? { keepFormulas: true } : {}),
          onDroppedIri: (d) => dropped.set(d.path.join('\u0000'), d),
        });
      } catch (error) {
        if (error instanceof InvalidOptionError) throw new CliExit(`--base: ${error.message}`, EXIT.unreadable);
        throw error;
      }
      for (const { path, value, reason } of dropped.values()) {
        printError(
          `claimtrail: warning: the ${path[2]} of ${path[0]} "${terminalText(path[1])}" was left out of the export: "${terminalText(value)}" ${reason}.`,
        );
      }
      if (options.out === undefined) {
        process.stdout.write(text);
        return;
      }
      writeOutputFile(options.out, text, { followLinks: options.followLinks === true });
      print(`Wrote ${options.format} to ${options.out} (${Buffer.byteLength(text)} bytes).`);
    });
}
