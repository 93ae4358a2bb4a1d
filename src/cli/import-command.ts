import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { type Command, Option } from 'commander';
import { fromClaimReview } from '../interop/from-claimreview.js';
import { fromQuotebank } from '../interop/from-quotebank.js';
import type { ImportResult } from '../interop/import-result.js';
import { toCorpusYaml } from '../interop/to-corpus-yaml.js';
import { bundledCorpusDir } from '../load/corpus-dir.js';
import { colorsFor, countBySeverity, formatDiagnostics } from './format-diagnostics.js';
import { CliExit, EXIT, print, printError, printExact, wantsColor } from './io.js';
import { writeOutputFile } from './write-output-file.js';

/** The formats `claimtrail import` reads. */
export const IMPORT_FORMATS = {
  quotebank: (bytes: Uint8Array, file: string, base: string) => fromQuotebank(bytes, { file, base }),
  claimreview: (bytes: Uint8Array, file: string, base: string) => fromClaimReview(bytes, { file, base }),
} as const;

interface ImportCliOptions {
  from: keyof typeof IMPORT_FORMATS;
  out: string;
  base: string;
  force?: boolean;
  json?: boolean;
  followLinks?: boolean;
}

/** The shipped corpus-file JSON Schema, relative to `dir`, for the header of written files. */
function schemaPathFrom(dir: string): string | undefined {
  try {
    const schema = join(dirname(bundledCorpusDir()), 'schema', 'corpus-file.schema.json');
    return existsSync(schema) ? relative(dir, schema).split('\\').join('/') : undefined;
  } catch {
    return undefined;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `claimtrail import --from quotebank|claimreview <file> --out <dir>`. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Read Quotebank quotations or schema.org ClaimReviews into a new corpus file')
    .argument('<file>', 'the file to read (Quotebank JSONL, or ClaimReview JSON-LD)')
    .addOption(
      new Option('--from <format>', 'the file format').choices(Object.keys(IMPORT_FORMATS)).makeOptionMandatory(),
    )
    .requiredOption('--out <dir>', 'directory to write <file name>.yaml into (created if missing)')
    .option('--base <iri>', 'IRI prefix of claimtrail exports, whose ids are kept', 'urn:claimtrail:')
    .option('--force', 'overwrite the output file if it exists')
    .option('--follow-links', 'write through a symbolic link at the output file instead of refusing it')
    .option('--json', 'print the diagnostics as a JSON array')
    .addHelpText(
      'after',
      '\nExit codes: 0 imported, 1 some records could not be imported (see the diagnostics), 2 the file could not be read or written.\nSee docs/interop.md for how each format maps to records.',
    )
    .action((file: string, options: ImportCliOptions) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new CliExit(
          `could not read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
          EXIT.unreadable,
        );
      }
      const result: ImportResult = IMPORT_FORMATS[options.from](bytes, basename(file), options.base);
      // The file's bytes were refused (not UTF-8): nothing to write, and an empty file would hide it.
      const undecodable = result.diagnostics.some((d) => d.ruleId === 'syntax');
      if (undecodable) {
        if (options.json) printExact(JSON.stringify(result.diagnostics, null, 2));
        else print(formatDiagnostics(result.diagnostics, colorsFor(wantsColor())));
        printError(`claimtrail: nothing was imported from ${file}.`);
        process.exitCode = EXIT.errors;
        return;
      }
      const target = join(options.out, `${basename(file, extname(file))}.yaml`);
      try {
        mkdirSync(options.out, { recursive: true });
      } catch (error) {
        throw new CliExit(
          `could not write ${target} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
          EXIT.unreadable,
        );
      }
      writeOutputFile(target, toCorpusYaml(result.data, schemaPathFrom(options.out)), {
        exclusive: !options.force,
        followLinks: options.followLinks === true,
      });
      const { actors, sources, claims, attributions } = result.data;
      if (options.json) printExact(JSON.stringify(result.diagnostics, null, 2));
      else if (result.diagnostics.length > 0) print(formatDiagnostics(result.diagnostics, colorsFor(wantsColor())));
      const summary = `Imported ${plural(actors.length, 'actor')}, ${plural(sources.length, 'source')}, ${plural(claims.length, 'claim')} and ${plural(attributions.length, 'attribution')} from ${file} into ${target}.`;
      if (options.json) printError(`${summary}\n`);
      else print(summary);
      process.exitCode = countBySeverity(result.diagnostics).error > 0 ? EXIT.errors : EXIT.ok;
    });
}
