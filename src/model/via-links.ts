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

/**
 * The documents of an attribution's chain, outermost first (relaying speakers left out).
 *
 * @param attribution - an attribution (or anything with its `via` list)
 * @returns the SourceIds of the chain's document links
 * @example
 * viaSources({ via: ['ap-report', { actor: 'hirokazu-matsuno' }] })
 * //=> ['ap-report']
 */
export function viaSources(attribution: { readonly via?: readonly ViaLink[] | undefined }): SourceId[] {
  return viaLinks(attribution).flatMap((l) => (l.type === 'source' ? [l.source] : []));
}

/**
 * The relaying speakers of an attribution's chain, outermost first.
 *
 * @param attribution - an attribution (or anything with its `via` list)
 * @returns the ActorIds of the chain's speaker links
 * @example
 * viaActors({ via: ['ap-report', { actor: 'hirokazu-matsuno' }] })
 * //=> ['hirokazu-matsuno']
 */
export function viaActors(attribution: { readonly via?: readonly ViaLink[] | undefined }): ActorId[] {
  return viaLinks(attribution).flatMap((l) => (l.type === 'actor' ? [l.actor] : []));
}

/**
 * Whether the words reach the source through another speaker ("second-hand") or not.
 *
 * @param attribution - an attribution (or anything with its `via` list)
 * @returns `'second'` when a speaker relays them, otherwise `'first'`
 * @example
 * handOf({ via: [{ actor: 'hirokazu-matsuno' }] })
 * //=> 'second'
 */
export function handOf(attribution: { readonly via?: readonly ViaLink[] | undefined }): 'first' | 'second' {
  return viaActors(attribution).length > 0 ? 'second' : 'first';
}
