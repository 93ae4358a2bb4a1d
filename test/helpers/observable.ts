import type { Corpus } from '../../src/corpus/corpus.js';

/**
 * What a user can observe of a loaded corpus, as plain data: its records, its load diagnostics and
 * its files. Two loads that must agree (sync and async, fresh and from the index) compare equal here.
 */
export function observable(corpus: Corpus) {
  return {
    actors: corpus.actors,
    sources: corpus.sources,
    claims: corpus.claims,
    attributions: corpus.attributions,
    diagnostics: corpus.diagnostics,
    files: corpus.files,
  };
}
