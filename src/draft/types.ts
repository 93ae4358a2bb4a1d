import type { ActorInput } from '../model/actor.js';
import type { AttributionInput, Quote } from '../model/attribution.js';
import type { ClaimInput } from '../model/claim.js';
import type { SourceInput } from '../model/source.js';

/**
 * A link of a drafted attribution's `via` chain, outermost first: a source id (a document the words
 * passed through) or an intermediary speaker who relays them (after the nested-speech model).
 */
export type DraftViaLink =
  | string
  | { readonly source: string }
  | { readonly actor: string; readonly attribution?: string };

/** A drafted attribution: every one carries a confidence and a note on what was guessed. */
export type DraftAttribution = Omit<
  Extract<AttributionInput, { mode: 'direct-quote' | 'indirect' }>,
  'via' | 'quotes'
> & {
  readonly mode: 'direct-quote' | 'indirect';
  readonly quotes: Quote[];
  readonly via: DraftViaLink[];
  readonly confidence: number;
  readonly note: string;
};

/** A quoted passage the extractor judged not to be speech, and why. */
export interface SkippedQuote {
  readonly quote: Quote;
  readonly reason: 'title' | 'nickname' | 'scare-quote';
}

/** What `extractAttributions` drafts: a corpus file for one article, to be reviewed. */
export interface DraftCorpus {
  readonly actors: ActorInput[];
  readonly sources: SourceInput[];
  readonly claims: ClaimInput[];
  readonly attributions: DraftAttribution[];
  /** Quotations left out, so that a reviewer can overrule the judgement. */
  readonly skipped: SkippedQuote[];
}
