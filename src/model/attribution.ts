import * as z from 'zod';
import { ActorIdSchema, AttributionIdSchema, ClaimIdSchema, SourceIdSchema } from './ids.js';
import { PartialDateSchema } from './partial-date.js';

/**
 * Words quoted exactly as they stand in the source text, with an optional anchor after the W3C
 * Web Annotation TextPositionSelector (`start`, `end`: UTF-16 offsets into the source text, end
 * exclusive) and TextQuoteSelector (`prefix`, `suffix`: the text just around it).
 */
export const QuoteSchema = z
  .strictObject({
    text: z.string().min(1),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  })
  .refine((q) => q.start === undefined || q.end === undefined || q.end > q.start, {
    message: 'end must be greater than start',
    path: ['end'],
  })
  .refine((q) => (q.start === undefined) === (q.end === undefined), {
    message: 'give both start and end, or neither',
    path: ['start'],
  });

/** Exact words from a source text, with their anchor. */
export type Quote = z.infer<typeof QuoteSchema>;

/** How the source credits the claim to the speaker. */
export const StanceSchema = z.enum(['asserts', 'denies', 'doubts', 'hedges']);
/** How the speaker stands to the claim. */
export type Stance = z.infer<typeof StanceSchema>;

/** How sure the source's wording makes the claim (after FactBank). */
export const FactualitySchema = z.enum(['certain', 'probable', 'possible', 'unknown']);
/** How sure the source's wording makes the claim. */
export type Factuality = z.infer<typeof FactualitySchema>;

/**
 * Relative time expressions as the source words them, kept so that the stored dates can be
 * checked: `said` is resolved into the attribution's `said`, `when` into the claim's `when`.
 * `anchor` is the date they count from when it is not the source's publication date
 * ("two days after" Kim met Putin on 2023-09-13).
 */
export const RelativeTimeSchema = z.strictObject({
  said: z.string().min(1).optional(),
  when: z.string().min(1).optional(),
  anchor: PartialDateSchema.optional(),
});

/** Relative time expressions as the source words them. */
export type RelativeTime = z.infer<typeof RelativeTimeSchema>;

/**
 * An office the source's wording gives an actor in this passage ("Prime Minister Kishida",
 * "then-Russian Defense Minister Sergei Shoigu", "former South Korean President Moon Jae-in").
 * Without a qualifier the role must be held when the words were said (or published); `then` means
 * at the time of the claim; `former` means it had ended by publication.
 */
export const RoleMentionSchema = z.strictObject({
  actor: ActorIdSchema,
  title: z.string().min(1),
  qualifier: z.enum(['then', 'former']).optional(),
});

/** An office the source's wording gives an actor in this passage. */
export type RoleMention = z.infer<typeof RoleMentionSchema>;

/**
 * A fact-checker's verdict as published, after schema.org `Rating`: `label` is the verdict in the
 * fact-checker's words (`alternateName`: "False", "Mostly true", "Pants on Fire"), `value` its
 * place on the fact-checker's scale (`ratingValue`) and `best` / `worst` the ends of that scale
 * (`bestRating` / `worstRating`; schema.org reads 5 and 1 when they are not given). The value must
 * lie between the two ends when all three are given, whichever end is the higher one.
 *
 * @example
 * RatingSchema.parse({ label: 'Pants on Fire', value: 0, best: 5, worst: 0 }).label
 * //=> 'Pants on Fire'
 */
export const RatingSchema = z
  .strictObject({
    label: z.string().min(1),
    value: z.number().optional(),
    best: z.number().optional(),
    worst: z.number().optional(),
  })
  .refine(
    (r) =>
      r.value === undefined ||
      r.best === undefined ||
      r.worst === undefined ||
      (r.value >= Math.min(r.best, r.worst) && r.value <= Math.max(r.best, r.worst)),
    { message: 'the value must lie on the rating’s own scale, between worst and best', path: ['value'] },
  );

/** A fact-checker's verdict as published. */
export type Rating = z.infer<typeof RatingSchema>;

/**
 * One link in an attribution's chain of intermediaries: a document the words passed through (a
 * bare SourceId, or `{ source }` spelled out) or a speaker who relays them (`{ actor }`: Matsuno
 * relaying Kishida). `attribution`, when given, is the attribution in which that intermediary
 * reports the words, so that the checks can verify that the nested quote lies inside the outer one.
 *
 * @example
 * ViaLinkSchema.parse({ actor: 'hirokazu-matsuno', attribution: 'dn.a-matsuno-kishida-determined' }).actor
 * //=> 'hirokazu-matsuno'
 */
export const ViaLinkSchema = z.union([
  SourceIdSchema,
  z.strictObject({ source: SourceIdSchema }),
  z.strictObject({ actor: ActorIdSchema, attribution: AttributionIdSchema.optional() }),
]);

/** One link in an attribution's chain of intermediaries, as written in a file. */
export type ViaLink = z.infer<typeof ViaLinkSchema>;

const attributionBase = {
  id: AttributionIdSchema,
  claim: ClaimIdSchema,
  source: SourceIdSchema,
  /** Who says it; the author or outlet itself when the source asserts it in its own voice. */
  speaker: ActorIdSchema,
  /**
   * The chain of intermediaries, outermost first: documents the words passed through (the outlet
   * quoted by the source first) and speakers who relay them (the spokesman quoting his prime
   * minister). `speaker` is always the innermost speaker, whose words these are.
   */
  via: z.array(ViaLinkSchema).default([]),
  /**
   * The speaker the source's text credits with these words when that is not who said them (001
   * credits a Manturov quotation to "the Russian leader"): `speaker` is who said them, `creditedTo`
   * whom the text names, so checks, queries and the report can show the source's error.
   */
  creditedTo: ActorIdSchema.optional(),
  stance: StanceSchema.default('asserts'),
  factuality: FactualitySchema.default('certain'),
  /** The reporting verb: said, warned, stressed, dismissed. */
  cue: z.string().min(1).optional(),
  /** When it was said. */
  said: PartialDateSchema.optional(),
  relative: RelativeTimeSchema.optional(),
  /** Offices the passage gives to the speaker or others it names, checked against their roles. */
  roles: z.array(RoleMentionSchema).default([]),
  /** How sure an extraction tool was that this speaker said it, 0 to 1. */
  confidence: z.number().min(0).max(1).optional(),
  /** A remark, e.g. where the source's wording errs. */
  note: z.string().optional(),
  /**
   * A fact-checker's verdict on the claim, as published. A verdict is an attribution by the
   * fact-checker (usually `own-voice`, cue "rated") whose `stance` says what the verdict means for
   * the claim (rated false: `denies`; true: `asserts`; mixed, half true, misleading: `doubts`) and
   * whose `rating` keeps the verdict in the fact-checker's words and numbers. The schema.org
   * export writes a `ClaimReview` for every attribution with a rating.
   */
  rating: RatingSchema.optional(),
};

/** Words the speaker is quoted as saying, verbatim. */
export const DirectQuoteAttributionSchema = z.strictObject({
  ...attributionBase,
  mode: z.literal('direct-quote'),
  /** One entry per quoted fragment: a sentence broken by narration is two fragments. */
  quotes: z.array(QuoteSchema).min(1),
});

/** Reported speech: what the speaker said, in the source's words, maybe with quoted fragments. */
export const IndirectAttributionSchema = z.strictObject({
  ...attributionBase,
  mode: z.literal('indirect'),
  quotes: z.array(QuoteSchema).default([]),
});

/** A summary of a position or a statement, without the speaker's words. */
export const SummaryAttributionSchema = z.strictObject({
  ...attributionBase,
  mode: z.literal('summary'),
});

/** The source asserts the claim itself. */
export const OwnVoiceAttributionSchema = z.strictObject({
  ...attributionBase,
  mode: z.literal('own-voice'),
});

/** One appearance of a claim in a source, credited to a speaker. `mode` decides the shape. */
export const AttributionSchema = z.discriminatedUnion('mode', [
  DirectQuoteAttributionSchema,
  IndirectAttributionSchema,
  SummaryAttributionSchema,
  OwnVoiceAttributionSchema,
]);

/** One appearance of a claim in a source, credited to a speaker. */
export type Attribution = z.infer<typeof AttributionSchema>;
/** How the source reports the claim. */
export type AttributionMode = Attribution['mode'];
/** Attribution as written in a file, before defaults are filled in. */
export type AttributionInput = z.input<typeof AttributionSchema>;
