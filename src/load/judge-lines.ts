import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import { validateRecordFast } from './fast-validate.js';
import { badLineDiagnostic } from './jsonl-records.js';
import { parseJsonlLine } from './parse-jsonl.js';
import type { FileLine } from './read-lines.js';
import type { EntityByType } from './validate-record.js';

/** One validated record of a JSONL file, with its type and line. */
export interface StreamedRecord<T extends EntityType = EntityType> {
  readonly type: T;
  readonly record: EntityByType[T];
  readonly line: number;
}

/** What a JSONL stream yields for each line that is not blank: a valid record, or a diagnostic. */
export type StreamItem<T extends EntityType = EntityType> = StreamedRecord<T> | { readonly diagnostic: Diagnostic };

/**
 * Judges the lines of one chunk of a JSONL file: each becomes a validated record or a
 * diagnostic, exactly as `loadCorpus` judges a JSONL line (same parser, same schemas, same
 * messages). The streaming API reads with it.
 *
 * @param lines - the lines, as the line reader cuts them
 * @param name - the file's name for diagnostics
 * @param type - the record type the file's name gives, if any
 * @returns a record or diagnostics for each line that is not blank, in line order
 *
 * @example
 * judgeLines([{ text: '{oops}', line: 1, offset: 0, valid: true }], 'actors.jsonl', 'actor')[0]
 * //=> { diagnostic: { ruleId: 'syntax', line: 1, ... } }
 */
export function judgeLines(lines: readonly FileLine[], name: string, type: EntityType | undefined): StreamItem[] {
  const out: StreamItem[] = [];
  for (const line of lines) {
    if (!line.valid) {
      out.push({ diagnostic: badLineDiagnostic(name, line) });
      continue;
    }
    const parsed = parseJsonlLine(line.text, line.line, name, type);
    if (parsed === undefined) continue;
    if ('diagnostic' in parsed) {
      out.push(parsed);
      continue;
    }
    const { type: recordType, value, origin } = parsed.record;
    const result = validateRecordFast(recordType, value, origin);
    if (result.record) out.push({ type: recordType, record: result.record, line: line.line });
    for (const diagnostic of result.diagnostics) out.push({ diagnostic });
  }
  return out;
}
