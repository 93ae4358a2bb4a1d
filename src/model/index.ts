import { ActorSchema, RoleSchema } from './actor.js';
import {
  AttributionSchema,
  FactualitySchema,
  QuoteSchema,
  RatingSchema,
  RelativeTimeSchema,
  RoleMentionSchema,
  StanceSchema,
  ViaLinkSchema,
} from './attribution.js';
import { ClaimObjectSchema, ClaimSchema, DurationSchema, FirstSinceSchema, SubjectSchema } from './claim.js';
import { CorpusFileSchema } from './corpus-file.js';
import { DiagnosticSchema } from './diagnostic.js';
import { ActorIdSchema, AttributionIdSchema, ClaimIdSchema, IdSchema, SourceIdSchema } from './ids.js';
import { IntervalSchema, PartialDateSchema, WhenSchema } from './partial-date.js';
import { SourceDefectSchema, SourceKindSchema, SourceSchema } from './source.js';

/**
 * Every zod schema of the data model, in one object. They are the single source of truth: the
 * TypeScript types are inferred from them and the shipped JSON Schemas generated from them.
 *
 * @example
 * import { schemas } from 'claimtrail';
 * schemas.PartialDate.safeParse('2023-02-30').success
 * //=> false
 */
export const schemas = {
  Actor: ActorSchema,
  Role: RoleSchema,
  Source: SourceSchema,
  SourceKind: SourceKindSchema,
  SourceDefect: SourceDefectSchema,
  Claim: ClaimSchema,
  ClaimObject: ClaimObjectSchema,
  Subject: SubjectSchema,
  Duration: DurationSchema,
  FirstSince: FirstSinceSchema,
  Attribution: AttributionSchema,
  ViaLink: ViaLinkSchema,
  Quote: QuoteSchema,
  Rating: RatingSchema,
  RoleMention: RoleMentionSchema,
  RelativeTime: RelativeTimeSchema,
  Stance: StanceSchema,
  Factuality: FactualitySchema,
  PartialDate: PartialDateSchema,
  Interval: IntervalSchema,
  When: WhenSchema,
  Id: IdSchema,
  ActorId: ActorIdSchema,
  SourceId: SourceIdSchema,
  ClaimId: ClaimIdSchema,
  AttributionId: AttributionIdSchema,
  CorpusFile: CorpusFileSchema,
  Diagnostic: DiagnosticSchema,
} as const;

export * from './actor.js';
export * from './attribution.js';
export * from './claim.js';
export {
  ClaimtrailError,
  type ClaimtrailErrorCode,
  InvalidDateError,
  InvalidOptionError,
  InvalidRuleError,
} from './claimtrail-error.js';
export * from './compile-vocabulary.js';
export * from './corpus-file.js';
export * from './diagnostic.js';
export * from './hand-of.js';
export * from './ids.js';
export * from './partial-date.js';
export {
  ObjectTypeSchema,
  PredicateInfoSchema,
  PredicateSlugSchema,
  PredicateVocabularySchema,
} from './predicate-info.js';
export { registeredPredicates, registerPredicates } from './predicate-registry.js';
export * from './predicates.js';
export * from './source.js';
export * from './via-actors.js';
export * from './via-links.js';
export * from './via-sources.js';
