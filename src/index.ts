export { type AnchorOptions, anchorQuote, QuoteNotFoundError } from './anchor/anchor-quote.js';
export { type DirectQuoteFields, directQuote } from './anchor/direct-quote.js';
export { type Reanchored, type ReanchorOptions, reanchorQuote } from './anchor/reanchor-quote.js';
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
export { unattributedQuote } from './check/rules/unattributed-quote.js';
export type { ContradictionOptions } from './contradict/find-contradictions.js';
export { CONTRADICTION_KINDS } from './contradict/find-contradictions.js';
export type { Contradiction, ContradictionKind } from './contradict/types.js';
export { Corpus, type CorpusStats } from './corpus/corpus.js';
export { type CorpusInput, createCorpus } from './corpus/create-corpus.js';
export { AmbiguousReferenceError, UnknownReferenceError } from './corpus/errors.js';
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
export { bundledCorpusDir, CorpusDirectoryError, loadCorpus, loadCorpusSync } from './load/load-corpus.js';
export type { FieldPath, Origin } from './load/origin.js';
export * from './model/index.js';
export type { ClaimView } from './query/claim-view.js';
export { attributionChain, type ChainLink, formatChain, type QuoteRecord } from './query/quote-record.js';
export type { QuoteFilter } from './query/quotes.js';
export { findQuotes } from './query/quotes.js';
export { whoSaid } from './query/who-said.js';
export { type ReportOptions, renderReport } from './report/render-report.js';
export { type AnchorChange, type ReanchoredYaml, reanchorYaml } from './serialize/reanchor-yaml.js';
export { CorpusWriteError, type SerializeOptions, serializeCorpus } from './serialize/serialize-corpus.js';
export { checkStream, type StreamCheckOptions, type StreamCheckSummary } from './stream/check-stream.js';
export { loadCorpusStreaming, loadCorpusStreamingSync, type StreamingLoadOptions } from './stream/load-streaming.js';
export {
  type StreamedRecord,
  type StreamItem,
  type StreamOptions,
  streamAttributions,
  streamRecords,
} from './stream/stream-records.js';
export * from './time/index.js';
