import type { Diagnostic } from '../model/diagnostic.js';
import { collectRecords } from './build-corpus.js';
import { Corpus } from './corpus.js';
import { type CorpusInput, rawRecordsOf } from './corpus-input.js';
import { extendStore } from './store.js';

/**
 * Builds a corpus from plain objects, validating them exactly as the loaders validate files.
 * Diagnostics name each bad record by its list and index and the field path within it
 * (`path: ['attributions', 3, 'quotes', 0, 'start']`) instead of a file and line.
 *
 * @param input - the records, by kind
 * @returns the corpus (holding every valid record) and what was wrong with the others
 *
 * @example
 * const { corpus, diagnostics } = createCorpus({
 *   actors: [{ id: 'ann', kind: 'person', name: 'Ann Lee' }],
 * });
 * corpus.actor('ann lee')?.id
 * //=> 'ann'
 */
export function createCorpus(input: CorpusInput): { corpus: Corpus; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const additions = collectRecords(rawRecordsOf(input), diagnostics);
  return { corpus: new Corpus(extendStore(undefined, additions), diagnostics), diagnostics };
}
