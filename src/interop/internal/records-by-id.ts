import type { Corpus } from '../../corpus/corpus.js';
import type { Actor } from '../../model/actor.js';
import type { Attribution } from '../../model/attribution.js';
import type { Claim } from '../../model/claim.js';
import type { Source } from '../../model/source.js';

/** A corpus's records by exact id, with its attributions grouped by claim, in load order. */
export interface RecordsById {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly byClaim: ReadonlyMap<string, readonly Attribution[]>;
}

/**
 * Exact-id maps of a corpus. The exports look records up by the ids that references hold, never
 * by name, so that an alias that happens to equal an id cannot redirect them.
 */
export function recordsById(corpus: Corpus): RecordsById {
  const byClaim = new Map<string, Attribution[]>();
  for (const a of corpus.attributions) {
    const list = byClaim.get(a.claim);
    if (list) list.push(a);
    else byClaim.set(a.claim, [a]);
  }
  return {
    actors: new Map(corpus.actors.map((a) => [a.id, a])),
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    claims: new Map(corpus.claims.map((c) => [c.id, c])),
    byClaim,
  };
}
