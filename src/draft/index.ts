/**
 * Drafting a corpus from the text of a news article (`claimtrail/draft`): quotations, speakers,
 * datelines. No Node built-ins, so it runs wherever the core does.
 *
 * @module claimtrail/draft
 */
export { type Dateline, readDateline } from './dateline.js';
export { type ExtractOptions, extractAttributions } from './extract-attributions.js';
export type { DraftAttribution, DraftCorpus, DraftViaLink, SkippedQuote } from './types.js';
