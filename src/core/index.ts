// The portable core: everything that needs no Node built-in, so it bundles for browsers, edge
// runtimes and workers. `claimtrail/core` everywhere; `claimtrail` outside Node.
export type { AlignOptions, AlignSuggestion } from '../align/align-claims.js';
export type { PairScore } from '../align/score-pair.js';
export { type AnchorOptions, anchorQuote, QuoteNotFoundError } from '../anchor/anchor-quote.js';
export { type DirectQuoteFields, directQuote } from '../anchor/direct-quote.js';
export { type Reanchored, type ReanchorOptions, reanchorQuote } from '../anchor/reanchor-quote.js';
export { type CheckOptions, check, type RuleSetting, sortDiagnostics } from '../check/check.js';
export type { DateMemo, DaySpan } from '../check/date-memo.js';
export { type Finding, fillTemplate, type Rule, type RuleContext, type RuleMeta } from '../check/rule.js';
export { builtinRules } from '../check/rules/index.js';
export { unattributedQuote } from '../check/rules/unattributed-quote.js';
export { SharedFacts, sharedFacts } from '../check/shared-facts.js';
export type { ContradictionOptions } from '../contradict/find-contradictions.js';
export { CONTRADICTION_KINDS } from '../contradict/find-contradictions.js';
export type { Contradiction, ContradictionKind } from '../contradict/types.js';
export { Corpus, type CorpusStats } from '../corpus/corpus.js';
export type { CorpusInput } from '../corpus/corpus-input.js';
export { createCorpus } from '../corpus/create-corpus.js';
export { AmbiguousReferenceError, UnknownReferenceError } from '../corpus/errors.js';
export type { Resolution } from '../corpus/name-index.js';
export type { SameAsGroups } from '../corpus/same-as.js';
export type { HasStore } from '../corpus/store.js';
export {
  type GeneratedCorpus,
  type GeneratedRecord,
  type GenerateOptions,
  generateCorpus,
  generateRecords,
} from '../generate/generate-corpus.js';
// A 1-based line and column, as Origin.locate gives it; the helpers that compute it stay private.
export type { Position } from '../internal/position.js';
export * from '../interop/index.js';
export type { FieldPath, Origin } from '../load/origin.js';
export type { EntityByType } from '../load/validate-record.js';
export * from '../model/index.js';
export type { ClaimView } from '../query/claim-view.js';
export type { Corroboration, EvidenceLine } from '../query/corroboration.js';
export { attributionChain, type ChainLink, formatChain, type QuoteRecord } from '../query/quote-record.js';
export type { QuoteFilter } from '../query/quotes.js';
export { findQuotes } from '../query/quotes.js';
export { whoSaid } from '../query/who-said.js';
export { type ReportOptions, renderReport } from '../report/render-report.js';
export * from '../time/index.js';
