import type { ViaLink } from './attribution.js';
import type { SourceId } from './ids.js';
import { viaLinks } from './via-links.js';

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
