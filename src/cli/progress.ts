/** A progress display that may or may not be shown. */
export interface Progress {
  /** Reports how far the work is: `done` of `total` (bytes or items). */
  update(done: number, total: number): void;
  /** Removes the bar, if one was shown. */
  stop(): void;
}

/** Options of {@link terminalProgress}. */
export interface ProgressOptions {
  /** Where to draw; stderr unless told, so that stdout stays clean for results and `--json`. */
  readonly stream?: NodeJS.WriteStream;
  /** Show nothing for work that finishes sooner than this; one second unless told. */
  readonly delayMs?: number;
  /** `bytes` prints megabytes; `items` prints counts. */
  readonly unit?: 'bytes' | 'items';
}

const megabytes = (n: number) => (n / 1_048_576).toFixed(n < 10_485_760 ? 1 : 0);

/**
 * A progress bar for long loads on a terminal. Nothing is drawn when the stream is not a terminal
 * (a pipe, a file, CI) or when the work ends within the delay, so quick commands and scripts
 * see no bar at all.
 *
 * @param label - what is being done: "Loading", "Generating"
 * @param options - the stream, the delay and the unit
 * @returns the progress handle; call `stop()` when the work is done
 *
 * @example
 * const progress = terminalProgress('Loading');
 * const corpus = loadCorpusSync(dir, { onProgress: (read, total) => progress.update(read, total) });
 * progress.stop();
 * corpus.stats().attributions
 * //=> 1000000
 */
export function terminalProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY) return { update() {}, stop() {} };
  const started = Date.now();
  const delay = options.delayMs ?? 1000;
  const bytes = (options.unit ?? 'bytes') === 'bytes';
  let shown = false;
  let drawnAt = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (!shown && now - started < delay) return;
      // A redraw ten times a second is smooth enough and keeps a fast loop from flooding the terminal.
      if (shown && now - drawnAt < 100 && done < total) return;
      if (!shown) stream.write(HIDE_CURSOR);
      shown = true;
      drawnAt = now;
      const line = progressLine(label, done, total, now - started, bytes, stream.columns ?? 80);
      stream.write(`\r${line}${CLEAR_TO_END}`);
    },
    stop() {
      if (shown) stream.write(`\r${CLEAR_TO_END}${SHOW_CURSOR}`);
      shown = false;
    },
  };
}

const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
const CLEAR_TO_END = '\u001b[K';

/** `1m05s`, `42s`: the time left at the rate so far. */
function eta(done: number, total: number, elapsedMs: number): string {
  if (done <= 0 || elapsedMs <= 0) return '?';
  const seconds = Math.max(0, Math.round(((total - done) * elapsedMs) / done / 1000));
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

/** One line of the bar, fitted to the terminal's width. */
function progressLine(label: string, done: number, total: number, elapsedMs: number, bytes: boolean, columns: number) {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const amount = bytes ? `${megabytes(done)}/${megabytes(total)} MB` : `${done}/${total}`;
  const tail = ` ${Math.round(ratio * 100)}% | ${amount} | ${eta(done, total, elapsedMs)} left`;
  const width = Math.max(10, Math.min(40, columns - label.length - tail.length - 4));
  const filled = Math.round(ratio * width);
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${tail}`.slice(0, Math.max(1, columns - 1));
}
