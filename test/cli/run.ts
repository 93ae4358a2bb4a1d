import { afterEach, beforeEach, vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';

/** What one CLI run printed and the code it ended with. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `claimtrail` in-process with stdout and stderr captured.
 * `process.exitCode` is cleared around each run: the check command sets it, and it would otherwise
 * leak into the next run and into the test worker's own exit status.
 */
export async function run(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => (chunk: string | Uint8Array) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture(out) as typeof process.stdout.write);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture(err) as typeof process.stderr.write);
  try {
    const code = await runCli(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** Plain output by default; tests that want colour stub the environment themselves. */
export function useCleanCliState(): void {
  beforeEach(() => {
    process.exitCode = undefined;
    vi.stubEnv('NO_COLOR', '1');
    vi.stubEnv('FORCE_COLOR', '');
  });
  afterEach(() => {
    process.exitCode = undefined;
    vi.unstubAllEnvs();
  });
}
