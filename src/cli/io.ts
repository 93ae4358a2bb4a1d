import type { Corpus } from '../corpus/corpus.js';
import { CorpusDirectoryError } from '../load/load-corpus.js';
import { loadCorpusStreamingSync } from '../stream/load-streaming.js';
import { terminalProgress } from '../stream/progress.js';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;

/** Thrown inside commands to end with a message and an exit code, never a stack trace. */
export class CliExit extends Error {
  constructor(
    message: string,
    readonly code: number,
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
    return loadCorpusStreamingSync(dir, { onProgress: (read, total) => progress.update(read, total) });
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

/** Writes to stdout. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
