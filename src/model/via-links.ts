import { match, P } from 'ts-pattern';
import type { ViaLink } from './attribution.js';
import type { ActorId, AttributionId, SourceId } from './ids.js';

/** One normalised link of an attribution's chain of intermediaries. */
export type NormalizedViaLink =
  | { readonly type: 'source'; readonly source: SourceId }
  | { readonly type: 'actor'; readonly actor: ActorId; readonly attribution?: AttributionId };

/**
 * The chain of intermediaries of an attribution, outermost first, each link normalised to a
 * discriminated union: a document (`type: 'source'`) or a relaying speaker (`type: 'actor'`).
 * Every consumer reads `via` through this function, so the three spellings of a link agree.
 *
 * @param attribution - an attribution (or anything with its `via` list)
 * @returns the links, outermost first
 * @example
 * viaLinks({ via: ['ap-report', { actor: 'hirokazu-matsuno' }] })
 * //=> [{ type: 'source', source: 'ap-report' }, { type: 'actor', actor: 'hirokazu-matsuno' }]
 */
export function viaLinks(attribution: { readonly via?: readonly ViaLink[] | undefined }): NormalizedViaLink[] {
  return (attribution.via ?? []).map((link) =>
    match(link)
      .with(P.string, (source): NormalizedViaLink => ({ type: 'source', source }))
      .with({ source: P.string }, ({ source }): NormalizedViaLink => ({ type: 'source', source }))
      .with(
        { actor: P.string },
        ({ actor, attribution: outer }): NormalizedViaLink =>
          outer === undefined ? { type: 'actor', actor } : { type: 'actor', actor, attribution: outer },
      )
      .exhaustive(),
  );
}
