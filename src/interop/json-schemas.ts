import * as z from 'zod';
import { QuoteSchema, RatingSchema } from '../model/attribution.js';
import { schemas } from '../model/index.js';
import { PartialDateSchema } from '../model/partial-date.js';

/** The names of the JSON Schema files, as in `schema/`. */
export type JsonSchemaFile =
  | 'corpus-file.schema.json'
  | 'actor.schema.json'
  | 'source.schema.json'
  | 'claim.schema.json'
  | 'attribution.schema.json';

/** The JSON Schema files claimtrail ships in `schema/`, by file name, with the zod schema each is made from. */
const FILES: Record<JsonSchemaFile, { schema: z.ZodType; title: string; description: string | undefined }> = {
  'corpus-file.schema.json': {
    schema: schemas.CorpusFile,
    title: 'claimtrail corpus file',
    description: 'A YAML or JSON file of a claimtrail corpus: any of the lists actors, sources, claims, attributions.',
  },
  'actor.schema.json': { schema: schemas.Actor, title: 'claimtrail actor', description: undefined },
  'source.schema.json': { schema: schemas.Source, title: 'claimtrail source', description: undefined },
  'claim.schema.json': { schema: schemas.Claim, title: 'claimtrail claim', description: undefined },
  'attribution.schema.json': { schema: schemas.Attribution, title: 'claimtrail attribution', description: undefined },
};

// What the PartialDate refinement checks, as a pattern: YYYY, YYYY-MM, or YYYY-MM-DD with the
// month's own length, and 29 February only in leap years (every fourth year, but for the
// centuries not divisible by 400).
const DAY_OF_MONTH =
  '(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])';
const LEAP_YEAR = '\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00';
export const PARTIAL_DATE_PATTERN = `^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|\\d{4}-(?:${DAY_OF_MONTH})|(?:${LEAP_YEAR})-02-29)$`;

// What the loader checks beyond these schemas, shown by editors that read them (on hover).
const QUOTE_NOTE =
  'Words quoted exactly as they stand in the source text. start and end (UTF-16 offsets, end exclusive) come together, and end must be greater than start; claimtrail check reports a quote whose end is not after its start.';
const RATING_NOTE =
  "A fact-checker's verdict as published. When value, best and worst are all given, value must lie between worst and best; claimtrail check reports one that does not.";

/** Where the shipped schemas are published: the package's own `schema/` directory on npm's CDN. */
export const JSON_SCHEMA_BASE = 'https://unpkg.com/claimtrail/schema/';

/**
 * JSON Schemas (draft 2020-12, each with an `$id` under {@link JSON_SCHEMA_BASE}) for corpus files and for
 * each record kind, generated with zod's own `z.toJSONSchema` from the model's schemas in their
 * input form: what a person writes in a file, before defaults are filled in. Named model schemas
 * (`PartialDate`, `Quote`, `Role`...) become `$defs`. A PartialDate string gets a pattern that
 * knows each month's length and leap years, so `2023-02-30` is refused as the loader refuses it.
 * A quote's `start` and `end` come together (`dependentRequired`). What JSON Schema cannot compare,
 * one field against another (a rating's value between its own worst and best, a quote's end after
 * its start), is left to the loader, and said in the schema's `description` for editors to show.
 *
 * @returns the schemas by file name, as written to `schema/` by `scripts/build-json-schema.ts`
 * @throws {Error} only if a model schema holds something zod cannot express in JSON Schema
 * @example
 * buildJsonSchemas()['corpus-file.schema.json'].$id
 * //=> 'https://unpkg.com/claimtrail/schema/corpus-file.schema.json'
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
      target: 'draft-2020-12',
      metadata: registry,
      override: ({ zodSchema, jsonSchema }) => {
        if (zodSchema === PartialDateSchema) {
          for (const option of (jsonSchema.anyOf ?? []) as { type?: string; pattern?: string }[]) {
            if (option.type === 'string') option.pattern = PARTIAL_DATE_PATTERN;
          }
        } else if (zodSchema === QuoteSchema) {
          // Both ends of an anchor or neither, as the model's refinement says; that end comes after
          // start compares two fields, which JSON Schema cannot, so it is said in words.
          jsonSchema.dependentRequired = { start: ['end'], end: ['start'] };
          jsonSchema.description = QUOTE_NOTE;
        } else if (zodSchema === RatingSchema) {
          jsonSchema.description = RATING_NOTE;
        }
      },
    }) as Record<string, unknown>;
    const { $schema, ...rest } = generated;
    out[file] = { $schema, $id: `${JSON_SCHEMA_BASE}${file}`, title, ...(description ? { description } : {}), ...rest };
  }
  return out;
}
