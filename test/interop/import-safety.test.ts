import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromClaimReview } from '../../src/interop/from-claimreview.js';
import { fromQuotebank } from '../../src/interop/from-quotebank.js';
import { run, useCleanCliState } from '../cli/run.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

useCleanCliState();

const LINE =
  '{"quoteID":"2020-01-16-000088","quotation":"Un café crème.","speaker":"Jane Roe","qids":["Q1"],"date":"2020-01-16 12:00:00","numOccurrences":1,"probas":[["Jane Roe","0.91"]],"urls":["https://example.com/a"]}\n';

/** A ClaimReview whose itemReviewed sits `depth` arrays deep, written as text (no recursion here either). */
const deepReview = (depth: number) =>
  `{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"x","itemReviewed":${'['.repeat(depth)}{"@type":"Claim","text":"deep"}${']'.repeat(depth)}}`;

describe('import reads bytes as the loader does', () => {
  it('refuses a Latin-1 Quotebank file with a diagnostic and exit 1, instead of importing "caf� cr�me"', async () => {
    const dir = tempCorpus({ 'quotes.jsonl': Buffer.from(LINE, 'latin1') });
    const result = fromQuotebank(readFileSync(join(dir, 'quotes.jsonl')));
    expect(result.data.claims).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'syntax', severity: 'error', line: 1 });
    expect(result.diagnostics[0]?.message).toContain('Latin-1');
    const cli = await run('import', '--from', 'quotebank', join(dir, 'quotes.jsonl'), '--out', join(dir, 'out'));
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('Latin-1');
    expect(existsSync(join(dir, 'out/quotes.yaml'))).toBe(false);
  });

  it('imports the same file saved as UTF-8, accents intact', async () => {
    const dir = tempCorpus({ 'quotes.jsonl': LINE });
    const cli = await run('import', '--from', 'quotebank', join(dir, 'quotes.jsonl'), '--out', join(dir, 'out'));
    expect(cli.code).toBe(0);
    expect(readFileSync(join(dir, 'out/quotes.yaml'), 'utf8')).toContain('Un café crème.');
  });

  it('refuses a UTF-16 ClaimReview file the same way', () => {
    const result = fromClaimReview(Buffer.from(`\ufeff${deepReview(0)}`, 'utf16le'));
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'syntax', severity: 'error' })]);
  });
});

describe('ClaimReview import does not recurse on depth', () => {
  it.each([2_000, 50_000])('a document nested %i levels deep gives a diagnostic, not a crash', async (depth) => {
    const result = fromClaimReview(deepReview(depth));
    expect(result.diagnostics.some((d) => d.severity === 'error' && /deeper than 1000 levels/.test(d.message))).toBe(
      true,
    );
    const dir = tempCorpus({ 'deep.json': deepReview(depth) });
    const cli = await run('import', '--from', 'claimreview', join(dir, 'deep.json'), '--out', join(dir, 'out'));
    expect(cli.code).toBe(1);
    expect(cli.stderr).not.toContain('unexpected failure');
  });

  it('still reads a claim 900 levels deep', () => {
    const result = fromClaimReview(deepReview(900));
    expect(result.data.claims.map((c) => c.text)).toContain('deep');
  });
});

describe('import output files', () => {
  it('a dangling link does not bypass "already exists; use --force"', async () => {
    const dir = tempCorpus({ 'quotes.jsonl': LINE });
    symlinkSync(join(dir, 'elsewhere/planted.yaml'), join(dir, 'quotes.yaml'));
    const cli = await run('import', '--from', 'quotebank', join(dir, 'quotes.jsonl'), '--out', dir);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('already exists');
    expect(existsSync(join(dir, 'elsewhere/planted.yaml'))).toBe(false);
  });

  it('with --force, refuses to write through a link unless --follow-links', async () => {
    const dir = tempCorpus({ 'quotes.jsonl': LINE, 'target.txt': 'keep me\n' });
    symlinkSync(join(dir, 'target.txt'), join(dir, 'quotes.yaml'));
    const refused = await run('import', '--from', 'quotebank', join(dir, 'quotes.jsonl'), '--out', dir, '--force');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('symbolic link');
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('keep me\n');
    const followed = await run(
      'import',
      '--from',
      'quotebank',
      join(dir, 'quotes.jsonl'),
      '--out',
      dir,
      '--force',
      '--follow-links',
    );
    expect(followed.code).toBe(0);
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toContain('Un café crème.');
  });

  it('a plain existing file still needs --force', async () => {
    const dir = tempCorpus({ 'quotes.jsonl': LINE, 'quotes.yaml': 'old\n' });
    const cli = await run('import', '--from', 'quotebank', join(dir, 'quotes.jsonl'), '--out', dir);
    expect(cli.code).toBe(2);
    expect(readFileSync(join(dir, 'quotes.yaml'), 'utf8')).toBe('old\n');
    expect((await run('import', '--from', 'quotebank', join(dir, 'quotes.jsonl'), '--out', dir, '--force')).code).toBe(
      0,
    );
  });
});
