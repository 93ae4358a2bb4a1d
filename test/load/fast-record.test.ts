import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { collectRecords } from '../../src/corpus/build-corpus.js';
import { generateCorpus } from '../../src/generate/generate-corpus.js';
import { compactRecord, Interner } from '../../src/load/compact-record.js';
import { corpusRecords } from '../../src/load/corpus-records.js';
import { FAST_RECORD, fastRecordKeys } from '../../src/load/fast-record.js';
import { readJsonlRecords } from '../../src/load/jsonl-records.js';
import { countKeysWithin, MAX_NESTING } from '../../src/load/nesting.js';
import type { Origin } from '../../src/load/origin.js';
import { parseCorpusText } from '../../src/load/parse-corpus-text.js';
import { preparer } from '../../src/load/prepare-record.js';
import { SCHEMA_BY_TYPE, validateRecord } from '../../src/load/validate-record.js';
import type { Diagnostic, EntityType } from '../../src/model/diagnostic.js';
import { PartialDateSchema } from '../../src/model/partial-date.js';

const TYPES: EntityType[] = ['actor', 'source', 'claim', 'attribution'];
const origin: Origin = { file: 'f.jsonl', path: [], locate: () => ({ line: 1, column: 1 }) };

// ---- Valid records: the corpus generator, the seed corpus, and arbitraries derived from the schemas.

const sample = generateCorpus({ attributions: 200, seed: 5 });
const seed = ['data/actors.yaml', ...readdirSync('data/sources').map((f) => `data/sources/${f}`)].flatMap(
  (file) => parseCorpusText(readFileSync(file, 'utf8'), file).records,
);
const pools: Record<EntityType, unknown[]> = {
  actor: [...sample.actors, ...seed.filter((r) => r.type === 'actor').map((r) => r.value)],
  source: [...sample.sources, ...seed.filter((r) => r.type === 'source').map((r) => r.value)],
  claim: [...sample.claims, ...seed.filter((r) => r.type === 'claim').map((r) => r.value)],
  attribution: [...sample.attributions, ...seed.filter((r) => r.type === 'attribution').map((r) => r.value)],
};

type Def = { type: string; [key: string]: unknown };
const defOf = (s: z.core.$ZodType) => s._zod.def as unknown as Def;

/** Dates as people write them, real and impossible. */
const dates = fc.oneof(
  fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).chain((d) => {
    const day = d.toISOString().slice(0, 10);
    return fc.constantFrom(day, day.slice(0, 7), day.slice(0, 4), Number(day.slice(0, 4)));
  }),
  fc.constantFrom('2023-02-30', '2024-02-29', '2023-02-29', '2023-13', '0999', 999, 10000, '2023-9-1', 2023.5),
);

const matchingPools = new Map<RegExp, fc.Arbitrary<string>>();

/** Strings a schema's pattern accepts: fc.stringMatching costs a millisecond a value, so a pool of them. */
function matching(pattern: RegExp): fc.Arbitrary<string> {
  let pool = matchingPools.get(pattern);
  if (!pool) {
    pool = fc.constantFrom(...fc.sample(fc.stringMatching(pattern), { numRuns: 40, seed: 7 }));
    matchingPools.set(pattern, pool);
  }
  return pool;
}

/**
 * An arbitrary derived from a schema's definition: mostly valid values, with what a random
 * generator gets wrong (refinements, string lengths) left to chance.
 */
function arbitrary(schema: z.core.$ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (schema === (PartialDateSchema as unknown)) return dates;
  const def = defOf(schema);
  const checks = (def.checks ?? []) as { _zod: { def: { check: string; pattern?: RegExp } } }[];
  switch (def.type) {
    case 'string': {
      const pattern = checks.map((c) => c._zod.def.pattern).find((p) => p instanceof RegExp);
      if (pattern) return matching(pattern);
      // fc.webUrl() costs tens of milliseconds a value; a few real and broken ones do.
      if (def.format === 'url')
        return fc.constantFrom('https://example.org/a', 'http://x.example/2024/b?c=1', 'example.org', 'ftp:/x', '');
      return fc.string({ minLength: 0, maxLength: 8 });
    }
    case 'number':
      return fc.oneof(fc.integer({ min: -2, max: 500 }), fc.double({ min: -1, max: 2, noNaN: true }));
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as object));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
    case 'default':
      return arbitrary(def.innerType as z.core.$ZodType, depth);
    case 'array':
      return fc.array(arbitrary(def.element as z.core.$ZodType, depth + 1), { maxLength: depth > 2 ? 0 : 2 });
    case 'pipe':
      return arbitrary(def.in as z.core.$ZodType, depth);
    case 'union':
      return fc.oneof(...(def.options as z.core.$ZodType[]).map((o) => arbitrary(o, depth + 1)));
    case 'object': {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      const required = Object.keys(shape).filter(
        (k) => !['optional', 'default'].includes(defOf(shape[k] as never).type),
      );
      const model = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, arbitrary(s, depth + 1)]));
      return fc.record(model, { requiredKeys: required });
    }
    case 'transform':
      return fc.integer({ min: 1000, max: 9999 });
    default:
      throw new Error(`no arbitrary for ${def.type}`);
  }
}

const fromSchemas = fc
  .constantFrom(...TYPES)
  .chain((type) => arbitrary(SCHEMA_BY_TYPE[type] as unknown as z.core.$ZodType).map((value) => ({ type, value })));
const fromPools = fc
  .tuple(fc.constantFrom(...TYPES), fc.nat())
  .map(([type, i]) => ({ type, value: structuredClone(pools[type][i % pools[type].length]) }));

// ---- Mutations anywhere in a record.

/** Every place in a value: the path to each object, list and leaf. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => places(v, [...path, i])));
  if (value !== null && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([k, v]) => places(v, [...path, k])));
  return here;
}

const tricky = fc.constantFrom(
  '',
  'x',
  'Kim',
  'kim--jong',
  'kim-jong-un',
  'asserts',
  'assert',
  'direct-quote',
  'person',
  '2023-02-30',
  '2024-02-29',
  -1,
  0,
  1.5,
  2024,
  null,
  true,
  [],
  {},
  ['a'],
  { text: 'words' },
  'a'.repeat(201),
);

type Mutation = { kind: 'delete' | 'extra' | 'sibling'; at: number } | { kind: 'set'; at: number; to: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom<'delete' | 'extra' | 'sibling'>('delete', 'extra', 'sibling'), at: fc.nat() }),
  fc.record({ kind: fc.constant<'set'>('set'), at: fc.nat(), to: fc.oneof(tricky, fc.jsonValue({ maxDepth: 2 })) }),
);

/** Keys some variant of a record has, to put where another variant does not allow them. */
const SIBLING_KEYS = ['quotes', 'pronoun', 'iso', 'url', 'of', 'textFile', 'text', 'start', 'attribution', 'approx'];

function mutate(record: unknown, m: Mutation): unknown {
  const all = places(record);
  const path = all[m.at % all.length] as (string | number)[];
  if (path.length === 0 && m.kind !== 'extra' && m.kind !== 'sibling')
    return m.kind === 'set' ? structuredClone(m.to) : record;
  const parentPath = m.kind === 'extra' || m.kind === 'sibling' ? path : path.slice(0, -1);
  let parent = record as Record<string | number, unknown>;
  for (const key of parentPath) parent = parent[key] as Record<string | number, unknown>;
  if (parent === null || typeof parent !== 'object') return record;
  const key = path.at(-1) as string | number;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (m.kind === 'set') parent[key] = structuredClone(m.to);
  else if (!Array.isArray(parent)) {
    const extra = m.kind === 'extra' ? 'extra' : (SIBLING_KEYS[m.at % SIBLING_KEYS.length] as string);
    parent[extra] = m.kind === 'extra' ? 1 : 'x';
  }
  return record;
}

const records = fc
  .tuple(fc.oneof(fromPools, fromSchemas), fc.array(mutation, { maxLength: 2 }))
  .map(([{ type, value }, mutations]) => ({ type, value: mutations.reduce(mutate, value) }));

// ---- The record-level property.

/** What the fast path gives for a value, next to what zod and compactRecord give. */
function both(type: EntityType, value: unknown) {
  const intern = new Interner();
  const built = (FAST_RECORD[type] as NonNullable<(typeof FAST_RECORD)[EntityType]>)(structuredClone(value), intern);
  const keys = fastRecordKeys();
  // Valid only when every key was read: what the loader tells from the keys written in the text.
  const fast = built !== undefined && keys === countKeysWithin(value, MAX_NESTING) ? built : undefined;
  const zod = validateRecord(type, structuredClone(value), origin);
  const slow = zod.record ? compactRecord(type, zod.record, intern) : undefined;
  return { fast, keys, slow, zod };
}

describe('the validator generated from the schemas', () => {
  it('exists for every record type', () => {
    expect(Object.keys(FAST_RECORD).sort()).toEqual([...TYPES].sort());
  });

  it('accepts what zod accepts and builds the same record (keys in the same order), and nothing else', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(records, ({ type, value }) => {
        const { fast, slow } = both(type, value);
        expect(fast !== undefined).toBe(slow !== undefined);
        if (fast === undefined) {
          rejected++;
          return;
        }
        accepted++;
        expect(fast).toEqual(slow);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
      }),
      { numRuns: 1500, endOnFailure: true },
    );
    // Both answers came up often, or the property proved little.
    expect(Math.min(accepted, rejected)).toBeGreaterThan(200);
  });

  it('accepts every record of the generator and the seed corpus as zod does', () => {
    for (const type of TYPES) {
      for (const value of pools[type]) {
        const { fast, slow, zod } = both(type, value);
        expect(zod.diagnostics).toEqual([]);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
      }
    }
  });
});

// ---- The line-level property: a JSONL file through the loader, with and without the fast path.

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-fast-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A key of the line given twice, a `$type`, or spaces around the colons: what the text may hold. */
const textChange: fc.Arbitrary<TextChange> = fc.oneof(
  fc.constant<'none'>('none'),
  fc.record({ duplicate: fc.nat() }),
  fc.constantFrom<'$type' | 'spaces' | 'blank'>('$type', 'spaces', 'blank'),
);

type TextChange = 'none' | '$type' | 'spaces' | 'blank' | { duplicate: number };

function lineOf(value: unknown, type: EntityType, change: TextChange): string {
  const text = JSON.stringify(value) ?? 'null';
  if (change === 'spaces') return text.replaceAll('":', '" : ');
  if (change === '$type') return text.replace(/^\{/, `{"$type":"${type}",`);
  if (change === 'blank') return '   ';
  if (typeof change === 'object' && value !== null && typeof value === 'object') {
    // The same key again, with another value, at the start of the outermost object or of a nested one.
    const objects = [...text.matchAll(/\{"([^"\\]+)":/g)];
    const hit = objects[change.duplicate % Math.max(1, objects.length)];
    if (hit?.index !== undefined) return `${text.slice(0, hit.index + 1)}"${hit[1]}":0,${text.slice(hit.index + 1)}`;
  }
  return text;
}

/** A JSONL file's records and diagnostics, through the whole loader, fast path or not. */
function load(file: string, fast: boolean) {
  const diagnostics: Diagnostic[] = [];
  const intern = new Interner();
  const raw = fast
    ? [...corpusRecords(dir, [file], diagnostics, undefined, intern)].flat()
    : [...readJsonlRecords(join(dir, file), file, diagnostics)].flat();
  const added = collectRecords(raw, diagnostics, undefined, false, preparer(dir, diagnostics, undefined, intern));
  const all = [
    ...(added.actors ?? []),
    ...(added.sources ?? []),
    ...(added.claims ?? []),
    ...(added.attributions ?? []),
  ];
  return {
    records: all.map((e) => JSON.stringify(e.record)),
    lines: all.map((e) => e.origin?.locate()?.line),
    diagnostics,
    fastRecords: raw.filter((r) => r.checked).length,
  };
}

const FILE_OF: Record<EntityType, string> = {
  actor: 'actors.jsonl',
  source: 'sources.jsonl',
  claim: 'claims.jsonl',
  attribution: 'attributions.jsonl',
};

describe('a JSONL load through the generated validator', () => {
  it('gives the records and diagnostics (file, line, column, path, words) the zod path gives', () => {
    let fastSeen = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES),
        fc.array(fc.tuple(records, textChange), { minLength: 1, maxLength: 6 }),
        (type, lines) => {
          const file = FILE_OF[type];
          const text = lines
            .map(([r, change]) => lineOf(r.type === type ? r.value : pools[type][0], type, change))
            .join('\n');
          writeFileSync(join(dir, file), text);
          const fast = load(file, true);
          const slow = load(file, false);
          fastSeen += fast.fastRecords;
          expect(slow.fastRecords).toBe(0);
          expect(fast.records).toEqual(slow.records);
          expect(fast.lines).toEqual(slow.lines);
          expect(fast.diagnostics).toEqual(slow.diagnostics);
        },
      ),
      { numRuns: 300, endOnFailure: true },
    );
    // The fast path was taken, or the property proved nothing about it.
    expect(fastSeen).toBeGreaterThan(100);
  });
});
