import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { openCorpusDatabase, PARQUET_COLUMNS, writeCorpusParquet } from '../../src/duckdb/index.js';
import { writeGeneratedCorpusSync } from '../../src/generate/write-generated-corpus.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

async function readBack(dir: string) {
  const db = await openCorpusDatabase(dir);
  try {
    return {
      actors: await db.records('actor'),
      sources: await db.records('source'),
      claims: await db.records('claim'),
      attributions: await db.records('attribution'),
      stats: await db.stats(),
    };
  } finally {
    await db.close();
  }
}

function expectSameRecords(back: Awaited<ReturnType<typeof readBack>>, corpus: Corpus) {
  expect(back.actors).toStrictEqual(corpus.actors);
  expect(back.sources).toStrictEqual(corpus.sources);
  expect(back.claims).toStrictEqual(corpus.claims);
  expect(back.attributions).toStrictEqual(corpus.attributions);
}

describe('Parquet export', () => {
  it('reads the bundled corpus back to the same records', async () => {
    const corpus = await loadCorpus();
    const dir = tempCorpus({});
    const { counts } = await writeCorpusParquet(corpus, dir);
    expect(counts.attribution).toBe(corpus.attributions.length);
    expectSameRecords(await readBack(dir), corpus);
  });

  it('reads a generated corpus back to the same records, from Parquet and from its JSONL in place', async () => {
    const jsonl = tempCorpus({});
    writeGeneratedCorpusSync(jsonl, { attributions: 3000, seed: 11 });
    const corpus = await loadCorpus(jsonl);
    expect(corpus.diagnostics).toEqual([]);
    const fromJsonl = await readBack(jsonl);
    expectSameRecords(fromJsonl, corpus);
    const parquet = tempCorpus({});
    await writeCorpusParquet(corpus, parquet);
    const fromParquet = await readBack(parquet);
    expectSameRecords(fromParquet, corpus);
    expect(fromParquet.stats).toEqual({ ...corpus.stats(), diagnostics: 0 });
    expect(fromJsonl.stats).toEqual(corpus.stats());
  });

  it('writes the typed columns docs/interop.md lists', async () => {
    const dir = tempCorpus({});
    await writeCorpusParquet(await loadCorpus(), dir);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(
      `DESCRIBE SELECT * FROM read_parquet('${join(dir, 'attributions.parquet')}')`,
    );
    const types = Object.fromEntries(reader.getRowObjectsJS().map((r) => [r.column_name, r.column_type]));
    connection.closeSync();
    instance.closeSync();
    expect(Object.keys(types)).toEqual(Object.keys(PARQUET_COLUMNS.attribution));
    expect(types.via).toBe('STRUCT("type" VARCHAR, id VARCHAR, attribution VARCHAR)[]');
    expect(types.said).toBe('VARCHAR');
    expect(types.quotes).toMatch(/^STRUCT\(/);
  });
});
