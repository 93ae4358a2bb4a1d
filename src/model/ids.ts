import * as z from 'zod';

/**
 * A stable identifier: lowercase letters, digits and single hyphens or dots (`kim-jong-un`,
 * `mtt-2025-08-kim-china`). Ids are kept ASCII on purpose: look-alike letters from other
 * scripts would make two different ids print the same.
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, {
    message: 'an id is lowercase ASCII letters and digits joined by single "-" or "." (e.g. "kim-jong-un")',
  })
  .max(200);

/** The id of an Actor. */
export const ActorIdSchema = IdSchema.describe('The id of an Actor');
/** The id of a Source. */
export const SourceIdSchema = IdSchema.describe('The id of a Source');
/** The id of a Claim. */
export const ClaimIdSchema = IdSchema.describe('The id of a Claim');
/** The id of an Attribution. */
export const AttributionIdSchema = IdSchema.describe('The id of an Attribution');

/** The id of an Actor. */
export type ActorId = z.infer<typeof ActorIdSchema>;
/** The id of a Source. */
export type SourceId = z.infer<typeof SourceIdSchema>;
/** The id of a Claim. */
export type ClaimId = z.infer<typeof ClaimIdSchema>;
/** The id of an Attribution. */
export type AttributionId = z.infer<typeof AttributionIdSchema>;
