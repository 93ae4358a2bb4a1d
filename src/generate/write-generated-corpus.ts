import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../model/diagnostic.js';
import { type GenerateOptions, generateRecords } from './generate-corpus.js';

/** Options of {@link writeGeneratedCorpus}. */
export interface WriteGeneratedOptions extends GenerateOptions {
  /** Called now and then with the attributions written so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What {@link writeGeneratedCorpus} wrote. */
export interface GeneratedFiles {
  /** The four files, absolute paths, by record type. */
  readonly files: Readonly<Record<EntityType, string>>;
  /** Records written, by type. */
  readonly counts: Readonly<Record<EntityType, number>>;
  /** Bytes written in all. */
  readonly bytes: number;
}

const FILE_NAMES: Record<EntityType, string> = {
  actor: 'actors.jsonl',
  source: 'sources.jsonl',
  claim: 'claims.jsonl',
  attribution: 'attributions.jsonl',
};

/** Appends lines to a file through a buffer of about a megabyte, so writing stays cheap and bounded. */
class LineWriter {
  #fd: number;
  #pending: string[] = [];
  #size = 0;
  bytes = 0;

  constructor(path: string) {
    this.#fd = openSync(path, 'w');
  }

  line(text: string): void {
    this.#pending.push(text);
    this.#size += text.length + 1;
    if (this.#size >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.#pending.length === 0) return;
    const chunk = Buffer.from(`${this.#pending.join('\n')}\n`, 'utf8');
    writeSync(this.#fd, chunk);
    this.bytes += chunk.length;
    this.#pending = [];
    this.#size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.#fd);
  }
}

/**
 * Generates a corpus straight into a directory as four JSONL files (actors.jsonl, sources.jsonl,
 * claims.jsonl, attributions.jsonl), one record per line. Records are written as they are made,
 * so memory stays flat however many attributions are asked for.
 *
 * @param dir - the directory to write into; created when missing; existing files of those names are replaced
 * @param options - the number of attributions, the seed, and an optional progress callback
 * @returns the paths written, the record counts and the bytes
 * @throws {InvalidOptionError} when `attributions` is negative or not an integer
 * @throws {Error} when the directory cannot be created or written (the system error, with its code)
 *
 * @example
 * const { counts } = await writeGeneratedCorpus('/tmp/corpus', { attributions: 1000, seed: 1 });
 * counts.attribution
 * //=> 1000
 */
export async function writeGeneratedCorpus(dir: string, options: WriteGeneratedOptions): Promise<GeneratedFiles> {
  return writeGeneratedCorpusSync(dir, options);
}

/** The synchronous form of {@link writeGeneratedCorpus}. */
export function writeGeneratedCorpusSync(dir: string, options: WriteGeneratedOptions): GeneratedFiles {
  const records = generateRecords(options);
  mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(Object.entries(FILE_NAMES).map(([type, name]) => [type, join(dir, name)])) as Record<
    EntityType,
    string
  >;
  const writers = {
    actor: new LineWriter(files.actor),
    source: new LineWriter(files.source),
    claim: new LineWriter(files.claim),
    attribution: new LineWriter(files.attribution),
  };
  const counts = { actor: 0, source: 0, claim: 0, attribution: 0 };
  const step = Math.max(1, Math.floor(options.attributions / 200));
  try {
    for (const { type, record } of records) {
      writers[type].line(JSON.stringify(record));
      counts[type]++;
      if (type === 'attribution' && counts.attribution % step === 0)
        options.onProgress?.(counts.attribution, options.attributions);
    }
  } finally {
    for (const writer of Object.values(writers)) writer.close();
  }
  options.onProgress?.(counts.attribution, options.attributions);
  const bytes = Object.values(writers).reduce((sum, w) => sum + w.bytes, 0);
  return { files, counts, bytes };
}
