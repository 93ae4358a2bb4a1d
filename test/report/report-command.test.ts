import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliExit, EXIT } from '../../src/cli/io.js';
import { registerReport } from '../../src/cli/report-command.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

async function run(args: string[]): Promise<string> {
  const program = new Command('claimtrail').exitOverride();
  registerReport(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('claimtrail report', () => {
  it('writes the report of the bundled corpus to --out and says what it holds', async () => {
    const dir = tempCorpus({});
    const file = join(dir, 'nested', 'report.html');
    const out = await run(['report', '--out', file, '--title', 'Kim & Kishida']);
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<title>Kim &amp; Kishida</title>');
    expect(out).toMatch(
      /^Wrote .*report\.html \(\d+ KB\): \d+ sources, \d+ statements, \d+ problems found by check\.\n$/,
    );
  });

  it('reports a corpus directory that does not exist with exit code 2, not a stack trace', async () => {
    const dir = tempCorpus({});
    const error = await run(['report', join(dir, 'missing'), '--out', join(dir, 'r.html')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliExit);
    expect((error as CliExit).exitCode).toBe(EXIT.unreadable);
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
  });

  it('says where it could not write', async () => {
    const dir = tempCorpus({ 'file.txt': 'not a directory' });
    const error = await run(['report', '--out', join(dir, 'file.txt', 'report.html')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliExit);
    expect((error as CliExit).message).toMatch(/^cannot write the report to .*file\.txt\/report\.html: /);
  });
});
