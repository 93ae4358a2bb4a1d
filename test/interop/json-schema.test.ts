import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createCorpus } from '../../src/corpus/create-corpus.js';
import { bundledCorpusDir } from '../../src/corpus/load-corpus.js';
import { buildJsonSchemas } from '../../src/interop/json-schemas.js';
import { schemas } from '../../src/model/index.js';

const dataDir = bundledCorpusDir();
const schemaDir = join(dataDir, '..', 'schema');
const fresh = buildJsonSchemas();
const corpusFileSchema = fresh['corpus-file.schema.json'];

// Ajv's draft 2020-12 build, strict, with every shipped schema registered under its $id. Formats
// (uri) are annotations here: the loader checks URLs.
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
for (const schema of Object.values(fresh)) ajv.addSchema(schema);

/** Ajv's errors for a value against a shipped schema (by `$id`), as `path message` lines. */
function validateJsonSchema(schema: Record<string, unknown>, value: unknown): string[] {
  const validate = ajv.getSchema(schema.$id as string);
  if (!validate) throw new Error(`no schema ${String(schema.$id)}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('shipped JSON Schemas', () => {
  it('are exactly what scripts/build-json-schema.ts generates (run it after changing src/model)', () => {
    const shipped = readdirSync(schemaDir).filter((f) => f.endsWith('.json'));
    expect(shipped.sort()).toEqual(Object.keys(fresh).sort());
    for (const [file, schema] of Object.entries(fresh)) {
      expect(readFileSync(join(schemaDir, file), 'utf8'), file).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });

  it('are draft 2020-12 JSON Schemas with an $id, which Ajv 2020 compiles strictly', () => {
    for (const [file, schema] of Object.entries(fresh)) {
      expect(schema.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id, file).toBe(`https://unpkg.com/claimtrail/schema/${file}`);
      expect(() => ajv.compile({ $ref: schema.$id as string }), file).not.toThrow();
    }
    expect(Object.keys(corpusFileSchema.$defs as object)).toEqual(
      expect.arrayContaining(['Actor', 'Source', 'Claim', 'Attribution', 'PartialDate', 'Quote']),
    );
  });
});

describe('bundled data files', () => {
  const files = yamlFiles(dataDir);

  it('are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files.map((f) => [relative(dataDir, f), f]))('%s names the shipped corpus-file schema', (_, file) => {
    const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, first).not.toBeNull();
    expect(resolve(dirname(file), m?.[1] as string)).toBe(join(schemaDir, 'corpus-file.schema.json'));
  });

  it.each(files.map((f) => [relative(dataDir, f), f]))('%s validates with the JSON Schema and with zod', (_, file) => {
    const content = parse(readFileSync(file, 'utf8'));
    expect(validateJsonSchema(corpusFileSchema, content)).toEqual([]);
    expect(schemas.CorpusFile.safeParse(content).success).toBe(true);
  });
});

describe('example corpus files', () => {
  const examplesDir = join(dataDir, '..', 'examples');
  const files = yamlFiles(examplesDir);

  it.each(files.map((f) => [relative(examplesDir, f), f]))('%s names the schema and validates with it', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0] ?? '');
    expect(resolve(dirname(file), m?.[1] ?? '')).toBe(join(schemaDir, 'corpus-file.schema.json'));
    const content = parse(text);
    expect(validateJsonSchema(corpusFileSchema, content)).toEqual([]);
    expect(schemas.CorpusFile.safeParse(content).success).toBe(true);
  });

  it('include a rated attribution', () => {
    expect(files.some((f) => /^\s+rating: /m.test(readFileSync(f, 'utf8')))).toBe(true);
  });
});

describe('the JSON Schema rejects what the loader rejects', () => {
  const attribution = {
    id: 'a1',
    claim: 'c1',
    source: 's1',
    speaker: 'kim-jong-un',
    mode: 'direct-quote',
    quotes: [{ text: 'We will' }],
  };
  const cases: [string, unknown][] = [
    ['an unknown field', { actors: [{ id: 'x', kind: 'person', name: 'X', nickname: 'Y' }] }],
    ['an unknown actor kind', { actors: [{ id: 'x', kind: 'robot', name: 'X' }] }],
    ['an id with capitals', { actors: [{ id: 'Kim', kind: 'person', name: 'Kim' }] }],
    ['a malformed date', { sources: [{ id: 's1', kind: 'article', title: 'T', published: '2023-9-1' }] }],
    ['a month 13', { sources: [{ id: 's1', kind: 'article', title: 'T', published: '2023-13' }] }],
    ['30 February', { sources: [{ id: 's1', kind: 'article', title: 'T', published: '2023-02-30' }] }],
    ['29 February of a common year', { sources: [{ id: 's1', kind: 'article', title: 'T', published: '2023-02-29' }] }],
    ['29 February 1900', { sources: [{ id: 's1', kind: 'article', title: 'T', published: '1900-02-29' }] }],
    ['31 April', { attributions: [{ ...attribution, said: '2024-04-31' }] }],
    ['a direct quote without quotes', { attributions: [{ ...attribution, quotes: [] }] }],
    ['a confidence above 1', { attributions: [{ ...attribution, confidence: 1.5 }] }],
    ['a rating without a label', { attributions: [{ ...attribution, rating: { value: 1 } }] }],
    ['a rating with an unknown field', { attributions: [{ ...attribution, rating: { label: 'False', scale: 5 } }] }],
    ['an unknown list', { people: [] }],
    [
      'a quote with a start and no end',
      { attributions: [{ ...attribution, quotes: [{ text: 'We will', start: 3 }] }] },
    ],
    ['a quote with an end and no start', { attributions: [{ ...attribution, quotes: [{ text: 'We will', end: 3 }] }] }],
  ];
  it.each(cases)('%s', (_, value) => {
    expect(validateJsonSchema(corpusFileSchema, value)).not.toEqual([]);
    expect(schemas.CorpusFile.safeParse(value).success).toBe(false);
  });

  it('and accepts a minimal valid file', () => {
    const value = {
      actors: [{ id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un' }],
      attributions: [{ ...attribution, said: 2024, rating: { label: 'Mostly true', value: 4, best: 5, worst: 1 } }],
    };
    expect(validateJsonSchema(corpusFileSchema, value)).toEqual([]);
    expect(schemas.CorpusFile.safeParse(value).success).toBe(true);
  });

  it('accepts exactly the dates the model accepts', () => {
    const dates = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.constantFrom('2024-02-29', '2000-02-29', '1900-02-29', '2100-02-29', '2023-02-28', '0000-02-29'),
    );
    const date = ajv.compile({ $ref: `${corpusFileSchema.$id as string}#/$defs/PartialDate` });
    fc.assert(
      fc.property(dates, (value) => {
        expect(date(value), value).toBe(schemas.PartialDate.safeParse(value).success);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('what JSON Schema cannot compare, the loader refuses in its own words', () => {
  const source = { id: 's', kind: 'article', title: 'T', text: 'He said it was fine.' };
  const attribution = { id: 'a', claim: 'c', source: 's', speaker: 'p', mode: 'direct-quote' };
  const cases: [string, Record<string, unknown>, RegExp, string][] = [
    [
      'a rating of 9 on a scale of 1 to 6',
      { rating: { label: 'False', value: 9, best: 6, worst: 1 }, quotes: [{ text: 'it was fine' }] },
      /value must lie between worst and best/,
      'Attribution "a" has a bad field "rating.value": the value must lie on the rating’s own scale, between worst and best. It was not loaded.',
    ],
    [
      'a quote whose end is before its start',
      { quotes: [{ text: 'it was fine', start: 19, end: 8 }] },
      /end must be greater than start/,
      'Attribution "a" has a bad field "quotes[0].end": end must be greater than start. It was not loaded.',
    ],
  ];
  it.each(cases)('%s: the schema says so in its description, the loader refuses it', (_, fields, note, message) => {
    const value = { sources: [source], attributions: [{ ...attribution, ...fields }] };
    expect(validateJsonSchema(corpusFileSchema, value)).toEqual([]);
    const defs = corpusFileSchema.$defs as Record<string, { description?: string }>;
    expect(`${defs.Rating?.description} ${defs.Quote?.description}`).toMatch(note);
    expect(createCorpus(value).diagnostics.map((d) => d.message)).toEqual([message]);
  });
});
