import { wrongEncoding } from '../load/jsonl-records.js';
import { judgeLines, type StreamedRecord, type StreamItem } from '../load/judge-lines.js';
import { jsonlTypeFromName } from '../load/parse-jsonl.js';
import { type ReadProgress, readLineBatches } from '../load/read-lines.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';

export type { StreamedRecord, StreamItem };

/** Options of {@link streamRecords}. */
export interface StreamOptions extends ReadProgress {
  /** The record type to assume when neither the file name nor a line's `$type` says. */
  readonly type?: EntityType;
  /** How the file is named in diagnostics; the path as given unless told. */
  readonly name?: string;
}

/**
 * Reads a JSONL file record by record, validating each line as it goes. Memory stays bounded
 * by the longest line, whatever the size of the file, so a file of millions of records can be
 * checked or fed into a database without loading it.
 *
 * @param file - path of the JSONL file
 * @param options - the type to assume, the name for diagnostics, a progress callback
 * @returns an async iterator over records and diagnostics, in line order
 * @throws {Error} when the file cannot be opened or read (the system error, e.g. ENOENT)
 *
 * @example
 * const ids = [];
 * for await (const item of streamRecords('actors.jsonl')) if ('record' in item) ids.push(item.record.id);
 * ids.slice(0, 2)
 * //=> ['argentina', 'government-of-argentina']
 */
export async function* streamRecords(file: string, options: StreamOptions = {}): AsyncGenerator<StreamItem> {
  const name = options.name ?? file;
  const encoding = wrongEncoding(file);
  if (encoding !== undefined) {
    yield {
      diagnostic: {
        ruleId: 'syntax',
        severity: 'error',
        message: `${name} could not be read: ${encoding}. None of its records were loaded.`,
        file: name,
        line: 1,
        column: 1,
      },
    };
    return;
  }
  const type = jsonlTypeFromName(file) ?? options.type;
  for await (const batch of readLineBatches(file, options)) yield* judgeLines(batch, name, type);
}

/**
 * Reads the attributions of a JSONL file one by one, validated: `{ record, type, line }` for each
 * good line, `{ diagnostic }` for each bad one. Lines without a `$type` are taken as
 * attributions; a line that declares another type is reported and skipped.
 *
 * @param file - path of the JSONL file
 * @param options - the name for diagnostics, a progress callback
 * @returns an async iterator over attributions and diagnostics, in line order
 * @throws {Error} when the file cannot be opened or read (the system error, e.g. ENOENT)
 *
 * @example
 * let quotes = 0;
 * for await (const item of streamAttributions('attributions.jsonl'))
 *   if ('record' in item && item.record.mode === 'direct-quote') quotes++;
 * quotes
 * //=> 4511
 */
export async function* streamAttributions(
  file: string,
  options: Omit<StreamOptions, 'type'> = {},
): AsyncGenerator<StreamedRecord<'attribution'> | { readonly diagnostic: Diagnostic }> {
  for await (const item of streamRecords(file, { ...options, type: 'attribution' })) {
    if ('diagnostic' in item || item.type === 'attribution') {
      yield item as StreamedRecord<'attribution'> | { diagnostic: Diagnostic };
      continue;
    }
    const name = options.name ?? file;
    yield {
      diagnostic: {
        ruleId: 'schema',
        severity: 'warning',
        message: `Line ${item.line} of ${name} holds ${item.type === 'actor' ? 'an' : 'a'} ${item.type}, not an attribution; it was skipped.`,
        entity: { type: item.type, id: (item.record as { id: string }).id },
        file: name,
        line: item.line,
        column: 1,
      },
    };
  }
}
