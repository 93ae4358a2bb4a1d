import type { Origin, RawRecord } from '../load/origin.js';
import type { ActorInput } from '../model/actor.js';
import type { AttributionInput } from '../model/attribution.js';
import type { ClaimInput } from '../model/claim.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import type { SourceInput } from '../model/source.js';
import { collectRecords } from './build-corpus.js';
import { Corpus } from './corpus.js';
import { extendStore } from './store.js';

/** Plain records to build a corpus from, as a pipeline produces them. Unknown shapes are allowed: they are validated. */
export interface CorpusInput {
  readonly actors?: readonly (ActorInput | unknown)[];
  readonly sources?: readonly (SourceInput | unknown)[];
  readonly claims?: readonly (ClaimInput | unknown)[];
  readonly attributions?: readonly (AttributionInput | unknown)[];
}

const LISTS: readonly [keyof CorpusInput, EntityType][] = [
  ['actors', 'actor'],
  ['sources', 'source'],
  ['claims', 'claim'],
  ['attributions', 'attribution'],
];

function codeOrigin(path: (string | number)[]): Origin {
  return { path, locate: () => undefined };
}

/**
 * A loaded source holds both its `text` and the `textFile` it was read from. In code there is no
 * directory to read a file from, so the text is what counts: the file name is set aside, and a
 * loaded corpus's own records build the same corpus again.
 */
function inCode(type: EntityType, value: unknown): unknown {
  if (type !== 'source' || typeof value !== 'object' || value === null) return value;
  const { textFile, ...rest } = value as { text?: unknown; textFile?: unknown };
  return typeof rest.text === 'string' && textFile !== undefined ? rest : value;
}

/** The records of a CorpusInput as raw records whose origin is their place in the input. */
export function* rawRecordsOf(input: CorpusInput): Generator<RawRecord> {
  for (const [key, type] of LISTS) {
    const list = input[key];
    if (list === undefined) continue;
    for (let index = 0; index < list.length; index++) {
      yield { type, value: inCode(type, list[index]), origin: codeOrigin([key, index]) };
    }
  }
}

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

/**
 * A new corpus with records added, or replaced where an id is already taken; `base` is unchanged.
 * Only what is added is validated and indexed, so adding to a large corpus costs about what adding
 * to an empty one does. Records that fail validation are left out and reported in the returned
 * `diagnostics` and appended to the new corpus's `diagnostics`.
 */
export function extendCorpus(base: Corpus, input: CorpusInput): { corpus: Corpus; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const additions = collectRecords(rawRecordsOf(input), diagnostics, base.store, true);
  const corpus = new Corpus(
    extendStore(base.store, additions),
    diagnostics.length === 0 ? base.diagnostics : [...base.diagnostics, ...diagnostics],
    base.root,
    base.files,
  );
  return { corpus, diagnostics };
}
