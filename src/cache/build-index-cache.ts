import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from '../corpus/corpus.js';
import { loadRoot } from '../corpus/load-corpus.js';
import { bundledCorpusDir, corpusRoot } from '../load/corpus-dir.js';
import { JsonlOrigin } from '../load/jsonl-origin.js';
import { scanCorpusDir } from '../load/list-corpus-files.js';
import type { Origin } from '../load/origin.js';
import type { EntityType } from '../model/diagnostic.js';
import { encodeRecords } from './codec.js';
import {
  CACHE_DIR,
  type CacheManifest,
  type FileFingerprint,
  fingerprint,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  SNAPSHOT_FILE,
} from './manifest.js';
import { type OriginColumns, SNAPSHOT_FORMAT, writeSnapshot } from './snapshot-file.js';

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
 * Writes the cache for a corpus that was just loaded from `files`, whose fingerprints were taken
 * before the load. If any file changed while it was loading, nothing is written.
 *
 * @returns what was written, or the reason nothing was
 */
export function writeIndexCache(
  root: string,
  corpus: Corpus,
  before: readonly FileFingerprint[],
  textFiles: readonly string[],
): IndexCacheInfo | { readonly skipped: string } {
  const texts = textFiles.map((path) => fingerprint(root, path, true));
  const changed = before.find((then) => {
    const now = fingerprint(root, then.path, false);
    return now.size !== then.size || now.mtimeMs !== then.mtimeMs;
  });
  if (changed) return { skipped: `${changed.path} changed while the corpus was loading` };
  const listed = before.map((f) => f.path);
  if (listed.length !== corpus.files.length || listed.some((path, i) => path !== corpus.files[i])) {
    return { skipped: 'files were added or removed while the corpus was loading' };
  }
  const dir = join(root, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const buildId = randomUUID();
  const fileIndex = new Map(corpus.files.map((f, i) => [f, i]));
  const encoded = encodeRecords(recordsInOrder(corpus));
  const records = {
    actor: countOf(corpus, 'actor'),
    source: countOf(corpus, 'source'),
    claim: countOf(corpus, 'claim'),
    attribution: countOf(corpus, 'attribution'),
  };
  const snapshotPath = join(dir, SNAPSHOT_FILE);
  const bytes = writeSnapshot(
    snapshotPath,
    { format: SNAPSHOT_FORMAT, buildId, records, files: corpus.files, diagnostics: corpus.diagnostics },
    encoded,
    originColumns(corpus, fileIndex),
  );
  const manifest: CacheManifest = {
    format: MANIFEST_FORMAT,
    claimtrail: claimtrailVersion(),
    buildId,
    created: new Date().toISOString(),
    snapshot: { file: SNAPSHOT_FILE, size: statSync(snapshotPath).size },
    files: before,
    textFiles: texts,
  };
  const manifestPath = join(dir, MANIFEST_FILE);
  writeFileSync(`${manifestPath}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${manifestPath}.tmp`, manifestPath);
  return { dir, bytes, records, files: before.length + texts.length };
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
 * @throws {Error} when the cache cannot be written (the system error), or a file changed while indexing
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
  const before = loadFingerprints(root);
  const { corpus, textFiles } = loadRoot(root, options);
  const result = writeIndexCache(root, corpus, before, textFiles);
  if ('skipped' in result) throw new Error(`the cache was not written: ${result.skipped}; run the command again`);
  return result;
}

/** Fingerprints, with hashes, of the corpus files a load of `root` would read. */
export function loadFingerprints(root: string): FileFingerprint[] {
  let files: string[];
  try {
    files = scanCorpusDir(root).files;
  } catch {
    files = [];
  }
  return files.map((path) => fingerprint(root, path, true));
}
