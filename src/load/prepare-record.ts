import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import { compactRecord, Interner } from './compact-record.js';
import { JsonlOrigin } from './jsonl-origin.js';
import { type Origin, placeOf } from './origin.js';
import { readTextFile } from './read-text-file.js';

/** Turns a validated record into the form the store keeps; `compact` when it already is compact. */
export type RecordPreparer = (
  type: EntityType,
  record: { id: string },
  origin: Origin,
  compact?: boolean,
) => { id: string };

/**
 * The last step of a load before the store: reads a source's `textFile`, lets go of a JSONL
 * line's text, and shares repeated strings and empty lists (see `compactRecord`).
 *
 * @param root - the corpus directory, absolute
 * @param diagnostics - where a text file that cannot be used is reported
 * @param textFiles - collects the text files the sources name, relative to `root`, for the index
 * @param intern - the load's string interner; a fresh one unless given
 * @returns the preparer for one load (it holds the load's string interner)
 *
 * @example
 * preparer(root, [])('actor', { id: 'ann', kind: 'person', name: 'Ann', aliases: [] }, origin).aliases
 * //=> []
 */
export function preparer(
  root: string,
  diagnostics: Diagnostic[],
  textFiles?: Set<string>,
  intern = new Interner(),
): RecordPreparer {
  return (type, record, origin, compact) => {
    // The fast path's records are compact, hold no line text and name no text file.
    if (compact && type !== 'source') return record;
    if (origin instanceof JsonlOrigin) origin.release();
    let prepared: { id: string } = record;
    if (type === 'source' && (record as Source).textFile !== undefined) {
      const source = record as Source;
      const declaring = origin.file ?? '.';
      const target = relative(root, resolve(dirname(resolve(root, declaring)), source.textFile as string));
      if (textFiles && !isAbsolute(target) && !target.startsWith('..')) textFiles.add(target.split('\\').join('/'));
      const result = readTextFile(root, declaring, source.textFile as string);
      if (result.ok) prepared = { ...source, text: result.text } as Source;
      else {
        diagnostics.push({
          ruleId: 'text-file',
          severity: 'error',
          message: `Source "${source.id}" names a text file that cannot be used: ${result.reason}. The source was loaded without its text.`,
          entity: { type: 'source', id: source.id },
          ...placeOf(origin, ['textFile']),
        });
      }
    }
    return compact && prepared === record ? record : compactRecord(type, prepared, intern);
  };
}
