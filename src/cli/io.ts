import type { Corpus } from '../corpus/corpus.js';
import { loadCorpusSync } from '../corpus/load-corpus.js';
import { CorpusDirectoryError } from '../load/corpus-dir.js';
import { terminalProgress } from './progress.js';
import { terminalText } from './terminal-text.js';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;

/**
 * Thrown inside commands to end with a message and an exit status, never a stack trace. Not a
 * `ClaimtrailError`: it is the CLI's own control flow, never thrown by the library, and `runCli`
 * turns every one into a line on stderr and an exit status, so none reaches a caller. The status
 * is `exitCode` (as on commander's errors), leaving `code` to mean a ClaimtrailError's string code.
 */
export class CliExit extends Error {
  override readonly name = 'CliExit';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * Loads the corpus a command names, turning an unreadable directory into exit code 2. A progress
 * bar shows on a terminal when the load takes more than a second.
 */
export function loadForCli(dir: string | undefined): Corpus {
  const progress = terminalProgress('Loading');
  try {
    return loadCorpusSync(dir, { onProgress: (read, total) => progress.update(read, total) });
  } catch (error) {
    if (error instanceof CorpusDirectoryError) throw new CliExit(error.message, EXIT.unreadable);
    throw error;
  } finally {
    progress.stop();
  }
}

let colorRefused = false;

/** Records whether this run was given `--no-color`; `runCli` calls it before each run. */
export function setColorRefused(refused: boolean): void {
  colorRefused = refused;
}

/** Whether stdout is a terminal that wants colour. */
export function wantsColor(): boolean {
  if (colorRefused) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY) && !process.argv.includes('--no-color');
}

/** Writes text for people to stdout; control characters and escape sequences in it are shown, never acted on. */
export function print(text: string): void {
  const safe = terminalText(text, 'layout');
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/** Writes text for people to stderr, made safe as {@link print} makes it. */
export function printError(text: string): void {
  const safe = terminalText(text, 'layout');
  process.stderr.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/** Writes machine-readable output (JSON) to stdout exactly as given. */
export function printExact(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
