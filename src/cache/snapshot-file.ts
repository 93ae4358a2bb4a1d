import { createHash } from 'node:crypto';
import * as z from 'zod';
import { writeFileAtomic } from '../internal/write-file-atomic.js';
import type { EncodedRecords } from './codec.js';

const MAGIC = 'CLAIMTRAIL-CACHE';
/** Bumped whenever the layout of the snapshot file changes. */
export const SNAPSHOT_FORMAT = 1;

/** What a snapshot holds besides the encoded records. */
export interface SnapshotMeta {
  readonly format: number;
  /** Matches the manifest's, so a manifest is never paired with another build's snapshot. */
  readonly buildId: string;
  [key: string]: unknown;
}

/** Where records came from, one entry per encoded record, in order. */
export interface OriginColumns {
  /** Index into the corpus files, or 0xffffffff for none. */
  readonly file: Uint32Array;
  /** JSONL: the line number; YAML and JSON: the index in the file's list. */
  readonly position: Uint32Array;
  /** JSONL: the byte offset of the line. */
  readonly offset: Float64Array;
}

type Section = [name: string, bytes: Uint8Array];

const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** The header of a snapshot file, checked before anything in it is used. */
const SnapshotHeaderSchema = z
  .object({
    format: z.number(),
    buildId: z.string(),
    shapes: z.array(z.object({ keys: z.array(z.string()), kinds: z.string().regex(/^[sifTFNUEv]*$/) })),
    count: z.number().int().nonnegative(),
    narrowBlocks: z.number().int().nonnegative(),
    wideBlocks: z.number().int().nonnegative(),
    sections: z.array(
      z.object({ name: z.string(), offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() }),
    ),
  })
  .loose();

/**
 * Writes a snapshot: a magic line, a JSON header, then aligned binary sections. It goes to a
 * new temporary file with a random name, created exclusively, and is renamed into place, so a
 * reader never sees half a snapshot and nothing is ever written through a link.
 *
 * @returns the bytes written and their SHA-256, for the manifest
 */
export function writeSnapshot(
  path: string,
  meta: SnapshotMeta,
  encoded: EncodedRecords,
  origins: OriginColumns,
): { bytes: number; sha256: string } {
  const narrow = encoded.narrowText.map((b) => Buffer.from(b, 'latin1'));
  const wide = encoded.wideText.map((b) => Buffer.from(b, 'utf16le'));
  const sections: Section[] = [
    ['wide', encoded.wide],
    ['lengths', bytesOf(encoded.lengths)],
    ['tags', encoded.tags],
    ['payloads', bytesOf(encoded.payloads)],
    ['floats', bytesOf(encoded.floats)],
    ['originFile', bytesOf(origins.file)],
    ['originPosition', bytesOf(origins.position)],
    ['originOffset', bytesOf(origins.offset)],
    ...narrow.map((b, i): Section => [`narrow${i}`, b]),
    ...wide.map((b, i): Section => [`wide${i}`, b]),
  ];
  let offset = 0;
  const layout = sections.map(([name, bytes]) => {
    const entry = { name, offset, length: bytes.byteLength };
    offset += Math.ceil(bytes.byteLength / 8) * 8;
    return entry;
  });
  const header = Buffer.from(
    JSON.stringify({
      ...meta,
      shapes: encoded.shapes,
      count: encoded.count,
      narrowBlocks: narrow.length,
      wideBlocks: wide.length,
      sections: layout,
    }),
  );
  const start = Buffer.alloc(MAGIC.length + 8);
  start.write(MAGIC, 0, 'latin1');
  start.writeUInt32LE(SNAPSHOT_FORMAT, MAGIC.length);
  start.writeUInt32LE(header.length, MAGIC.length + 4);
  const headerPad = (8 - ((start.length + header.length) % 8)) % 8;
  const chunks: Uint8Array[] = [start, header, Buffer.alloc(headerPad)];
  for (const [, bytes] of sections) {
    chunks.push(bytes);
    const pad = (8 - (bytes.byteLength % 8)) % 8;
    if (pad > 0) chunks.push(Buffer.alloc(pad));
  }
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return { bytes: writeFileAtomic(path, chunks, {}), sha256: hash.digest('hex') };
}

/** A snapshot read back: its metadata, the encoded records and their origins. */
export interface Snapshot {
  readonly meta: SnapshotMeta & Record<string, unknown>;
  readonly encoded: EncodedRecords;
  readonly origins: OriginColumns;
}

/**
 * Reads a snapshot written by {@link writeSnapshot} from its bytes (whose checksum the caller
 * has checked against the manifest). The origin columns are copied out, so nothing keeps the
 * file's buffer alive once the records are decoded.
 *
 * @throws {Error} when the bytes are not a snapshot, of another format or damaged
 */
export function readSnapshot(file: Buffer): Snapshot {
  if (file.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a claimtrail cache file');
  const format = file.readUInt32LE(MAGIC.length);
  if (format !== SNAPSHOT_FORMAT) throw new Error(`cache format ${format}, expected ${SNAPSHOT_FORMAT}`);
  const headerLength = file.readUInt32LE(MAGIC.length + 4);
  const headerStart = MAGIC.length + 8;
  const header = SnapshotHeaderSchema.parse(JSON.parse(file.toString('utf8', headerStart, headerStart + headerLength)));
  const base = headerStart + headerLength + ((8 - ((headerStart + headerLength) % 8)) % 8);
  const section = new Map(header.sections.map((s) => [s.name, s]));
  const raw = (name: string) => {
    const s = section.get(name);
    if (!s || base + s.offset + s.length > file.length) throw new Error(`the cache file is damaged (section ${name})`);
    return { at: file.byteOffset + base + s.offset, length: s.length };
  };
  const u8 = (name: string) => {
    const { at, length } = raw(name);
    return new Uint8Array(file.buffer, at, length);
  };
  const u32 = (name: string) => {
    const { at, length } = raw(name);
    return at % 4 === 0 ? new Uint32Array(file.buffer, at, length / 4) : new Uint32Array(u8(name).slice().buffer);
  };
  const f64 = (name: string) => {
    const { at, length } = raw(name);
    return at % 8 === 0 ? new Float64Array(file.buffer, at, length / 8) : new Float64Array(u8(name).slice().buffer);
  };
  const text = (name: string, encoding: 'latin1' | 'utf16le') => {
    const { at, length } = raw(name);
    const start = at - file.byteOffset;
    return file.toString(encoding, start, start + length);
  };
  const narrow: string[] = [];
  for (let i = 0; i < header.narrowBlocks; i++) narrow.push(text(`narrow${i}`, 'latin1'));
  const wide: string[] = [];
  for (let i = 0; i < header.wideBlocks; i++) wide.push(text(`wide${i}`, 'utf16le'));
  const { shapes, count, sections: _sections, narrowBlocks: _n, wideBlocks: _w, ...meta } = header;
  return {
    meta: meta as SnapshotMeta,
    encoded: {
      shapes,
      count,
      wide: u8('wide'),
      lengths: u32('lengths'),
      narrowText: narrow,
      wideText: wide,
      tags: u8('tags'),
      payloads: u32('payloads'),
      floats: f64('floats'),
    },
    // Copies: views would keep the whole file in memory for as long as the corpus lives.
    origins: {
      file: u32('originFile').slice(),
      position: u32('originPosition').slice(),
      offset: f64('originOffset').slice(),
    },
  };
}
