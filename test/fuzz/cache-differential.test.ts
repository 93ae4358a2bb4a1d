/**
 * Differential fuzzing of the persistent index: for every input, a small corpus is indexed, then
 * changed (edits of the same size, appends, new and removed files, symbolic links in and out of
 * the corpus, pipes, a text file turned into a folder, a damaged snapshot or manifest), sometimes
 * while the index is being written (the change lands between the load and the write, as a
 * concurrent edit would). A cached load must then give exactly what a fresh load gives, twice
 * over (the second time from whatever cache the first wrote), and never throw or block.
 *
 * CACHE_FUZZ_RUNS sets the number of inputs (300 by default; `npm run fuzz` runs 100000),
 * FUZZ_SEED the seed (fixed by default, so CI is reproducible).
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndexCacheSync, writeIndexCache } from '../../src/cache/build-index-cache.js';
import { takeCorpusInputs } from '../../src/cache/corpus-inputs.js';
import { type CacheOutcome, loadCorpusCachedSync } from '../../src/cache/load-corpus-cached.js';
import { CACHE_DIR, MANIFEST_FILE, SNAPSHOT_FILE } from '../../src/cache/manifest.js';
import { loadRoot } from '../../src/corpus/load-corpus.js';
import { observable } from '../helpers/observable.js';

const RUNS = Number(process.env.CACHE_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20240915);

const TEMPLATE: Record<string, string> = {
  'actors.yaml':
    'actors:\n  - { id: alice, name: Alice Example, kind: person }\n  - { id: bob, name: Bob Example, kind: person }\n',
  'sources.yaml':
    'sources:\n  - { id: s1, kind: article, title: One, published: "2024-01-02", textFile: texts/a.txt }\n  - { id: s2, kind: article, title: Two, textFile: texts/b.txt }\n',
  'more/claims.json': JSON.stringify({ claims: [{ id: 'c1', text: 'The sky is green.' }] }),
  'attributions.jsonl': [
    { id: 'a1', claim: 'c1', source: 's1', speaker: 'alice', mode: 'direct', quote: 'The sky is green' },
    { id: 'a2', claim: 'c1', source: 's2', speaker: 'bob', mode: 'summary' },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n')
    .concat('\n'),
  'texts/a.txt': 'Alice Example said: "The sky is green".\n',
  'texts/b.txt': 'Bob Example agreed.\n',
};
const PATHS = Object.keys(TEMPLATE);
const OUTSIDE = mkdtempSync(join(tmpdir(), 'claimtrail-outside-'));
writeFileSync(join(OUTSIDE, 'evil.yaml'), 'actors:\n  - { id: eve, name: Eve, kind: person }\n');
writeFileSync(join(OUTSIDE, 'secret.txt'), 'Alice Example said: "The sky is green".\n');

type Op =
  | { op: 'flip'; file: number; at: number; to: number }
  | { op: 'append'; file: number }
  | { op: 'remove'; file: number }
  | { op: 'touch'; file: number }
  | { op: 'add' }
  | { op: 'link-in'; file: number }
  | { op: 'link-out' }
  | { op: 'fifo' }
  | { op: 'text-to'; file: 0 | 1; what: 'folder' | 'fifo' | 'link-out' | 'link-in' }
  | { op: 'link-dir' }
  | { op: 'damage'; which: 'snapshot' | 'manifest'; at: number; to: number }
  | { op: 'truncate'; which: 'snapshot' | 'manifest' };

const file = fc.nat(PATHS.length - 1);
const arbOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), file, at: fc.nat(), to: fc.integer({ min: 0x20, max: 0x7e }) }),
  fc.record({ op: fc.constant('append' as const), file }),
  fc.record({ op: fc.constant('remove' as const), file }),
  fc.record({ op: fc.constant('touch' as const), file }),
  fc.record({ op: fc.constant('add' as const) }),
  fc.record({ op: fc.constant('link-in' as const), file }),
  fc.record({ op: fc.constant('link-out' as const) }),
  fc.record({ op: fc.constant('fifo' as const) }),
  fc.record({
    op: fc.constant('text-to' as const),
    file: fc.constantFrom(0 as const, 1 as const),
    what: fc.constantFrom('folder' as const, 'fifo' as const, 'link-out' as const, 'link-in' as const),
  }),
  fc.record({ op: fc.constant('link-dir' as const) }),
  fc.record({
    op: fc.constant('damage' as const),
    which: fc.constantFrom('snapshot' as const, 'manifest' as const),
    at: fc.nat(),
    to: fc.nat(255),
  }),
  fc.record({ op: fc.constant('truncate' as const), which: fc.constantFrom('snapshot' as const, 'manifest' as const) }),
);

/** Pipes made in batches by one `mkfifo` call and moved into place: a process per pipe is slow. */
const pipes: string[] = [];
let pipeBatch = 0;
function fifoAt(path: string): void {
  if (pipes.length === 0) {
    const made = Array.from({ length: 200 }, (_, i) => join(OUTSIDE, `pipe-${pipeBatch}-${i}`));
    pipeBatch++;
    execFileSync('mkfifo', made);
    pipes.push(...made);
  }
  renameSync(pipes.pop() as string, path);
}

const stats = { inputs: 0, races: 0, cacheUsed: 0, crashes: 0, staleLoads: 0, silentDrops: 0 };

afterAll(() => {
  rmSync(OUTSIDE, { recursive: true, force: true });
  console.log(
    `cache differential fuzz: ${stats.inputs} inputs (seed ${SEED}), ${stats.races} with a change during indexing; ` +
      `index used ${stats.cacheUsed} times; ${stats.crashes} crashes, ${stats.staleLoads} stale loads, ${stats.silentDrops} silent drops`,
  );
});

const regular = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

function apply(dir: string, op: Op, serial: number): void {
  const target = (i: number) => join(dir, PATHS[i] as string);
  const fresh = (path: string) => rmSync(path, { recursive: true, force: true });
  switch (op.op) {
    case 'flip': {
      const path = target(op.file);
      if (!regular(path)) return;
      const bytes = readFileSync(path);
      if (bytes.length === 0) return;
      bytes[op.at % bytes.length] = op.to;
      writeFileSync(path, bytes);
      return;
    }
    case 'append':
      if (regular(target(op.file))) appendFileSync(target(op.file), ' ');
      return;
    case 'remove':
      fresh(target(op.file));
      return;
    case 'touch':
      if (regular(target(op.file))) utimesSync(target(op.file), new Date(), new Date(2000 + serial, 0, 1));
      return;
    case 'add':
      writeFileSync(
        join(dir, `added${serial}.yaml`),
        `actors:\n  - { id: added${serial}, name: Added, kind: person }\n`,
      );
      return;
    case 'link-in':
      symlinkSync(target(op.file), join(dir, `link${serial}.yaml`));
      return;
    case 'link-out':
      symlinkSync(join(OUTSIDE, 'evil.yaml'), join(dir, `out${serial}.yaml`));
      return;
    case 'fifo':
      fifoAt(join(dir, `pipe${serial}.jsonl`));
      return;
    case 'text-to': {
      const path = join(dir, op.file === 0 ? 'texts/a.txt' : 'texts/b.txt');
      fresh(path);
      mkdirSync(dirname(path), { recursive: true });
      if (op.what === 'folder') mkdirSync(path);
      else if (op.what === 'fifo') fifoAt(path);
      else if (op.what === 'link-out') symlinkSync(join(OUTSIDE, 'secret.txt'), path);
      else {
        writeFileSync(join(dir, `texts/real${serial}.txt`), 'Alice Example said: "The sky is green".\n');
        symlinkSync(join(dir, `texts/real${serial}.txt`), path);
      }
      return;
    }
    case 'link-dir':
      symlinkSync(OUTSIDE, join(dir, `folder${serial}`));
      return;
    case 'damage':
    case 'truncate': {
      const path = join(dir, CACHE_DIR, op.which === 'snapshot' ? SNAPSHOT_FILE : MANIFEST_FILE);
      if (!regular(path)) return;
      const bytes = readFileSync(path);
      if (op.op === 'truncate') writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
      else {
        bytes[op.at % bytes.length] = op.to;
        writeFileSync(path, bytes);
      }
      return;
    }
  }
}

const recordCount = (o: ReturnType<typeof observable>) =>
  o.actors.length + o.sources.length + o.claims.length + o.attributions.length;

/** One cached load compared with a fresh one; counts what went wrong before asserting. */
function compare(dir: string): void {
  let outcome: CacheOutcome | undefined;
  let cached: ReturnType<typeof observable>;
  try {
    cached = observable(loadCorpusCachedSync(dir, { onOutcome: (o) => (outcome = o) }));
  } catch (error) {
    stats.crashes++;
    throw error;
  }
  const fresh = observable(loadRoot(dir).corpus);
  if (outcome?.used) stats.cacheUsed++;
  if (JSON.stringify(cached) !== JSON.stringify(fresh)) {
    stats.staleLoads++;
    if (recordCount(cached) < recordCount(fresh)) stats.silentDrops++;
  }
  expect(cached).toEqual(fresh);
}

function runInput(ops: readonly Op[], race: Op | undefined): void {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cache-fuzz-'));
  try {
    for (const [path, content] of Object.entries(TEMPLATE)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    stats.inputs++;
    if (race === undefined) buildIndexCacheSync(dir);
    else {
      // A change that lands after the load read the files and before the index is written.
      stats.races++;
      const before = takeCorpusInputs(dir, 'hash');
      if ('reason' in before) throw new Error(before.reason);
      const { corpus } = loadRoot(dir);
      apply(dir, race, 100);
      writeIndexCache(dir, corpus, before);
    }
    ops.forEach((op, serial) => {
      apply(dir, op, serial);
    });
    compare(dir);
    compare(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the persistent index against a fresh load', () => {
  it(
    `gives what a fresh load gives on ${RUNS} changed corpora: no exception, no stale or partial load`,
    () => {
      fc.assert(
        fc.property(
          fc.array(arbOp, { minLength: 0, maxLength: 3 }),
          fc.option(arbOp, { nil: undefined, freq: 2 }),
          runInput,
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
    60_000 + RUNS * 1_000,
  );
});
