import * as z from 'zod';
import { ActorSchema } from './actor.js';
import { AttributionSchema } from './attribution.js';
import { ClaimSchema } from './claim.js';
import { SourceSchema } from './source.js';

/**
 * One YAML or JSON file of a corpus: any of the four record lists. Used for the published JSON
 * Schema; the loader validates record by record so that one bad record does not hide the others.
 */
export const CorpusFileSchema = z.strictObject({
  $schema: z.string().optional(),
  actors: z.array(ActorSchema).optional(),
  sources: z.array(SourceSchema).optional(),
  claims: z.array(ClaimSchema).optional(),
  attributions: z.array(AttributionSchema).optional(),
});

/** The contents of one corpus file. */
export type CorpusFile = z.infer<typeof CorpusFileSchema>;
