import type { Corpus } from '../../corpus/corpus.js';
import type { EntityType } from '../../model/diagnostic.js';

/** Every record of a corpus with its type, in a fixed order. */
export function* eachRecord(corpus: Corpus): Generator<{ type: EntityType; record: { id: string } }> {
  for (const record of corpus.actors) yield { type: 'actor', record };
  for (const record of corpus.sources) yield { type: 'source', record };
  for (const record of corpus.claims) yield { type: 'claim', record };
  for (const record of corpus.attributions) yield { type: 'attribution', record };
}
