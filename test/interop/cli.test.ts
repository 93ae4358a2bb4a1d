import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerExport } from '../../src/cli/export-command.js';
import { registerImport } from '../../src/cli/import-command.js';
import { CliExit } from '../../src/cli/io.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { parseCsv } from './helpers/csv.js';

/** Runs `claimtrail <argv>` with only the export and import commands, capturing its output. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const program = new Command('claimtrail').exitOverride().configureOutput({
    writeOut: (s) => {
      stdout += s;
    },
    writeErr: (s) => {
      stderr += s;
    },
  });
  registerExport(program);
  registerImport(program);
  process.exitCode = undefined;
  let code = 0;
  try {
    await program.parseAsync(argv, { from: 'user' });
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CliExit) {
      stderr += `claimtrail: ${error.message}\n`;
      code = error.exitCode;
    } else if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : 2;
    else throw error;
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
  return { code, stdout, stderr };
}

afterEach(() => {
  process.exitCode = undefined;
});

const seed = await loadCorpus();

describe('claimtrail export', () => {
  it('prints CSV of the bundled corpus', async () => {
    const { code, stdout } = await run(['export', '--format', 'csv']);
    expect(code).toBe(0);
    expect(parseCsv(stdout)).toHaveLength(seed.attributions.length + 1);
  });

  it('writes JSON-LD to --out and says so', async () => {
    const dir = tempCorpus({});
    const file = join(dir, 'claims.jsonld');
    const { code, stdout } = await run(['export', '--format', 'claimreview', '--out', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote claimreview to .*claims\.jsonld \(\d+ bytes\)\.\n$/);
    expect(JSON.parse(readFileSync(file, 'utf8'))['@graph']).toHaveLength(seed.claims.length);
  });

  it.each([
    ['prov', (t: string) => JSON.parse(t)['@context'].prov],
    ['annotations', (t: string) => JSON.parse(t).type],
    ['jsonl', (t: string) => JSON.parse(t.split('\n')[0] as string).attributionId],
    ['quotebank', (t: string) => JSON.parse(t.split('\n')[0] as string).quoteID],
  ])('writes %s', async (format, probe) => {
    const { code, stdout } = await run(['export', '--format', format, '--quoted-only']);
    expect(code).toBe(0);
    expect(probe(stdout)).toBeTruthy();
  });

  it('refuses an unknown format and names the ones it knows', async () => {
    const { code, stderr } = await run(['export', '--format', 'rdfxml']);
    expect(code).toBe(2);
    expect(stderr).toContain('claimreview, prov, annotations, csv, jsonl, quotebank');
  });

  it('warns on stderr when records could not be loaded, and exports the rest', async () => {
    const dir = tempCorpus({
      'a.yaml': 'actors:\n  - { id: ann, kind: person, name: Ann }\n  - { id: Bad Id, kind: person, name: B }\n',
    });
    const { code, stdout, stderr } = await run(['export', dir, '--format', 'prov']);
    expect(code).toBe(0);
    expect(stderr).toContain('kept records out of the corpus');
    expect(JSON.parse(stdout)['@graph']).toHaveLength(1);
  });

  it('reports a directory that does not exist with exit code 2', async () => {
    const { code, stderr } = await run(['export', '/nonexistent/corpus', '--format', 'csv']);
    expect(code).toBe(2);
    expect(stderr).toContain('does not exist');
  });
});

describe('claimtrail import', () => {
  const quotebank = [
    '{"quoteID":"q-1","quotation":"We are ready.","speaker":"Ann Example","qids":["Q9"],"date":"2021-03-04 10:00:00","numOccurrences":2,"probas":[["Ann Example","0.7"],["None","0.3"]],"urls":["https://news.example/a"]}',
    '{"quoteID":"q-2","quotation":"Unattributed.","speaker":"None","qids":[],"date":"2021-03-04 10:00:00","numOccurrences":1,"probas":[["None","0.9"]],"urls":["https://news.example/b"]}',
    'not json',
  ].join('\n');

  it('writes a corpus file that loads, reports bad lines and exits 1', async () => {
    const dir = tempCorpus({ 'in/sample.jsonl': quotebank });
    const out = join(dir, 'corpus');
    const { code, stdout } = await run(['import', '--from', 'quotebank', join(dir, 'in/sample.jsonl'), '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toContain('Imported 1 actor, 1 source, 1 claim and 1 attribution');
    expect(stdout).toMatch(/2:1\s+warning/);
    expect(stdout).toMatch(/3:1\s+error/);
    const written = readFileSync(join(out, 'sample.yaml'), 'utf8');
    const header = /^# yaml-language-server: \$schema=(\S+)\n/.exec(written);
    expect(existsSync(join(out, header?.[1] as string))).toBe(true);
    const corpus = await loadCorpus(out);
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.attributions[0]).toMatchObject({ id: 'q-1', confidence: 0.7, said: '2021-03-04' });
  });

  it('imports ClaimReview JSON-LD and will not overwrite without --force', async () => {
    const review = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example/1',
      claimReviewed: 'The bridge cost a billion.',
      author: { '@type': 'Organization', name: 'Checks' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ann Example' } },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    });
    const dir = tempCorpus({ 'review.json': review });
    const out = join(dir, 'corpus');
    const first = await run(['import', '--from', 'claimreview', join(dir, 'review.json'), '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported 2 actors, 1 source, 1 claim and 2 attributions');
    const again = await run(['import', '--from', 'claimreview', join(dir, 'review.json'), '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
    expect(
      (await run(['import', '--from', 'claimreview', join(dir, 'review.json'), '--out', out, '--force'])).code,
    ).toBe(0);
    const corpus = await loadCorpus(out);
    expect(corpus.attributions.map((a) => a.stance)).toEqual(['asserts', 'denies']);
  });

  it('prints diagnostics as JSON with --json', async () => {
    const dir = tempCorpus({ 'x.jsonl': 'oops\n' });
    const { code, stdout } = await run([
      'import',
      '--from',
      'quotebank',
      join(dir, 'x.jsonl'),
      '--out',
      join(dir, 'o'),
      '--json',
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject([{ ruleId: 'import', severity: 'error', line: 1, file: 'x.jsonl' }]);
  });

  it('reports a file it cannot read with exit code 2', async () => {
    const { code, stderr } = await run([
      'import',
      '--from',
      'quotebank',
      '/nonexistent.jsonl',
      '--out',
      tempCorpus({}),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('could not read /nonexistent.jsonl (ENOENT)');
  });
});
