import type { ViaLink } from './attribution.js';
import type { ActorId } from './ids.js';
import { viaLinks } from './via-links.js';

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
