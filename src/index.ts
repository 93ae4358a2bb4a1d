export { type AnchorOptions, anchorQuote, QuoteNotFoundError } from './build/anchor-quote.js';
export { type DirectQuoteFields, directQuote } from './build/direct-quote.js';
export {
  type BuildIndexOptions,
  buildIndexCache,
  buildIndexCacheSync,
  type IndexCacheInfo,
} from './cache/build-index-cache.js';
export {
  type CachedLoadOptions,
  type CacheOutcome,
  loadCorpusCached,
  loadCorpusCachedSync,
  readIndexCache,
} from './cache/load-corpus-cached.js';
export type { CacheVerification } from './cache/manifest.js';
export { type CheckOptions, check, type RuleSetting, sortDiagnostics } from './check/check.js';
export { type Finding, fillTemplate, type Rule, type RuleContext, type RuleMeta } from './check/rule.js';
export { builtinRules } from './check/rules/index.js';
export type { ContradictionOptions } from './contradict/find-contradictions.js';
export { CONTRADICTION_KINDS } from './contradict/find-contradictions.js';
export type { Contradiction, ContradictionKind } from './contradict/types.js';
export { Corpus, type CorpusStats } from './corpus/corpus.js';
export type { CorpusInput } from './corpus/corpus-input.js';
export { createCorpus } from './corpus/create-corpus.js';
export { AmbiguousReferenceError, UnknownReferenceError } from './corpus/errors.js';
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
export type { Resolution } from './corpus/name-index.js';
export {
  type GeneratedCorpus,
  type GeneratedRecord,
  type GenerateOptions,
  generateCorpus,
  generateRecords,
} from './generate/generate-corpus.js';
export {
  type GeneratedFiles,
  type WriteGeneratedOptions,
  writeGeneratedCorpus,
  writeGeneratedCorpusSync,
} from './generate/write-generated-corpus.js';
export * from './interop/index.js';
export type { FieldPath, Origin } from './load/origin.js';
export * from './model/index.js';
export type { ClaimView } from './query/claim-view.js';
export { attributionChain, type ChainLink, formatChain, type QuoteRecord } from './query/quote-record.js';
export type { QuoteFilter } from './query/quotes.js';
export { findQuotes } from './query/quotes.js';
export { whoSaid } from './query/who-said.js';
export { type ReportOptions, renderReport } from './report/render-report.js';
export { CorpusWriteError, type SerializeOptions, serializeCorpus } from './serialize/serialize-corpus.js';
export { checkStream, type StreamCheckOptions, type StreamCheckSummary } from './stream/check-stream.js';
export {
  type StreamedRecord,
  type StreamItem,
  type StreamOptions,
  streamAttributions,
  streamRecords,
} from './stream/stream-records.js';
export * from './time/index.js';
