import * as z from 'zod';

/** The folder, next to the corpus files, that holds the cache. */
export const CACHE_DIR = '.claimtrail-cache';
/** The manifest's name in the cache folder. */
export const MANIFEST_FILE = 'manifest.json';
/** The snapshot's name in the cache folder. */
export const SNAPSHOT_FILE = 'corpus.bin';
/** Bumped when the manifest's meaning changes. */
export const MANIFEST_FORMAT = 2;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative();

/** What the cache knows about one corpus file (YAML, JSON, JSONL) the corpus was built from. */
export const FileFingerprintSchema = z.object({
  /** Relative to the corpus directory, with `/` separators. */
  path: z.string(),
  size: count,
  mtimeMs: z.number(),
  /** SHA-256 of the content, hex. */
  sha256,
});
export type FileFingerprint = z.infer<typeof FileFingerprintSchema>;

/** An entry of the corpus directory the loader left out (a link, a special file, an unreadable folder). */
export const SkippedFingerprintSchema = z.object({ path: z.string(), reason: z.string() });
export type SkippedFingerprint = z.infer<typeof SkippedFingerprintSchema>;

/**
 * What a source's `textFile` gave the load: the SHA-256 of the text it read, or the reason the
 * loader refused it. Keyed by the declaring corpus file and the path as written, which together
 * decide what the loader reads.
 */
export const TextFingerprintSchema = z.object({
  from: z.string(),
  textFile: z.string(),
  outcome: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), sha256 }),
    z.object({ ok: z.literal(false), reason: z.string() }),
  ]),
});
export type TextFingerprint = z.infer<typeof TextFingerprintSchema>;

/** Everything a load of the corpus directory depends on, taken before it reads and checked after. */
export const CorpusInputsSchema = z.object({
  files: z.array(FileFingerprintSchema),
  skipped: z.array(SkippedFingerprintSchema),
});
export type CorpusInputs = z.infer<typeof CorpusInputsSchema>;

/**
 * The manifest: which inputs, at which sizes, times and contents, the snapshot was built from,
 * and the snapshot's own size and SHA-256, so a damaged or edited snapshot is never decoded.
 */
export const CacheManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  /** The claimtrail version that wrote it: another version validates differently, so it rebuilds. */
  claimtrail: z.string(),
  buildId: z.string(),
  created: z.string(),
  snapshot: z.object({ file: z.literal(SNAPSHOT_FILE), size: count, sha256 }),
  inputs: CorpusInputsSchema,
  texts: z.array(TextFingerprintSchema),
});
export type CacheManifest = z.infer<typeof CacheManifestSchema>;

/**
 * How much checking a cached load does before trusting the cache: `hash` reads every corpus file
 * and compares its SHA-256 with the manifest's; `stat` trusts files whose size and modification
 * time are unchanged.
 */
export type CacheVerification = 'hash' | 'stat';
// Spelled out above so the public type names its values; `satisfies` keeps the two in step.
export const CacheVerificationSchema = z.enum(['hash', 'stat']) satisfies z.ZodType<CacheVerification>;
