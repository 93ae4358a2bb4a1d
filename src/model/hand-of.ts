import type { ViaLink } from './attribution.js';
import { viaActors } from './via-actors.js';

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
