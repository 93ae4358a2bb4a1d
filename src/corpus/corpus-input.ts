import type { Origin, RawRecord } from '../load/origin.js';
import type { ActorInput } from '../model/actor.js';
import type { AttributionInput } from '../model/attribution.js';
import type { ClaimInput } from '../model/claim.js';
import type { EntityType } from '../model/diagnostic.js';
import type { SourceInput } from '../model/source.js';

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

/**
 * The records of a CorpusInput as raw records whose origin is their place in the input, ready to
 * be validated like records read from files.
 *
 * @param input - records by kind, as plain objects
 * @returns the raw records, actors first, then sources, claims and attributions
 *
 * @example
 * [...rawRecordsOf({ actors: [{ id: 'ann' }] })].map((r) => [r.type, r.origin.path])
 * //=> [['actor', ['actors', 0]]]
 */
export function* rawRecordsOf(input: CorpusInput): Generator<RawRecord> {
  for (const [key, type] of LISTS) {
    const list = input[key];
    if (list === undefined) continue;
    for (let index = 0; index < list.length; index++) {
      yield { type, value: inCode(type, list[index]), origin: codeOrigin([key, index]) };
    }
  }
}
