import type { EntityType } from '../model/diagnostic.js';

/** The top-level keys of a corpus file and the record type each list holds. */
export const COLLECTIONS: Readonly<Record<string, EntityType>> = {
  actors: 'actor',
  sources: 'source',
  claims: 'claim',
  attributions: 'attribution',
};

/** Keys a corpus file may carry besides the four lists. */
export const META_KEYS = new Set(['$schema']);
