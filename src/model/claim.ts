import * as z from 'zod';
import { ActorIdSchema, ClaimIdSchema } from './ids.js';
import { PartialDateSchema, WhenSchema } from './partial-date.js';

/**
 * What a claim is about: an actor, by id (`japan`), or a thing that is not an actor, written as
 * `{ literal: "the abduction issue" }`.
 */
export const SubjectSchema = z.union([ActorIdSchema, z.strictObject({ literal: z.string().min(1) })]);

/** What a claim is about: an actor id, or `{ literal }` for anything else. */
export type Subject = z.infer<typeof SubjectSchema>;

/** How exact a number or a duration is meant: "nearly 20 years", "more than 10 million". */
export const ApproxSchema = z.enum(['exact', 'about', 'nearly', 'over', 'under']);

/** How exact a number or a duration is meant. */
export type Approx = z.infer<typeof ApproxSchema>;

/** A length of time: "six years", "a month and a half". */
export const DurationSchema = z
  .strictObject({
    years: z.number().nonnegative().optional(),
    months: z.number().nonnegative().optional(),
    days: z.number().nonnegative().optional(),
    approx: ApproxSchema.default('exact'),
  })
  .refine((d) => d.years !== undefined || d.months !== undefined || d.days !== undefined, {
    message: 'a duration needs at least one of years, months or days',
  });

/** A length of time. */
export type Duration = z.infer<typeof DurationSchema>;

/** The object of a claim, keyed on `type`. */
export const ClaimObjectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('actor'), id: ActorIdSchema }),
  z.strictObject({ type: z.literal('text'), value: z.string().min(1) }),
  z.strictObject({ type: z.literal('number'), value: z.number(), approx: ApproxSchema.default('exact') }),
  z.strictObject({
    type: z.literal('quantity'),
    value: z.number(),
    unit: z.string().min(1),
    approx: ApproxSchema.default('exact'),
  }),
  z.strictObject({ type: z.literal('date'), value: PartialDateSchema }),
  z.strictObject({ type: z.literal('duration'), value: DurationSchema }),
]);

/** The object of a claim: an actor, a text, a number, a quantity, a date or a duration. */
export type ClaimObject = z.infer<typeof ClaimObjectSchema>;

/**
 * "The first such event since 2019" or "the first in six years": what the claim says about the
 * last time the same thing happened. The temporal contradiction check does arithmetic on it.
 */
export const FirstSinceSchema = z.union([
  z.strictObject({ since: PartialDateSchema }),
  z.strictObject({ in: DurationSchema }),
]);

/** What a claim says about the previous occurrence of the same event. */
export type FirstSince = z.infer<typeof FirstSinceSchema>;

/** A proposition, independent of who says it. */
export const ClaimSchema = z.strictObject({
  id: ClaimIdSchema,
  /** The proposition as one normalised sentence. */
  text: z.string().min(1),
  subject: SubjectSchema,
  /** A slug from the predicate vocabulary (see `predicates`). */
  predicate: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, {
    message: 'a predicate is a lowercase slug such as "supplies-weapons-to"',
  }),
  object: ClaimObjectSchema.optional(),
  when: WhenSchema.optional(),
  where: SubjectSchema.optional(),
  polarity: z.enum(['affirmed', 'negated']).default('affirmed'),
  /** Set when the claim says the event is the first since a date or in a span of time. */
  first: FirstSinceSchema.optional(),
  topics: z.array(z.string().min(1)).default([]),
  /** Claims this one is recorded as contradicting. */
  contradicts: z.array(ClaimIdSchema).default([]),
  /**
   * Claims that state the same proposition in other words (another outlet's wording). Links are
   * mutual and transitive: the claims they join are treated as one by contradictions, `claimView`
   * and corroboration. `claimtrail align --write` records them.
   */
  sameAs: z.array(ClaimIdSchema).default([]),
  note: z.string().optional(),
});

/** A proposition, independent of who says it. */
export type Claim = z.infer<typeof ClaimSchema>;
/** Claim as written in a file, before defaults are filled in. */
export type ClaimInput = z.input<typeof ClaimSchema>;
