import * as z from 'zod';
import { ActorIdSchema } from './ids.js';
import { PartialDateSchema } from './partial-date.js';

/** An office or position an actor holds, for instance Prime Minister of Japan from 2021-10-04. */
export const RoleSchema = z.strictObject({
  /** The office as people write it: "Prime Minister", "Chief Cabinet Secretary". */
  title: z.string().min(1),
  /** The body the office belongs to ("japan"). */
  of: ActorIdSchema.optional(),
  /** First day in office, when known. */
  from: PartialDateSchema.optional(),
  /** Last day in office, when known; absent while the role is held. */
  to: PartialDateSchema.optional(),
  /** Other ways the role is written in texts ("premier", "PM"). */
  aliases: z.array(z.string().min(1)).default([]),
});

/** An office or position an actor holds. */
export type Role = z.infer<typeof RoleSchema>;

const actorBase = {
  id: ActorIdSchema,
  name: z.string().min(1),
  /** Other spellings and names by which texts refer to the actor ("Kim Jong-un", "Moscow"). */
  aliases: z.array(z.string().min(1)).default([]),
  roles: z.array(RoleSchema).default([]),
  /** Groups the actor belongs to. */
  memberOf: z.array(ActorIdSchema).default([]),
  /** Actors on whose behalf it speaks (PROV-O actedOnBehalfOf): a spokesman acts for his government. */
  actsFor: z.array(ActorIdSchema).default([]),
  /** A free-text remark for readers of the corpus. */
  note: z.string().optional(),
};

/** A human being. */
export const PersonSchema = z.strictObject({
  ...actorBase,
  kind: z.literal('person'),
  /** Pronoun the person is referred to by, so that a text's wrong pronoun can be noted. */
  pronoun: z.enum(['he', 'she', 'they']).optional(),
});

/** A company, institution, party, university, alliance or other organised body. */
export const OrganizationSchema = z.strictObject({ ...actorBase, kind: z.literal('organization') });

/** The government of a country, which speaks through spokesmen and ministries. */
export const GovernmentSchema = z.strictObject({
  ...actorBase,
  kind: z.literal('government'),
  /** The country it governs. */
  of: ActorIdSchema.optional(),
});

/** A state as a whole, as in "Japan said". */
export const CountrySchema = z.strictObject({
  ...actorBase,
  kind: z.literal('country'),
  /** ISO 3166-1 alpha-2 code. */
  iso: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

/** A news outlet, broadcaster or agency. */
export const MediaSchema = z.strictObject({
  ...actorBase,
  kind: z.literal('media'),
  url: z.url().optional(),
});

/** An informal or unnamed collective: "experts", "Western leaders". */
export const GroupSchema = z.strictObject({ ...actorBase, kind: z.literal('group') });

/**
 * Anyone or anything that can say something or be talked about. `kind` decides the shape.
 */
export const ActorSchema = z.discriminatedUnion('kind', [
  PersonSchema,
  OrganizationSchema,
  GovernmentSchema,
  CountrySchema,
  MediaSchema,
  GroupSchema,
]);

/** Anyone or anything that can say something or be talked about. */
export type Actor = z.infer<typeof ActorSchema>;
/** What sort of actor this is. */
export type ActorKind = Actor['kind'];
/** Actor as written in a file, before defaults are filled in. */
export type ActorInput = z.input<typeof ActorSchema>;
