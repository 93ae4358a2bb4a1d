import cliProgress from 'cli-progress';

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
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (!bar) {
        if (Date.now() - started < delay) return;
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: bytes
              ? `${label} [{bar}] {percentage}% | {doneMB}/{totalMB} MB | {eta_formatted} left`
              : `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, bytes ? { doneMB: megabytes(done), totalMB: megabytes(total) } : {});
      }
      bar.setTotal(total);
      bar.update(done, bytes ? { doneMB: megabytes(done), totalMB: megabytes(total) } : {});
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
