import * as z from 'zod';

/** How serious a diagnostic is. Only errors make `claimtrail check` exit non-zero. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
/** How serious a diagnostic is. */
export type Severity = z.infer<typeof SeveritySchema>;

/** The four kinds of record in a corpus. */
export const EntityTypeSchema = z.enum(['actor', 'source', 'claim', 'attribution']);
/** The four kinds of record in a corpus. */
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** A record named by its type and id. */
export const EntityRefSchema = z.strictObject({ type: EntityTypeSchema, id: z.string() });
/** A record named by its type and id. */
export type EntityRef = z.infer<typeof EntityRefSchema>;

/**
 * A finding about a corpus: a problem with a file or a record, in a sentence a reader of the
 * corpus understands, with the place it comes from. Plain data; `--json` prints these as they are.
 */
export const DiagnosticSchema = z.strictObject({
  /** The rule that made it, e.g. `quote-not-in-source`. */
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  /** The record it is about, when there is one. */
  entity: EntityRefSchema.optional(),
  /** The file it comes from, relative to the corpus directory where possible. */
  file: z.string().optional(),
  /** 1-based line and column in `file`. */
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  /** Path to the field within the record (or, for records built in code, from the input root). */
  path: z.array(z.union([z.string(), z.number()])).optional(),
  /** What was found and what was expected, where that helps. */
  actual: z.unknown().optional(),
  expected: z.unknown().optional(),
  /** Other records involved: both sides of a duplicate, the whole of a cycle. */
  related: z.array(EntityRefSchema.extend({ file: z.string().optional(), line: z.number().optional() })).optional(),
  /** A likely fix, e.g. the id that was probably meant. */
  suggestion: z.string().optional(),
});

/** A finding about a corpus, as plain data. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
