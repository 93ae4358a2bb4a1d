import type { Rule } from '../rule.js';
import { citedSourcePublishedLater } from './cited-source-published-later.js';
import { confusableName } from './confusable-name.js';
import { duplicateId } from './duplicate-id.js';
import { nestedQuoteOutside } from './nested-quote-outside.js';
import { orphan } from './orphan.js';
import { quoteNotInSource } from './quote-not-in-source.js';
import { ratingSourceUrl } from './rating-source-url.js';
import { relativeDate } from './relative-date.js';
import { roleNotHeld } from './role-not-held.js';
import { saidAfterPublished } from './said-after-published.js';
import { sameAsSubject } from './same-as-subject.js';
import { schema } from './schema.js';
import { sourceTextMissing } from './source-text-missing.js';
import { speakerNotInSource } from './speaker-not-in-source.js';
import { syntax } from './syntax.js';
import { textFile } from './text-file.js';
import { unknownPredicate } from './unknown-predicate.js';
import { unknownReference } from './unknown-reference.js';
import { viaChainCycle } from './via-chain-cycle.js';

/** The rules `check` runs, in order. */
export const builtinRules: readonly Rule[] = Object.freeze([
  syntax,
  schema,
  duplicateId,
  textFile,
  unknownReference,
  unknownPredicate,
  sameAsSubject,
  quoteNotInSource,
  sourceTextMissing,
  speakerNotInSource,
  saidAfterPublished,
  citedSourcePublishedLater,
  viaChainCycle,
  nestedQuoteOutside,
  roleNotHeld,
  relativeDate,
  confusableName,
  ratingSourceUrl,
  orphan,
]);

export {
  citedSourcePublishedLater,
  confusableName,
  duplicateId,
  nestedQuoteOutside,
  orphan,
  quoteNotInSource,
  ratingSourceUrl,
  relativeDate,
  roleNotHeld,
  saidAfterPublished,
  sameAsSubject,
  schema,
  sourceTextMissing,
  speakerNotInSource,
  syntax,
  textFile,
  unknownPredicate,
  unknownReference,
  viaChainCycle,
};
