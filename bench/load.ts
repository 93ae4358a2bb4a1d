/**
 * Validating load against the floor of any loader that keeps its records: `npm run bench:load`,
 * or `BENCH_SIZES=10000,100000 npm run bench:load`. For each size a corpus is generated into a
 * temporary directory and read by: every line through JSON.parse with the objects kept (1.00×),
 * `loadCorpusSync` and `loadCorpus` (every record validated), SQLite (better-sqlite3, bulk insert
 * of the same lines) and DuckDB (`read_json` of the same files into tables, the columns inferred
 * from every line: `sample_size = -1`). A ratio is the
 * throughput as a share of JSON.parse with objects kept: above 1 is faster. Timings are the best
 * of a few runs, since other work on a shared machine only ever makes a run slower.
 * `BENCH_SQLITE=0` skips SQLite (better-sqlite3 is built from source on first use).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, loadCorpusSync } from '../src/corpus/load-corpus.js';
import { writeGeneratedCorpusSync } from '../src/generate/write-generated-corpus.js';
import { readLinesSync } from '../src/load/read-lines.js';
import { bestOf, collect, fmt, load } from './measure.js';
import { loadIntoSqlite, sqlite } from './sqlite.js';

const FILES = ['actors.jsonl', 'sources.jsonl', 'claims.jsonl', 'attributions.jsonl'];
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map((s) => Number(s.trim()));
const runsFor = (n: number) => (n <= 10_000 ? 5 : n <= 100_000 ? 3 : 1);

interface DuckDb {
  DuckDBInstance: {
    create(path: string): Promise<{
      connect(): Promise<{ run(sql: string): Promise<unknown>; closeSync(): void }>;
    }>;
  };
}

/** Every line of the corpus through JSON.parse, every object kept: the floor. */
function parseKept(dir: string): number {
  const kept: unknown[] = [];
  for (const file of FILES)
    for (const { text } of readLinesSync(join(dir, file))) if (text !== '') kept.push(JSON.parse(text));
  return kept.length;
}

/** The same files into DuckDB tables with read_json; milliseconds, best of `runs`. */
async function duckdb(dir: string, runs: number): Promise<number | string> {
  let api: DuckDb;
  try {
    api = createRequire(import.meta.url)('@duckdb/node-api') as DuckDb;
  } catch (error) {
    return `@duckdb/node-api not available (${(error as Error).message.split('\n')[0]})`;
  }
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    collect();
    const instance = await api.DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const start = performance.now();
    for (const file of FILES) {
      const table = file.replace('.jsonl', '');
      await connection.run(
        `CREATE TABLE ${table} AS SELECT * FROM read_json('${join(dir, file)}', format = 'newline_delimited', sample_size = -1, maximum_object_size = 1073741824)`,
      );
    }
    best = Math.min(best, performance.now() - start);
    connection.closeSync();
  }
  return best;
}

async function asyncBest(runs: number, f: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    await f();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const rows: string[][] = [];
const ratios: { n: number; sync: number; async: number }[] = [];
for (const n of sizes) {
  const runs = runsFor(n);
  const dir = mkdtempSync(join(tmpdir(), `claimtrail-bench-load-${n}-`));
  const log = (what: string) => process.stderr.write(`bench:load ${fmt.int(n)}: ${what}\n`);
  try {
    log('generating');
    const { bytes } = writeGeneratedCorpusSync(dir, { attributions: n, seed: 1 });
    const startLoad = load();
    log('JSON.parse, objects kept');
    const floor = bestOf(runs, () => parseKept(dir));
    log('loadCorpusSync');
    // The load alone, as for loadCorpus below: stats() would add a pass over every record.
    const syncMs = bestOf(runs, () => loadCorpusSync(dir).store.attributions.size).ms;
    log('loadCorpus');
    const asyncMs = await asyncBest(Math.min(runs, 2), () => loadCorpus(dir));
    log('SQLite');
    const Database = process.env.BENCH_SQLITE === '0' ? 'skipped (BENCH_SQLITE=0)' : sqlite();
    const sqliteMs =
      typeof Database === 'string' ? Database : bestOf(runs, () => loadIntoSqlite(Database, dir).db.close()).ms;
    log('DuckDB');
    const duckMs = await duckdb(dir, runs);
    ratios.push({ n, sync: floor.ms / syncMs, async: floor.ms / asyncMs });
    const cell = (ms: number | string) =>
      typeof ms === 'string' ? 'n/a' : `${fmt.ms(ms)} (${fmt.ratio(floor.ms / ms)})`;
    rows.push([
      fmt.int(n),
      `${fmt.int(floor.result)} lines, ${fmt.mb(bytes)}`,
      `${fmt.ms(floor.ms)} (1.00×)`,
      cell(syncMs),
      cell(asyncMs),
      cell(sqliteMs),
      cell(duckMs),
      `${startLoad} → ${load()}`,
    ]);
    if (typeof sqliteMs === 'string') process.stderr.write(`bench:load: SQLite: ${sqliteMs}\n`);
    if (typeof duckMs === 'string') process.stderr.write(`bench:load: DuckDB: ${duckMs}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const head = [
  'attributions',
  'input',
  'JSON.parse, objects kept',
  'loadCorpusSync',
  'loadCorpus',
  'SQLite bulk load',
  'DuckDB read_json',
  'load average',
];
process.stdout.write(
  `claimtrail bench:load — node ${process.version}, ${new Date().toISOString().slice(0, 10)}; time (throughput as a share of JSON.parse with objects kept)\n\n`,
);
process.stdout.write(
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n'),
);
process.stdout.write('\n');
// The aim of issue 18: a validating load at 0.6 of JSON.parse's throughput or more.
for (const { n, sync, async } of ratios) {
  process.stdout.write(
    `\n${fmt.int(n)} attributions: validating load: ${sync.toFixed(2)}x (loadCorpusSync), ${async.toFixed(2)}x (loadCorpus) of JSON.parse (target >= 0.6x): ${Math.min(sync, async) >= 0.6 ? 'met' : 'NOT met'}`,
  );
}
process.stdout.write('\n');
