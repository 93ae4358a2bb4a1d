import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBNotInstalledError } from '../../src/duckdb/errors.js';
import { loadDuckDB } from '../../src/duckdb/internal/load-duckdb.js';
import { writeGeneratedCorpusSync } from '../../src/generate/write-generated-corpus.js';
import { run, useCleanCliState } from '../cli/run.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

useCleanCliState();

describe('claimtrail --engine duckdb', () => {
  it('answers quotes, contradictions, stats and check as the in-memory engine does, on JSONL and on its Parquet export', async () => {
    const jsonl = tempCorpus({});
    writeGeneratedCorpusSync(jsonl, { attributions: 400, seed: 3 });
    const parquet = join(tempCorpus({}), 'parquet');
    const exported = await run('export', jsonl, '--format', 'parquet', '--out', parquet);
    expect(exported.stdout).toContain('400 attributions');
    const speaker = 'aaron-abe';
    const memory = {
      quotes: await run('quotes', jsonl, '--speaker', speaker, '--json'),
      contradictions: await run('contradictions', jsonl, '--json'),
      stats: JSON.parse((await run('stats', jsonl, '--json')).stdout),
    };
    expect(JSON.parse(memory.quotes.stdout).length).toBeGreaterThan(0);
    for (const dir of [jsonl, parquet]) {
      const quotes = await run('quotes', dir, '--speaker', speaker, '--json', '--engine', 'duckdb');
      expect(quotes.stdout).toBe(memory.quotes.stdout);
      const contradictions = await run('contradictions', dir, '--json', '--engine', 'duckdb');
      expect(contradictions.stdout).toBe(memory.contradictions.stdout);
      expect(JSON.parse((await run('stats', dir, '--json', '--engine', 'duckdb')).stdout)).toEqual(memory.stats);
      const checked = await run('check', dir, '--json', '--engine', 'duckdb');
      expect([
        checked.code,
        JSON.parse(checked.stdout).filter((d: { severity: string }) => d.severity === 'error'),
      ]).toEqual([0, []]);
    }
  });

  it('says in one sentence what a directory without a corpus lacks, and which rules it does not run', async () => {
    const empty = tempCorpus({ 'notes.txt': 'nothing here' });
    const missing = await run('quotes', empty, '--engine', 'duckdb');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^claimtrail: .* is not a corpus directory the DuckDB engine reads: .*missing actors\.parquet/,
    );
    const rule = await run('check', empty, '--engine', 'duckdb', '--rule', 'quote-not-in-source');
    expect([rule.code, rule.stderr]).toEqual([
      2,
      'claimtrail: the DuckDB engine does not run quote-not-in-source; it runs duplicate-id, unknown-reference, said-after-published, cited-source-published-later, role-not-held, orphan\n',
    ]);
  });

  it('names the package to install when @duckdb/node-api is missing', async () => {
    const notFound = Object.assign(new Error("Cannot find package '@duckdb/node-api' imported from dist/duckdb.js"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const failure = loadDuckDB(() => Promise.reject(notFound));
    await expect(failure).rejects.toBeInstanceOf(DuckDBNotInstalledError);
    await expect(failure).rejects.toMatchObject({
      code: 'duckdb-not-installed',
      message:
        'The DuckDB engine needs the optional package @duckdb/node-api: install it with "npm install @duckdb/node-api".',
    });
  });
});
