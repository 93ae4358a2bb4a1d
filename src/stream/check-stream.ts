import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { wrongEncoding } from '../load/jsonl-records.js';
import { judgeLines } from '../load/judge-lines.js';
import { FORMATS, scanCorpusDir } from '../load/list-corpus-files.js';
import { jsonlTypeFromName } from '../load/parse-jsonl.js';
import { readLineBatches } from '../load/read-lines.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';

/** What {@link checkStream} went through. */
export interface StreamCheckSummary {
  /** The JSONL files read, as named in diagnostics. */
  readonly files: readonly string[];
  /** Lines read, blank ones included. */
  readonly lines: number;
  /** Valid records, by type. */
  readonly records: Readonly<Record<EntityType, number>>;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Options of {@link checkStream}. */
export interface StreamCheckOptions {
  /** Bytes read so far and bytes in all, for a progress bar. */
  readonly onProgress?: (read: number, total: number) => void;
}

/** The JSONL files a path names: itself, or those under a directory. */
function jsonlFiles(path: string): { path: string; name: string }[] {
  if (!statSync(path).isDirectory()) return [{ path, name: path }];
  return scanCorpusDir(path)
    .files.filter((f) => FORMATS[extname(f).toLowerCase()] === 'jsonl')
    .map((f) => ({ path: join(path, f), name: f }));
}

/**
 * Validates a JSONL file (or every JSONL file under a directory) line by line, in constant
 * memory, whatever its size: each line is parsed and checked against its schema, then dropped.
 * It finds what can be told from a line alone (bad JSON, a key given twice, a missing or wrong
 * field, a bad id or date); checks that relate records to each other (unknown references,
 * duplicate ids, quotes against source texts) need the whole corpus: run `check` for those.
 *
 * @param path - a JSONL file, or a directory of them
 * @param onDiagnostic - called with each diagnostic as it is found, in line order
 * @param options - a progress callback
 * @returns counts of lines, records and diagnostics
 * @throws {Error} when the path cannot be read (the system error, e.g. ENOENT)
 *
 * @example
 * const summary = await checkStream('big/attributions.jsonl', (d) => console.log(d.message));
 * summary.errors
 * //=> 0
 */
export async function checkStream(
  path: string,
  onDiagnostic: (diagnostic: Diagnostic) => void,
  options: StreamCheckOptions = {},
): Promise<StreamCheckSummary> {
  const files = jsonlFiles(path);
  const total = files.reduce((n, f) => n + (statSync(f.path).isFile() ? statSync(f.path).size : 0), 0);
  const records = { actor: 0, source: 0, claim: 0, attribution: 0 };
  const counts = { error: 0, warning: 0, info: 0 };
  let lines = 0;
  let done = 0;
  const report = (d: Diagnostic) => {
    counts[d.severity]++;
    onDiagnostic(d);
  };
  for (const file of files) {
    // As the loader refuses them: a device (/dev/zero) or a socket never ends, so it is not read.
    const stats = statSync(file.path);
    if (stats.isCharacterDevice() || stats.isBlockDevice() || stats.isSocket()) {
      report({
        ruleId: 'syntax',
        severity: 'error',
        message: `${file.name} was not read: it is not a regular file (it is a device or a socket).`,
        file: file.name,
      });
      continue;
    }
    const encoding = wrongEncoding(file.path);
    if (encoding !== undefined) {
      report({
        ruleId: 'syntax',
        severity: 'error',
        message: `${file.name} could not be read: ${encoding}. None of its records were checked.`,
        file: file.name,
        line: 1,
        column: 1,
      });
      continue;
    }
    const type = jsonlTypeFromName(file.path);
    const onBytes = options.onProgress ? (read: number) => options.onProgress?.(done + read, total) : undefined;
    for await (const batch of readLineBatches(file.path, onBytes ? { onBytes } : {})) {
      lines += batch.length;
      for (const item of judgeLines(batch, file.name, type)) {
        if ('diagnostic' in item) report(item.diagnostic);
        else records[item.type]++;
      }
    }
    done += stats.isFile() ? stats.size : 0;
  }
  return {
    files: files.map((f) => f.name),
    lines,
    records,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
  };
}
