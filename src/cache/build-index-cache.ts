import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from '../corpus/corpus.js';
import { loadRoot } from '../corpus/load-corpus.js';
import { UnsafeWriteError, writeFileAtomic } from '../internal/write-file-atomic.js';
import { bundledCorpusDir, corpusRoot } from '../load/corpus-dir.js';
import { JsonlOrigin } from '../load/jsonl-origin.js';
import type { Origin } from '../load/origin.js';
import { ClaimtrailError } from '../model/claimtrail-error.js';
import type { EntityType } from '../model/diagnostic.js';
import { cacheDir } from './cache-dir.js';
import { encodeRecords } from './codec.js';
import { inputsDiffer, takeCorpusInputs } from './corpus-inputs.js';
import { type CacheManifest, type CorpusInputs, MANIFEST_FILE, MANIFEST_FORMAT, SNAPSHOT_FILE } from './manifest.js';
import { type OriginColumns, SNAPSHOT_FORMAT, writeSnapshot } from './snapshot-file.js';
import { loadedTextFingerprints } from './text-fingerprints.js';

/**
 * Thrown by {@link buildIndexCache} when it cannot write a cache that matches the corpus: a corpus
 * file could not be read, or the files changed while the index was being built. The message says
 * which; running it again usually succeeds. Code `index-not-written`.
 *
 * @example
 * new IndexNotWrittenError('the cache was not written: data/actors.yaml changed').code
 * //=> 'index-not-written'
 */
export class IndexNotWrittenError extends ClaimtrailError {
  override readonly name = 'IndexNotWrittenError';
  readonly code = 'index-not-written' as const;
}

/** The record types, in the order the snapshot stores them. */
export const TYPE_ORDER: readonly EntityType[] = ['actor', 'source', 'claim', 'attribution'];

/** What {@link buildIndexCache} wrote. */
export interface IndexCacheInfo {
  /** The cache folder. */
  readonly dir: string;
  /** Size of the snapshot in bytes. */
  readonly bytes: number;
  /** Records stored, by type. */
  readonly records: Readonly<Record<EntityType, number>>;
  /** Corpus files and text files the manifest covers. */
  readonly files: number;
}

/** Options of {@link buildIndexCache}. */
export interface BuildIndexOptions {
  /** Progress of the load, in bytes read and bytes in all. */
  readonly onProgress?: (read: number, total: number) => void;
}

let version: string | undefined;

/** The claimtrail version, from the package's own manifest; a cache from another version is rebuilt. */
export function claimtrailVersion(): string {
  if (version === undefined) {
    try {
      version = String(
        (JSON.parse(readFileSync(join(dirname(bundledCorpusDir()), 'package.json'), 'utf8')) as { version?: unknown })
          .version,
      );
    } catch {
      version = 'unknown';
    }
  }
  return version;
}

const NONE = 0xffffffff;

/** The origin columns for the stored records. */
function originColumns(corpus: Corpus, fileIndex: ReadonlyMap<string, number>): OriginColumns {
  const total = TYPE_ORDER.reduce((n, type) => n + countOf(corpus, type), 0);
  const columns = { file: new Uint32Array(total), position: new Uint32Array(total), offset: new Float64Array(total) };
  let i = 0;
  for (const type of TYPE_ORDER) {
    for (const id of idsOf(corpus, type)) {
      const origin: Origin | undefined = corpus.origin(type, id);
      const file = origin?.file === undefined ? undefined : fileIndex.get(origin.file);
      columns.file[i] = file ?? NONE;
      if (origin instanceof JsonlOrigin) {
        columns.position[i] = origin.line;
        columns.offset[i] = origin.offset;
      } else if (origin && origin.path.length === 2 && typeof origin.path[1] === 'number') {
        columns.position[i] = origin.path[1];
      } else columns.file[i] = NONE;
      i++;
    }
  }
  return columns;
}

function countOf(corpus: Corpus, type: EntityType): number {
  const s = corpus.store;
  return (type === 'actor' ? s.actors : type === 'source' ? s.sources : type === 'claim' ? s.claims : s.attributions)
    .size;
}

function idsOf(corpus: Corpus, type: EntityType): Iterable<string> {
  const s = corpus.store;
  return (
    type === 'actor' ? s.actors : type === 'source' ? s.sources : type === 'claim' ? s.claims : s.attributions
  ).keys();
}

function* recordsInOrder(corpus: Corpus): Generator<unknown> {
  yield* corpus.actors;
  yield* corpus.sources;
  yield* corpus.claims;
  yield* corpus.attributions;
}

/**
 * Writes the cache for a corpus that was just loaded, given the fingerprint of its inputs taken
 * before the load. The inputs are fingerprinted again after the load, and the texts compared
 * with what the load read: if anything changed while it was loading, nothing is written. Files
 * are written inside the corpus's own cache folder only, never through a link, each to a new
 * file created exclusively and renamed into place; the snapshot first, the manifest (which
 * names the snapshot's checksum) last.
 *
 * @param root - the corpus directory, absolute
 * @param corpus - the corpus loaded from it
 * @param before - {@link takeCorpusInputs} of `root` taken before the load, with hashes
 * @returns what was written, or the reason nothing was
 * @throws {Error} (the file system's own) when a cache file cannot be written
 *
 * @example
 * writeIndexCache('/corpus', corpus, before)
 * //=> { skipped: 'claims.jsonl changed content while the corpus was loading' }
 */
export function writeIndexCache(
  root: string,
  corpus: Corpus,
  before: CorpusInputs,
): IndexCacheInfo | { readonly skipped: string } {
  const texts = loadedTextFingerprints(root, corpus);
  if (!texts) return { skipped: 'a text file changed while the corpus was loading' };
  const after = takeCorpusInputs(root, 'hash');
  if ('reason' in after) return { skipped: after.reason };
  const changed = inputsDiffer(before, after, 'hash');
  if (changed) return { skipped: `${changed} while the corpus was loading` };
  const listed = before.files.map((f) => f.path);
  if (listed.length !== corpus.files.length || listed.some((path, i) => path !== corpus.files[i])) {
    return { skipped: 'files were added or removed while the corpus was loading' };
  }
  const place = cacheDir(root, true);
  if ('reason' in place) return { skipped: place.reason };
  const { dir } = place;
  const buildId = randomUUID();
  const fileIndex = new Map(corpus.files.map((f, i) => [f, i]));
  const encoded = encodeRecords(recordsInOrder(corpus));
  const records = {
    actor: countOf(corpus, 'actor'),
    source: countOf(corpus, 'source'),
    claim: countOf(corpus, 'claim'),
    attribution: countOf(corpus, 'attribution'),
  };
  const snapshot = writeSnapshot(
    join(dir, SNAPSHOT_FILE),
    { format: SNAPSHOT_FORMAT, buildId, records, files: corpus.files, diagnostics: corpus.diagnostics },
    encoded,
    originColumns(corpus, fileIndex),
  );
  const manifest: CacheManifest = {
    format: MANIFEST_FORMAT,
    claimtrail: claimtrailVersion(),
    buildId,
    created: new Date().toISOString(),
    snapshot: { file: SNAPSHOT_FILE, size: snapshot.bytes, sha256: snapshot.sha256 },
    inputs: before,
    texts,
  };
  writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {});
  return { dir, bytes: snapshot.bytes, records, files: before.files.length + texts.length };
}

/**
 * Builds the persistent index of a corpus: a compact binary snapshot of its validated records in
 * `.claimtrail-cache/` next to the corpus files, and a manifest of the sizes, modification times
 * and SHA-256 hashes of every file it was built from. `loadCorpusCached` then reloads the corpus
 * from the snapshot, much faster than parsing the files, for as long as none of them changes.
 *
 * @param dir - the corpus directory; without it, the bundled corpus
 * @param options - a progress callback for the load
 * @returns where the cache is, its size and what it holds
 * @throws {CorpusDirectoryError} when `dir` is not a readable directory
 * @throws {IndexNotWrittenError} when the cache cannot be written (it names the system error, with
 *   the error itself as `cause`), or a file changed while indexing
 *
 * @example
 * (await buildIndexCache('corpus')).records.attribution
 * //=> 1000000
 */
export async function buildIndexCache(dir?: string, options: BuildIndexOptions = {}): Promise<IndexCacheInfo> {
  return buildIndexCacheSync(dir, options);
}

/** The synchronous form of {@link buildIndexCache}. */
export function buildIndexCacheSync(dir?: string, options: BuildIndexOptions = {}): IndexCacheInfo {
  const root = corpusRoot(dir);
  const before = takeCorpusInputs(root, 'hash');
  if ('reason' in before) throw new IndexNotWrittenError(`the cache was not written: ${before.reason}`);
  const { corpus } = loadRoot(root, options);
  let result: ReturnType<typeof writeIndexCache>;
  try {
    result = writeIndexCache(root, corpus, before);
  } catch (error) {
    // A refused link says so in words; a system error by its code (EACCES, ENOSPC...).
    const why =
      error instanceof UnsafeWriteError
        ? error.message
        : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    throw new IndexNotWrittenError(`cannot write the index in ${root} (${why})`, { cause: error });
  }
  if ('skipped' in result)
    throw new IndexNotWrittenError(`the cache was not written: ${result.skipped}; run the command again`);
  return result;
}
