import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** One line of a text file, without its line break, with where it starts. */
export interface FileLine {
  /** The line's text; a trailing `\r` is removed, and a UTF-8 byte order mark on line 1. */
  readonly text: string;
  /** 1-based line number. */
  readonly line: number;
  /** Byte offset of the line's start in the file, so the line can be read again later. */
  readonly offset: number;
  /** False when the line's bytes are not valid UTF-8; `text` then holds replacement characters. */
  readonly valid: boolean;
}

/** How the reader reports what it has read. */
export interface ReadProgress {
  /** Called after each chunk with the bytes read so far and the file size. */
  readonly onBytes?: (read: number, size: number) => void;
  /** Bytes per read; 4 MiB unless told. A line longer than this grows the buffer. */
  readonly chunkSize?: number;
}

const NEWLINE = 0x0a;

/**
 * Splits byte chunks into lines. Lines are decoded one by one: a line's string then holds only
 * that line, and a line of plain ASCII stays a compact one-byte string even when other lines
 * carry typographic quotes. UTF-8 never uses the newline byte inside a character, so cutting at
 * newline bytes never splits one.
 */
class LineCutter {
  buffer: Buffer;
  filled = 0;
  /** File offset of buffer[0]. */
  base = 0;
  line = 1;

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Room to read into, growing the buffer when one line fills it. */
  room(): number {
    if (this.filled === this.buffer.length) {
      const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
      this.buffer.copy(bigger, 0, 0, this.filled);
      this.buffer = bigger;
    }
    return this.buffer.length - this.filled;
  }

  /** The complete lines in the buffer; keeps the unfinished rest for the next chunk. */
  *cut(final: boolean): Generator<FileLine> {
    const buf = this.buffer;
    const end = this.filled;
    let start = 0;
    let lastBreak = buf.lastIndexOf(NEWLINE, end - 1);
    if (final && lastBreak < end - 1) lastBreak = end;
    const valid = lastBreak <= 0 || isUtf8(buf.subarray(0, Math.min(lastBreak, end)));
    while (start < end) {
      let stop = buf.indexOf(NEWLINE, start);
      if (stop === -1 || stop >= end) {
        if (!final) break;
        stop = end;
      }
      let textEnd = stop;
      if (textEnd > start && buf[textEnd - 1] === 0x0d) textEnd--;
      let textStart = start;
      if (this.base === 0 && start === 0 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) textStart = 3;
      const lineValid = valid || isUtf8(buf.subarray(textStart, textEnd));
      yield {
        text: buf.toString('utf8', textStart, textEnd),
        line: this.line++,
        offset: this.base + start,
        valid: lineValid,
      };
      start = stop + 1;
    }
    const kept = Math.max(0, end - start);
    if (kept > 0) buf.copy(buf, 0, start, end);
    this.base += end - kept;
    this.filled = kept;
  }
}

/**
 * Reads a file line by line with synchronous reads of a few megabytes, so memory stays bounded
 * by the longest line, not the file.
 *
 * @param path - the file
 * @param progress - an optional callback for bytes read, and the chunk size
 * @returns an iterator over the lines
 * @throws {Error} when the file cannot be opened or read (the system error, e.g. ENOENT)
 *
 * @example
 * [...readLinesSync('attributions.jsonl')][0].line
 * //=> 1
 */
export function* readLinesSync(path: string, progress: ReadProgress = {}): Generator<FileLine> {
  for (const batch of readLineBatchesSync(path, progress)) yield* batch;
}

/**
 * Reads a file like {@link readLinesSync}, yielding the complete lines of each chunk together,
 * for loops that would rather not resume a generator for every line.
 *
 * @param path - the file
 * @param progress - an optional callback for bytes read, and the chunk size
 * @returns an iterator over batches of lines
 * @throws {Error} when the file cannot be opened or read (the system error, e.g. ENOENT)
 */
export function* readLineBatchesSync(path: string, progress: ReadProgress = {}): Generator<FileLine[]> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const cutter = new LineCutter(progress.chunkSize ?? 1 << 22);
    let read = 0;
    for (;;) {
      const room = cutter.room(); // may grow the buffer, so before reading `cutter.buffer`
      const n = readSync(fd, cutter.buffer, cutter.filled, room, null);
      cutter.filled += n;
      read += n;
      const batch = [...cutter.cut(n === 0)];
      if (batch.length > 0) yield batch;
      progress.onBytes?.(read, size);
      if (n === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file with asynchronous reads, a chunk of a few megabytes at a time, and yields the
 * complete lines of each chunk together: one await per chunk, not per line.
 *
 * @param path - the file
 * @param progress - an optional callback for bytes read, and the chunk size
 * @returns an async iterator over batches of lines
 * @throws {Error} when the file cannot be opened or read (the system error, e.g. ENOENT)
 */
export async function* readLineBatches(path: string, progress: ReadProgress = {}): AsyncGenerator<FileLine[]> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const cutter = new LineCutter(progress.chunkSize ?? 1 << 22);
    let read = 0;
    for (;;) {
      const room = cutter.room();
      const { bytesRead } = await handle.read(cutter.buffer, cutter.filled, room, null);
      cutter.filled += bytesRead;
      read += bytesRead;
      const batch = [...cutter.cut(bytesRead === 0)];
      if (batch.length > 0) yield batch;
      progress.onBytes?.(read, size);
      if (bytesRead === 0) return;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file line by line with asynchronous reads, for use in `for await` loops that should not
 * block the event loop for the whole file.
 *
 * @param path - the file
 * @param progress - an optional callback for bytes read, and the chunk size
 * @returns an async iterator over the lines
 * @throws {Error} when the file cannot be opened or read (the system error, e.g. ENOENT)
 */
export async function* readLines(path: string, progress: ReadProgress = {}): AsyncGenerator<FileLine> {
  for await (const batch of readLineBatches(path, progress)) yield* batch;
}

/**
 * The bytes of the one line that starts at a byte offset, without its line break. Undefined when
 * the file can no longer be read there.
 */
export function readLineBytesAt(path: string, offset: number, maxBytes = 1 << 24): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(1 << 16);
    for (let at = offset; total < maxBytes; ) {
      const n = readSync(fd, buf, 0, buf.length, at);
      if (n === 0) break;
      const stop = buf.indexOf(NEWLINE);
      const piece = Buffer.from(buf.subarray(0, stop === -1 || stop >= n ? n : stop));
      chunks.push(piece);
      total += piece.length;
      if (stop !== -1 && stop < n) break;
      at += n;
    }
    const bytes = Buffer.concat(chunks);
    return bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads the one line that starts at a byte offset, for finding a field's column long after the
 * file was loaded. Undefined when the file can no longer be read there.
 */
export function readLineAt(path: string, offset: number, maxBytes = 1 << 24): string | undefined {
  return readLineBytesAt(path, offset, maxBytes)?.toString('utf8');
}
