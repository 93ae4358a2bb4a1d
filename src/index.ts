/**
 * The full package for Node: the portable core plus the parts that read and write files (loading
 * a corpus directory, the index cache, streaming, serializing, writing generated corpora).
 * Outside Node, `claimtrail` resolves to the core alone (package.json's `node` export condition),
 * and `claimtrail/core` is the core everywhere.
 *
 * @module claimtrail
 */

export {
  type BuildIndexOptions,
  buildIndexCache,
  buildIndexCacheSync,
  type IndexCacheInfo,
  IndexNotWrittenError,
} from './cache/build-index-cache.js';
export {
  type CachedLoadOptions,
  type CacheOutcome,
  loadCorpusCached,
  loadCorpusCachedSync,
  readIndexCache,
} from './cache/load-corpus-cached.js';
export type { CacheVerification } from './cache/manifest.js';
export * from './core/index.js';
export {
  bundledCorpusDir,
  CorpusDirectoryError,
  type LoadOptions,
  loadCorpus,
  loadCorpusStreaming,
  loadCorpusStreamingSync,
  loadCorpusSync,
  type StreamingLoadOptions,
} from './corpus/load-corpus.js';
export {
  type GeneratedFiles,
  type WriteGeneratedOptions,
  writeGeneratedCorpus,
  writeGeneratedCorpusSync,
} from './generate/write-generated-corpus.js';
export type { LoadProgress } from './load/corpus-records.js';
export { type AnchorChange, type ReanchoredYaml, reanchorYaml } from './serialize/reanchor-yaml.js';
export { CorpusWriteError, type SerializeOptions, serializeCorpus } from './serialize/serialize-corpus.js';
export { checkStream, type StreamCheckOptions, type StreamCheckSummary } from './stream/check-stream.js';
export {
  type StreamedRecord,
  type StreamItem,
  type StreamOptions,
  streamAttributions,
  streamRecords,
} from './stream/stream-records.js';
