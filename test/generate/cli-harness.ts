import type { Command } from 'commander';
import { vi } from 'vitest';
import { registerGenerate } from '../../src/cli/generate-command.js';
import { registerIndex } from '../../src/cli/index-command.js';
import { CliExit, EXIT } from '../../src/cli/io.js';
import { buildProgram } from '../../src/cli/program.js';

/**
 * Runs the CLI in-process with the generate and index commands registered (once program.ts
 * registers them itself, its own registration is used), capturing stdout and stderr.
 */
export async function runScaleCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program: Command = buildProgram();
  const has = (name: string) => program.commands.some((c) => c.name() === name);
  if (!has('generate')) registerGenerate(program);
  if (!has('index')) registerIndex(program);
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => (chunk: string | Uint8Array) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture(out) as typeof process.stdout.write);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture(err) as typeof process.stderr.write);
  process.exitCode = undefined;
  let code: number;
  try {
    await program.parseAsync(args, { from: 'user' });
    code = typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (!(error instanceof CliExit)) throw error;
    err.push(`claimtrail: ${error.message}\n`);
    code = error.exitCode;
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = undefined;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}
