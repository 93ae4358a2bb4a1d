import { visible } from '../internal/confusables.js';
import { didYouMean } from '../internal/did-you-mean.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';

/** The top-level keys of a corpus file and the record type each list holds. */
export const COLLECTIONS: Readonly<Record<string, EntityType>> = {
  actors: 'actor',
  sources: 'source',
  claims: 'claim',
  attributions: 'attribution',
};

/** Keys a corpus file may carry besides the four lists. */
export const META_KEYS = new Set(['$schema']);

/**
 * The diagnostic for a top-level key of a corpus file that is none of the four lists, with the
 * list it was probably meant to be. JSON and YAML files report it alike; only the place differs.
 */
export function unknownTopLevelKey(
  file: string,
  key: string,
  place: Pick<Diagnostic, 'line' | 'column'> | undefined,
): Diagnostic {
  const guess = didYouMean(key, Object.keys(COLLECTIONS));
  return {
    ruleId: 'schema',
    severity: 'error',
    message: `${file} has an unknown top-level key "${visible(key)}"${guess ? ` (did you mean "${guess}"?)` : ''}; what it holds was not loaded.`,
    file,
    ...place,
    path: [key],
    ...(guess ? { suggestion: guess } : {}),
  };
}
