import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run, useCleanCliState } from './run.js';

const ROOT = join(import.meta.dirname, '../..');
const BROKEN = join(ROOT, 'test/fixtures/broken');
const ESC = '\u001b[';

describe('--no-color', () => {
  useCleanCliState();

  it('is accepted, before or after the command', async () => {
    for (const args of [
      ['--no-color', 'stats'],
      ['check', '--no-color', join(ROOT, 'examples/fact-check')],
    ]) {
      const { code, stderr } = await run(...args);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
  });

  it('wins over FORCE_COLOR', async () => {
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('FORCE_COLOR', '1');
    expect((await run('check', BROKEN)).stdout).toContain(ESC);
    expect((await run('check', '--no-color', BROKEN)).stdout).not.toContain(ESC);
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends the CLI quietly, as `claimtrail export --format prov | head -c 10` does', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'export', '--format', 'prov'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const first = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first.slice(0, 10)).toBe('{\n  "@cont');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
