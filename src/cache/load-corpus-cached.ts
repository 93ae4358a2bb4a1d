import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';
import { Corpus } from '../corpus/corpus.js';
import { loadRoot, type StreamingLoadOptions } from '../corpus/load-corpus.js';
import { type Entry, extendStore, type StoreAdditions } from '../corpus/store.js';
import { readRegularFile } from '../internal/read-regular-file.js';
import { UnsafeWriteError } from '../internal/write-file-atomic.js';
import { corpusRoot } from '../load/corpus-dir.js';
import { type JsonlFile, JsonlOrigin } from '../load/jsonl-origin.js';
import { FORMATS } from '../load/list-corpus-files.js';
import type { Origin } from '../load/origin.js';
import { jsonlTypeFromName } from '../load/parse-jsonl.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import { claimtrailVersion, TYPE_ORDER, writeIndexCache } from './build-index-cache.js';
import { cacheDir } from './cache-dir.js';
import { CachedFileOrigin, LazyParsedFile } from './cached-origin.js';
import { decodeRecords } from './codec.js';
import { inputsDiffer, takeCorpusInputs } from './corpus-inputs.js';
import {
  type CacheManifest,
  CacheManifestSchema,
  type CacheVerification,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  SNAPSHOT_FILE,
} from './manifest.js';
import { type OriginColumns, readSnapshot } from './snapshot-file.js';
import { textsDiffer } from './text-fingerprints.js';

/** A manifest lists every corpus file; past this size it is not one claimtrail wrote. */
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/** What a cached load did. */
export type CacheOutcome =
  | { readonly used: true }
  | { readonly used: false; readonly reason: string; readonly written: boolean; readonly writeError?: string };

/** Options of {@link loadCorpusCached}. */
export interface CachedLoadOptions extends StreamingLoadOptions {
  /** `hash` (default) compares file contents; `stat` trusts unchanged sizes and modification times. */
  readonly verify?: CacheVerification;
  /** Write a fresh cache when there is none or it is stale. Default true. */
  readonly refresh?: boolean;
  /** Told whether the cache was used, and if not, why. */
  readonly onOutcome?: (outcome: CacheOutcome) => void;
}

const COLLECTION_KEY: Record<EntityType, string> = {
  actor: 'actors',
  source: 'sources',
  claim: 'claims',
  attribution: 'attributions',
};

/** The origins of a snapshot's records, turned into Origin objects only when one is asked for. */
class OriginTable {
  readonly #files: ({ kind: 'jsonl'; source: JsonlFile } | { kind: 'parsed'; source: LazyParsedFile })[];

  constructor(
    root: string,
    files: readonly string[],
    private readonly columns: OriginColumns,
  ) {
    this.#files = files.map((file) =>
      FORMATS[extname(file).toLowerCase()] === 'jsonl'
        ? { kind: 'jsonl', source: { file, path: join(root, file), type: jsonlTypeFromName(file) } }
        : { kind: 'parsed', source: new LazyParsedFile(root, file) },
    );
  }

  at(index: number, type: EntityType): Origin | undefined {
    const from = this.#files[this.columns.file[index] as number];
    const position = this.columns.position[index] as number;
    if (from?.kind === 'jsonl') return new JsonlOrigin(from.source, position, this.columns.offset[index] as number);
    if (from) return new CachedFileOrigin(from.source, [COLLECTION_KEY[type], position]);
    return undefined;
  }
}

/** A store entry whose origin is made on demand from the snapshot's origin columns. */
class CachedEntry<T> implements Entry<T> {
  constructor(
    readonly record: T,
    private readonly index: number,
    private readonly type: EntityType,
    private readonly table: OriginTable,
  ) {}

  get origin(): Origin | undefined {
    return this.table.at(this.index, this.type);
  }
}

/** Rebuilds a corpus from a snapshot's records and origins. */
function corpusFromSnapshot(root: string, snapshot: ReturnType<typeof readSnapshot>): Corpus {
  const meta = snapshot.meta as unknown as {
    records: Record<EntityType, number>;
    files: string[];
    diagnostics: Diagnostic[];
  };
  const table = new OriginTable(root, meta.files, snapshot.origins);
  const lists: Record<EntityType, Entry<{ id: string }>[]> = { actor: [], source: [], claim: [], attribution: [] };
  const maps: Record<EntityType, Map<string, Entry<{ id: string }>>> = {
    actor: new Map(),
    source: new Map(),
    claim: new Map(),
    attribution: new Map(),
  };
  const bounds = TYPE_ORDER.map((type) => meta.records[type]);
  let typeIndex = 0;
  let left = bounds[0] ?? 0;
  decodeRecords(snapshot.encoded, (value, i) => {
    while (left === 0) left = bounds[++typeIndex] ?? 0;
    left--;
    const type = TYPE_ORDER[typeIndex] as EntityType;
    const record = Object.freeze(value as { id: string });
    const entry = new CachedEntry(record, i, type, table);
    lists[type].push(entry);
    maps[type].set(record.id, entry);
  });
  const additions = {
    actors: lists.actor,
    sources: lists.source,
    claims: lists.claim,
    attributions: lists.attribution,
    byId: maps,
  } as unknown as StoreAdditions;
  return new Corpus(extendStore(undefined, additions), meta.diagnostics, root, meta.files);
}

/**
 * Reads the index of a corpus directory when it is there and still matches the files; never
 * writes. `claimtrail index --status` uses it.
 *
 * @param root - the corpus directory, absolute
 * @param verify - `hash` to compare contents too, `stat` for sizes and times only
 * @returns the corpus, or why the index could not be used
 *
 * @example
 * readIndexCache('/data/corpus')
 * //=> { reason: 'claims.jsonl changed content' }
 */
export function readIndexCache(
  root: string,
  verify: CacheVerification = 'hash',
): { corpus: Corpus } | { reason: string } {
  const place = cacheDir(root, false);
  if ('reason' in place) return place;
  const manifestBytes = readRegularFile(join(place.dir, MANIFEST_FILE), MAX_MANIFEST_BYTES);
  if (!manifestBytes.ok) return { reason: `the manifest cannot be used (${manifestBytes.reason})` };
  let manifest: CacheManifest;
  try {
    const parsed = JSON.parse(manifestBytes.bytes.toString('utf8')) as { format?: unknown; claimtrail?: unknown };
    if (parsed.format !== MANIFEST_FORMAT || parsed.claimtrail !== claimtrailVersion()) {
      return { reason: 'the cache was written by another version of claimtrail' };
    }
    manifest = CacheManifestSchema.parse(parsed);
  } catch {
    return { reason: 'the manifest is damaged' };
  }
  const now = takeCorpusInputs(root, verify);
  if ('reason' in now) return now;
  const stale = inputsDiffer(manifest.inputs, now, verify) ?? textsDiffer(root, manifest.texts);
  if (stale !== undefined) return { reason: stale };
  const file = readRegularFile(join(place.dir, SNAPSHOT_FILE));
  if (!file.ok) return { reason: `the cache file cannot be used (${file.reason})` };
  if (file.bytes.length !== manifest.snapshot.size) return { reason: 'the cache file is incomplete' };
  if (createHash('sha256').update(file.bytes).digest('hex') !== manifest.snapshot.sha256) {
    return { reason: 'the cache file does not match its checksum' };
  }
  try {
    const snapshot = readSnapshot(file.bytes);
    if (snapshot.meta.buildId !== manifest.buildId) return { reason: 'the cache file does not match its manifest' };
    return { corpus: corpusFromSnapshot(root, snapshot) };
  } catch (error) {
    return { reason: `the cache cannot be read (${(error as Error).message})` };
  }
}

/**
 * Loads a corpus from its persistent index when the index is fresh, and from the files
 * otherwise, then writes a fresh index for next time. The result is the same corpus either way:
 * the same records, diagnostics and file positions. The index is trusted only while every file
 * keeps its size and SHA-256 hash (or, with `verify: 'stat'`, its size and modification time)
 * and no file is added or removed.
 *
 * @param dir - the corpus directory; without it, the bundled corpus
 * @param options - `verify`, `refresh` (default true), `onOutcome`, `onProgress`
 * @returns the corpus
 * @throws {CorpusDirectoryError} when `dir` does not exist or is not a directory
 *
 * @example
 * let outcome;
 * await loadCorpusCached('corpus', { onOutcome: (o) => (outcome = o) });
 * outcome
 * //=> { used: true }
 */
export async function loadCorpusCached(dir?: string, options: CachedLoadOptions = {}): Promise<Corpus> {
  return loadCorpusCachedSync(dir, options);
}

/** The synchronous form of {@link loadCorpusCached}. */
export function loadCorpusCachedSync(dir?: string, options: CachedLoadOptions = {}): Corpus {
  const root = corpusRoot(dir);
  const cached = readIndexCache(root, options.verify ?? 'hash');
  if ('corpus' in cached) {
    options.onOutcome?.({ used: true });
    return cached.corpus;
  }
  if (options.refresh === false) {
    options.onOutcome?.({ used: false, reason: cached.reason, written: false });
    return loadRoot(root, options).corpus;
  }
  const before = takeCorpusInputs(root, 'hash');
  const { corpus } = loadRoot(root, options);
  let written = false;
  let writeError: string | undefined;
  try {
    const result = 'reason' in before ? { skipped: before.reason } : writeIndexCache(root, corpus, before);
    if ('skipped' in result) writeError = result.skipped;
    else written = true;
  } catch (error) {
    writeError =
      error instanceof UnsafeWriteError
        ? error.message
        : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  options.onOutcome?.({ used: false, reason: cached.reason, written, ...(writeError ? { writeError } : {}) });
  return corpus;
}
