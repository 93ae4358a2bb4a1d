import { z } from 'zod';
import { schemas } from '../model/index.js';
import { PartialDateSchema } from '../model/partial-date.js';

/** The JSON Schema files claimtrail ships in `schema/`, by file name, with the zod schema each is made from. */
const FILES = {
  'corpus-file.schema.json': {
    schema: schemas.CorpusFile,
    title: 'claimtrail corpus file',
    description: 'A YAML or JSON file of a claimtrail corpus: any of the lists actors, sources, claims, attributions.',
  },
  'actor.schema.json': { schema: schemas.Actor, title: 'claimtrail actor', description: undefined },
  'source.schema.json': { schema: schemas.Source, title: 'claimtrail source', description: undefined },
  'claim.schema.json': { schema: schemas.Claim, title: 'claimtrail claim', description: undefined },
  'attribution.schema.json': { schema: schemas.Attribution, title: 'claimtrail attribution', description: undefined },
} as const;

/** The names of the JSON Schema files, as in `schema/`. */
export type JsonSchemaFile = keyof typeof FILES;

// What the PartialDate refinement checks, as a pattern an editor can apply while one types (the
// month and day ranges are left to `claimtrail check`).
const PARTIAL_DATE_PATTERN = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';

/**
 * JSON Schemas (draft-07, which YAML and JSON editors support widely) for corpus files and for
 * each record kind, generated with zod's own `z.toJSONSchema` from the model's schemas in their
 * input form: what a person writes in a file, before defaults are filled in. Named model schemas
 * (`PartialDate`, `Quote`, `Role`...) become `definitions`. Refinements zod cannot express in
 * JSON Schema (a PartialDate's calendar check, quote anchors in order) are left to the loader;
 * a PartialDate string gets a pattern so editors still catch a malformed date.
 *
 * @returns the schemas by file name, as written to `schema/` by `scripts/build-json-schema.ts`
 * @throws {Error} only if a model schema holds something zod cannot express in JSON Schema
 * @example
 * buildJsonSchemas()['corpus-file.schema.json'].$schema
 * //=> 'http://json-schema.org/draft-07/schema#'
 */
export function buildJsonSchemas(): Record<JsonSchemaFile, Record<string, unknown>> {
  const out = {} as Record<JsonSchemaFile, Record<string, unknown>>;
  for (const [file, { schema, title, description }] of Object.entries(FILES) as [
    JsonSchemaFile,
    (typeof FILES)[JsonSchemaFile],
  ][]) {
    const registry = z.registry<{ id?: string; description?: string }>();
    for (const [name, member] of Object.entries(schemas)) {
      if (member === schema || name === 'CorpusFile' || name === 'Diagnostic') continue;
      registry.add(member as z.ZodType, { ...(z.globalRegistry.get(member as z.ZodType) ?? {}), id: name });
    }
    const generated = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-7',
      metadata: registry,
      override: ({ zodSchema, jsonSchema }) => {
        if (zodSchema !== PartialDateSchema) return;
        for (const option of (jsonSchema.anyOf ?? []) as { type?: string; pattern?: string }[]) {
          if (option.type === 'string') option.pattern = PARTIAL_DATE_PATTERN;
        }
      },
    }) as Record<string, unknown>;
    const { $schema, ...rest } = generated;
    out[file] = { $schema, title, ...(description ? { description } : {}), ...rest };
  }
  return out;
}
