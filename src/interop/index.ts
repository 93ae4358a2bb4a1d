export {
  ANNO_CONTEXT_URL,
  type LoadedDocument,
  localContexts,
  localDocumentLoader,
  provContext,
  SCHEMA_ORG_CONTEXT_URL,
  UnknownContextError,
} from './contexts/index.js';
export {
  checkedIriBase,
  type DroppedIri,
  DroppedIriSchema,
  type ExportableIri,
  exportableIri,
} from './export-iri.js';
export { fromClaimReview } from './from-claimreview.js';
export { fromQuotebank, type QuotebankLine, QuotebankLineSchema } from './from-quotebank.js';
export type { ImportedData, ImportOptions, ImportResult } from './import-result.js';
export {
  CLAIMTRAIL_VOCAB,
  DEFAULT_IRI_BASE,
  type JsonLdExportOptions,
  parseRecordIri,
  recordIri,
} from './iri.js';
export { buildJsonSchemas, JSON_SCHEMA_BASE, type JsonSchemaFile } from './json-schemas.js';
export { QUOTE_COLUMNS, type QuoteRow, type QuoteRowOptions, quoteRows } from './quote-rows.js';
export { type SchemaOrgDocument, toClaimReviewJsonLd } from './to-claimreview.js';
export { toCorpusYaml } from './to-corpus-yaml.js';
export { type JsonLdNode, type ProvDocument, toProvJsonLd } from './to-prov.js';
export { toQuotebank } from './to-quotebank.js';
export { type CsvOptions, csvField, toQuotesCsv } from './to-quotes-csv.js';
export { toQuotesJsonl } from './to-quotes-jsonl.js';
export {
  type AnnotationBody,
  type TextPositionSelector,
  type TextQuoteSelector,
  toWebAnnotations,
  type WebAnnotation,
  type WebAnnotationCollection,
} from './to-web-annotations.js';
