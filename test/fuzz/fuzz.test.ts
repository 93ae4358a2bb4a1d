/**
 * Fuzzing the loader and the checker with mutated copies of the seed corpus files (byte flips,
 * truncation, duplicated, deleted and swapped lines, odd tokens, bad bytes, broken indentation).
 * For every input: no exception escapes, Object.prototype is untouched, every diagnostic is
 * well-formed and points into the corpus, and every record the mutated file still holds (as an
 * independent parser reads it) either loads or is named by a diagnostic.
 *
 * FUZZ_RUNS sets the number of inputs (30 in `npm test`, a smoke run; `npm run fuzz` runs 100000),
 * FUZZ_SEED the seed (fixed by default, so CI is reproducible).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { bundledCorpusDir, check, type Diagnostic, loadCorpusSync, schemas } from '../../src/index.js';
import { unaccounted } from '../helpers/accounting.js';
import { arbMutation, mutate } from './mutate.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20240915);
const COLLECTIONS = ['actors', 'sources', 'claims', 'attributions'] as const;
const TYPE_OF = { actors: 'actor', sources: 'source', claims: 'claim', attributions: 'attribution' } as const;

const data = bundledCorpusDir();
const read = (path: string) => new Uint8Array(readFileSync(join(data, path)));
const sourceFiles = readdirSync(join(data, 'sources'))
  .sort()
  .map((f) => `sources/${f}`);
const textFiles = readdirSync(join(data, 'texts'))
  .sort()
  .map((f) => `texts/${f}`);

/** The seed of a JSON and of a JSONL file: one article's records in those formats. */
function otherFormats(): { path: string; bytes: Uint8Array }[] {
  const yamlPath = sourceFiles[2] as string;
  const value = parseDocument(readFileSync(join(data, yamlPath), 'utf8')).toJS() as Record<string, unknown[]>;
  const lines: string[] = [];
  for (const key of COLLECTIONS)
    for (const record of value[key] ?? []) lines.push(JSON.stringify({ $type: TYPE_OF[key], ...(record as object) }));
  const encoder = new TextEncoder();
  return [
    { path: yamlPath.replace(/\.yaml$/, '.json'), bytes: encoder.encode(JSON.stringify(value, null, 2)) },
    { path: yamlPath.replace(/\.yaml$/, '.jsonl'), bytes: encoder.encode(`${lines.join('\n')}\n`) },
  ];
}

const SEEDS: { path: string; bytes: Uint8Array }[] = [
  { path: 'actors.yaml', bytes: read('actors.yaml') },
  ...sourceFiles.map((path) => ({ path, bytes: read(path) })),
  ...otherFormats(),
  { path: textFiles[2] as string, bytes: read(textFiles[2] as string) },
];

const stats = { inputs: 0, loadedClean: 0, reported: 0, records: 0, diagnostics: 0 };
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

afterAll(() => {
  console.log(
    `fuzz: ${stats.inputs} inputs (seed ${SEED}); ` +
      `${stats.reported} gave diagnostics, ${stats.loadedClean} loaded cleanly; ` +
      `${stats.records} records loaded, ${stats.diagnostics} diagnostics in all`,
  );
});

/** Writes the corpus of one fuzz input: the mutated file plus what it needs around it. */
function writeInput(dir: string, mutated: { path: string; bytes: Uint8Array }): void {
  const files = new Map<string, Uint8Array>();
  files.set('actors.yaml', read('actors.yaml'));
  const companion = mutated.path.startsWith('sources/') ? undefined : (sourceFiles[2] as string);
  if (companion) files.set(companion, read(companion));
  for (const text of textFiles) files.set(text, read(text));
  files.set(mutated.path, mutated.bytes);
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
}

function checkDiagnostics(diagnostics: readonly Diagnostic[], dir: string, lineCounts: Map<string, number>): void {
  for (const d of diagnostics) {
    expect(schemas.Diagnostic.safeParse(d).success, JSON.stringify(d)).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(/\[object Object\]|\bundefined\b/);
    if (d.file !== undefined) {
      expect(() => readFileSync(join(dir, d.file as string)), d.file).not.toThrow();
      const lines = lineCounts.get(d.file);
      if (lines !== undefined && d.line !== undefined) expect(d.line, d.message).toBeLessThanOrEqual(lines + 1);
    }
  }
}

function runInput(seedIndex: number, mutations: readonly Parameters<typeof mutate>[1][]): void {
  const seed = SEEDS[seedIndex % SEEDS.length] as (typeof SEEDS)[number];
  let bytes = seed.bytes;
  for (const m of mutations) bytes = mutate(bytes, m);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-fuzz-'));
  try {
    writeInput(dir, { path: seed.path, bytes });
    const corpus = loadCorpusSync(dir);
    const found = check(corpus);
    stats.inputs++;
    stats.records += corpus.actors.length + corpus.sources.length + corpus.claims.length + corpus.attributions.length;
    stats.diagnostics += found.length;
    if (corpus.diagnostics.length > 0) stats.reported++;
    else stats.loadedClean++;

    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const lineCounts = new Map<string, number>();
    for (const file of corpus.files) lineCounts.set(file, readFileSync(join(dir, file), 'utf8').split('\n').length);
    checkDiagnostics(corpus.diagnostics, dir, lineCounts);
    checkDiagnostics(found, dir, lineCounts);

    if (seed.path.startsWith('texts/')) return;
    const missing = unaccounted(corpus, seed.path, bytes);
    expect(
      missing,
      `records of ${seed.path} neither loaded nor reported: ${JSON.stringify(corpus.diagnostics)}`,
    ).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('fuzzing the loader and the checker with mutated seed files', () => {
  it(
    `survives ${RUNS} mutated inputs: no exception, no pollution, nothing dropped silently`,
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.array(arbMutation, { minLength: 1, maxLength: 4 }), (seedIndex, mutations) =>
          runInput(seedIndex, mutations),
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: false },
      );
    },
    60_000 + RUNS * 1_000,
  );
});
