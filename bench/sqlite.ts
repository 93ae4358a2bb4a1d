/**
 * The SQLite side of the benchmark: the same corpus bulk-loaded into an in-memory database with
 * better-sqlite3, which lives in bench/sqlite (its own project, so that a failed native build
 * never breaks installing claimtrail). It is installed on first use with `npm --prefix bench/sqlite ci`.
 */

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLinesSync } from '../src/load/read-lines.js';

const here = dirname(fileURLToPath(import.meta.url));
const project = join(here, 'sqlite');

interface Statement {
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
  pluck(on?: boolean): Statement;
}
interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  transaction<T extends (...args: never[]) => unknown>(f: T): T;
  pragma(sql: string, options?: { simple: boolean }): unknown;
  close(): void;
}
type DatabaseConstructor = new (file: string) => Database;

let loaded: DatabaseConstructor | string | undefined;

/** better-sqlite3, installed on demand; a string saying why not when it cannot be had. */
export function sqlite(): DatabaseConstructor | string {
  if (loaded !== undefined) return loaded;
  const require = createRequire(join(project, 'package.json'));
  const attempt = () => require('better-sqlite3') as DatabaseConstructor;
  try {
    loaded = attempt();
  } catch {
    process.stderr.write('bench: installing better-sqlite3 into bench/sqlite (npm --prefix bench/sqlite ci)…\n');
    const install = spawnSync('npm', ['--prefix', project, 'ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
    try {
      if (install.status !== 0) throw new Error(`npm ci exited with ${install.status}`);
      loaded = attempt();
    } catch (error) {
      loaded = `better-sqlite3 could not be installed or built (${(error as Error).message.split('\n')[0]})`;
    }
  }
  return loaded;
}

const TABLES = {
  actors: 'CREATE TABLE actors (id TEXT PRIMARY KEY, kind TEXT, name TEXT, json TEXT)',
  sources: 'CREATE TABLE sources (id TEXT PRIMARY KEY, publisher TEXT, published TEXT, json TEXT)',
  claims: 'CREATE TABLE claims (id TEXT PRIMARY KEY, subject TEXT, predicate TEXT, json TEXT)',
  attributions:
    'CREATE TABLE attributions (id TEXT PRIMARY KEY, claim TEXT, source TEXT, speaker TEXT, mode TEXT, said TEXT, json TEXT)',
};

/** An in-memory database holding the corpus, with an index on speaker. */
export interface SqliteCorpus {
  readonly db: Database;
  /** The JSON text of a speaker's attributions. */
  readonly bySpeaker: Statement;
  readonly bytes: number;
}

/**
 * Bulk-loads the four JSONL files into an in-memory database: each line parsed once for its key
 * columns and stored with its JSON, in one transaction per table, then the speaker index built.
 */
export function loadIntoSqlite(Database: DatabaseConstructor, dir: string): SqliteCorpus {
  const db = new Database(':memory:');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  for (const sql of Object.values(TABLES)) db.exec(sql);
  const insert = {
    actors: db.prepare('INSERT INTO actors VALUES (?, ?, ?, ?)'),
    sources: db.prepare('INSERT INTO sources VALUES (?, ?, ?, ?)'),
    claims: db.prepare('INSERT INTO claims VALUES (?, ?, ?, ?)'),
    attributions: db.prepare('INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?)'),
  };
  const row = {
    actors: (r: Record<string, unknown>) => [r.id, r.kind, r.name],
    sources: (r: Record<string, unknown>) => [r.id, r.publisher ?? null, r.published ?? null],
    claims: (r: Record<string, unknown>) => [
      r.id,
      typeof r.subject === 'string' ? r.subject : JSON.stringify(r.subject),
      r.predicate,
    ],
    attributions: (r: Record<string, unknown>) => [r.id, r.claim, r.source, r.speaker, r.mode, r.said ?? null],
  };
  for (const table of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
    const load = db.transaction(() => {
      for (const { text } of readLinesSync(join(dir, `${table}.jsonl`))) {
        if (text === '') continue;
        insert[table].run(...row[table](JSON.parse(text) as Record<string, unknown>), text);
      }
    });
    load();
  }
  db.exec('CREATE INDEX attributions_speaker ON attributions (speaker)');
  const pages = Number(db.pragma('page_count', { simple: true }));
  const size = Number(db.pragma('page_size', { simple: true }));
  return { db, bySpeaker: db.prepare('SELECT json FROM attributions WHERE speaker = ?').pluck(), bytes: pages * size };
}
