import { z } from 'zod';
import { ActorIdSchema, SourceIdSchema } from './ids.js';
import { PartialDateSchema } from './partial-date.js';

/** The kinds of document a claim can appear in. */
export const SourceKindSchema = z.enum([
  'article',
  'wire',
  'statement',
  'press-conference',
  'broadcast',
  'social',
  'report',
  'other',
]);

/** The kind of document a claim appears in. */
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** A document in which claims appear: an article, a wire report, a statement, a broadcast. */
export const SourceSchema = z
  .strictObject({
    id: SourceIdSchema,
    kind: SourceKindSchema,
    title: z.string().min(1),
    publisher: ActorIdSchema.optional(),
    authors: z.array(ActorIdSchema).default([]),
    url: z.url().optional(),
    /** BCP 47 language tag, e.g. "en". */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/)
      .optional(),
    published: PartialDateSchema.optional(),
    /** How an undated document was dated: the reasoning from its text or the public record. */
    publishedBasis: z.string().optional(),
    /** The full body, verbatim, so that quotes can be verified against it. */
    text: z.string().optional(),
    /**
     * A file, relative to the file that declares the source, holding the text verbatim. The
     * loader reads it into `text`; it may not point outside the corpus directory.
     */
    textFile: z.string().min(1).optional(),
    /** A remark, e.g. on defects of the document itself. */
    note: z.string().optional(),
  })
  .refine((s) => !(s.text !== undefined && s.textFile !== undefined), {
    message: 'give either text or textFile, not both',
    path: ['textFile'],
  });

/** A document in which claims appear. */
export type Source = z.infer<typeof SourceSchema>;
/** Source as written in a file, before defaults are filled in. */
export type SourceInput = z.input<typeof SourceSchema>;
