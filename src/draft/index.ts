export { type Dateline, readDateline } from './dateline.js';
export { type ExtractOptions, extractAttributions } from './extract-attributions.js';
export type { DraftAttribution, DraftCorpus, DraftViaLink, SkippedQuote } from './types.js';
