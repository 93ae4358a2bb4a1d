import * as z from 'zod';
import type { ClaimObject } from './claim.js';

/** A predicate slug: lowercase words joined by hyphens, such as `supplies-weapons-to`. */
export const PredicateSlugSchema = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, {
  message: 'a predicate is a lowercase slug such as "supplies-weapons-to"',
});

/** The types a claim's object can have, as a predicate may require one. */
export const ObjectTypeSchema = z.enum(['actor', 'text', 'number', 'quantity', 'date', 'duration']);

// Both directions, so that a new object type cannot be added to the claim without being added here.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const objectTypesMatch: SameKeys<z.infer<typeof ObjectTypeSchema>, ClaimObject['type']> = true;
void objectTypesMatch;

/**
 * What the library knows about a predicate slug: how it reads, what object it takes, and how it
 * relates to other predicates. The relations are what let two differently worded claims meet:
 * `implies` (a summit is a meeting), `inverse` (A supplies B = B receives from A) and `excludes`
 * (supporting and opposing the same thing cannot both hold).
 */
export const PredicateInfoSchema = z
  .strictObject({
    /** How the predicate reads in a sentence: "supplies weapons to". */
    label: z.string().min(1),
    /** A group of related predicates ("contact", "health"); claims are compared within families. */
    family: z.string().min(1).optional(),
    /**
     * At most one value holds at a time for a given subject (an office holder, a date of birth, a
     * count): two different values for overlapping times contradict each other.
     */
    singleValued: z.boolean().optional(),
    /** Subject and object can be swapped without changing the meaning ("meets"). */
    symmetric: z.boolean().optional(),
    /** The object type the predicate expects, when it expects one. */
    object: ObjectTypeSchema.optional(),
    /** Predicates that hold whenever this one does, with the same subject and object. */
    implies: z.array(PredicateSlugSchema).readonly().optional(),
    /** The predicate that says the same with subject and object swapped. */
    inverse: PredicateSlugSchema.optional(),
    /** Predicates that cannot hold together with this one for the same subject, object and time. */
    excludes: z.array(PredicateSlugSchema).readonly().optional(),
    /** The Wikidata property the predicate corresponds to, when one does: `P39`. */
    wikidata: z
      .string()
      .regex(/^P[1-9][0-9]*$/)
      .optional(),
  })
  .readonly();

/** What the library knows about a predicate slug. */
export type PredicateInfo = z.infer<typeof PredicateInfoSchema>;

/** A predicate vocabulary, by slug: the built-in one, possibly extended by the user. */
export const PredicateVocabularySchema = z.record(PredicateSlugSchema, PredicateInfoSchema);

/** A predicate vocabulary: the built-in one, possibly extended by the user. */
export type PredicateVocabulary = Readonly<Record<string, PredicateInfo>>;
