import { Corpus } from '../../corpus/corpus.js';
import { extendStore } from '../../corpus/store.js';
import type { Actor } from '../../model/actor.js';
import type { Attribution } from '../../model/attribution.js';
import type { Claim } from '../../model/claim.js';
import type { Source } from '../../model/source.js';

/** Records read back from the database, by kind, each list in file order. */
export interface Slice {
  readonly actors?: readonly Actor[];
  readonly sources?: readonly Source[];
  readonly claims?: readonly Claim[];
  readonly attributions?: readonly Attribution[];
}

const entries = <T>(records: readonly T[] = []) => records.map((record) => ({ record: Object.freeze(record) }));

/**
 * An in-memory corpus of the few records a query needs, so that the reference code (quotes,
 * contradictions, rules) runs on them unchanged. The records come from typed columns, so they are
 * not validated again.
 *
 * @param slice - the records
 * @returns a corpus holding just them
 * @example
 * sliceCorpus({ actors: [japan] }).actor('japan')?.name
 * //=> 'Japan'
 */
export function sliceCorpus(slice: Slice): Corpus {
  const store = extendStore(undefined, {
    actors: entries(slice.actors),
    sources: entries(slice.sources),
    claims: entries(slice.claims),
    attributions: entries(slice.attributions),
  });
  return new Corpus(store, []);
}
