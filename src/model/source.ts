import * as z from 'zod';
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

/**
 * What a source's text says about itself that is not anyone's speech: page furniture (footer
 * links, "PLEASE JOIN ON TWITTER", comment forms), a stray headline of another article, a
 * paragraph printed twice. `start` and `end` are UTF-16 offsets into the source text (end
 * exclusive), as in a quote's anchor.
 *
 * @example
 * SourceDefectSchema.parse({ kind: 'boilerplate', start: 0, end: 9 }).kind
 * //=> 'boilerplate'
 */
export const SourceDefectSchema = z
  .strictObject({
    kind: z.enum(['boilerplate', 'stray-headline', 'duplicate', 'garbled', 'misattribution', 'other']),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    note: z.string().optional(),
  })
  .refine((d) => d.end > d.start, { message: 'end must be greater than start', path: ['end'] });

/** A stretch of a source's text that is not speech. */
export type SourceDefect = z.infer<typeof SourceDefectSchema>;

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
    /** Stretches of the text that are not speech (page furniture, stray headlines, repeats). */
    defects: z.array(SourceDefectSchema).optional(),
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
