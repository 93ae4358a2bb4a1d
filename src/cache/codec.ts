/**
 * A compact binary form for validated records, much faster to turn back into objects than JSON.
 * Every distinct string is stored once, in a one-byte table or a two-byte table (so plain ASCII
 * never doubles in size). Each object shape is stored once: its keys and, per key, what kind of
 * value it holds. Decoding builds each shape with a generated object literal that reads its
 * strings and numbers straight from the payload array, so an attribution costs a few array reads
 * and one allocation, and the objects come out with the compact in-object layout V8 gives
 * literals.
 *
 * Only plain data is supported: objects, arrays, strings, numbers, booleans, null and undefined.
 */

/** Tags of values read generically (top-level records, array elements, nested objects). */
enum Tag {
  Undefined = 0,
  Null = 1,
  False = 2,
  True = 3,
  Int = 4,
  Float = 5,
  String = 6,
  Array = 7,
  Object = 8,
  EmptyArray = 9,
  StringArray = 10,
}

/**
 * What a key of a shape holds. `s`, `i`, `f` take one payload (string id, integer, float index);
 * `T`, `F`, `N`, `U`, `E` (true, false, null, undefined, empty array) take none; `v` is a nested
 * value read generically, after the shape's payloads.
 */
type Kind = 's' | 'i' | 'f' | 'T' | 'F' | 'N' | 'U' | 'E' | 'v';

/** An object shape: its keys in order, and the kind of each value (one letter per key). */
export interface Shape {
  readonly keys: readonly string[];
  readonly kinds: string;
}

/** The encoded form, as typed arrays and strings ready to be written. */
export interface EncodedRecords {
  readonly shapes: readonly Shape[];
  /** Distinct strings: which table, and their lengths, in order of first use. */
  readonly wide: Uint8Array;
  readonly lengths: Uint32Array;
  /**
   * The one-byte (Latin-1) and two-byte (UTF-16) tables, in blocks of at most 2^26 characters
   * (V8 strings cannot grow past about 2^29); a string never straddles two blocks.
   */
  readonly narrowText: readonly string[];
  readonly wideText: readonly string[];
  readonly tags: Uint8Array;
  readonly payloads: Uint32Array;
  readonly floats: Float64Array;
  /** How many top-level values (records). */
  readonly count: number;
}

/** Any character past Latin-1: such a string goes to the two-byte table. */
const NOT_LATIN1 = /[^\x20-\xff\t\n\r]/;

/** Collects strings into blocks; decoding walks the blocks by the same rule. */
class BlockTable {
  readonly blocks: string[] = [];
  #pieces: string[] = [];
  #size = 0;

  constructor(private readonly limit: number) {}

  add(s: string): void {
    if (this.#size > 0 && this.#size + s.length > this.limit) this.#close();
    this.#pieces.push(s);
    this.#size += s.length;
  }

  #close(): void {
    this.blocks.push(this.#pieces.join(''));
    this.#pieces = [];
    this.#size = 0;
  }

  done(): string[] {
    if (this.#size > 0 || this.blocks.length === 0) this.#close();
    return this.blocks;
  }
}

class Growable<T extends Uint8Array | Uint32Array | Float64Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

const isUint32 = (v: number) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff && !Object.is(v, -0);

function kindOf(v: unknown): Kind {
  if (typeof v === 'string') return 's';
  if (typeof v === 'number') return isUint32(v) ? 'i' : 'f';
  if (v === true) return 'T';
  if (v === false) return 'F';
  if (v === null) return 'N';
  if (v === undefined) return 'U';
  if (Array.isArray(v) && v.length === 0) return 'E';
  return 'v';
}

/**
 * Encodes a list of records (plain data) into the compact form.
 *
 * @param records - the records
 * @param options - `blockSize`: characters per string table block (2^26 unless told; small in tests)
 * @returns the encoded form
 * @throws {TypeError} for values that are not plain data (functions, symbols, bigints)
 */
export function encodeRecords(records: Iterable<unknown>, options: { blockSize?: number } = {}): EncodedRecords {
  const strings = new Map<string, number>();
  const narrow = new BlockTable(options.blockSize ?? 1 << 26);
  const widePieces = new BlockTable(options.blockSize ?? 1 << 26);
  const wide = new Growable(new Uint8Array(1024), (n) => new Uint8Array(n));
  const lengths = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));
  const shapes: Shape[] = [];
  const shapeIds = new Map<string, number>();
  const tags = new Growable(new Uint8Array(1 << 16), (n) => new Uint8Array(n));
  const payloads = new Growable(new Uint32Array(1 << 16), (n) => new Uint32Array(n));
  const floats = new Growable(new Float64Array(64), (n) => new Float64Array(n));
  const stringId = (s: string) => {
    let id = strings.get(s);
    if (id === undefined) {
      id = strings.size;
      strings.set(s, id);
      const isWide = NOT_LATIN1.test(s);
      (isWide ? widePieces : narrow).add(s);
      wide.push(isWide ? 1 : 0);
      lengths.push(s.length);
    }
    return id;
  };
  const float = (v: number) => {
    payloads.push(floats.length);
    floats.push(v);
  };
  const value = (v: unknown): void => {
    const kind = kindOf(v);
    switch (kind) {
      case 's':
        tags.push(Tag.String);
        payloads.push(stringId(v as string));
        return;
      case 'i':
        tags.push(Tag.Int);
        payloads.push(v as number);
        return;
      case 'f':
        tags.push(Tag.Float);
        float(v as number);
        return;
      case 'T':
        tags.push(Tag.True);
        return;
      case 'F':
        tags.push(Tag.False);
        return;
      case 'N':
        tags.push(Tag.Null);
        return;
      case 'U':
        tags.push(Tag.Undefined);
        return;
      case 'E':
        tags.push(Tag.EmptyArray);
        return;
      case 'v':
        break;
    }
    if (Array.isArray(v)) {
      if (v.every((item) => typeof item === 'string')) {
        tags.push(Tag.StringArray);
        payloads.push(v.length);
        for (const item of v) payloads.push(stringId(item as string));
      } else {
        tags.push(Tag.Array);
        payloads.push(v.length);
        for (const item of v) value(item);
      }
      return;
    }
    if (typeof v !== 'object') throw new TypeError(`claimtrail cache: cannot store a value of type ${typeof v}`);
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    let kinds = '';
    for (const key of keys) kinds += kindOf(record[key]);
    const signature = `${kinds}\u0000${keys.join('\u0000')}`;
    let shape = shapeIds.get(signature);
    if (shape === undefined) {
      shape = shapes.length;
      shapes.push({ keys, kinds });
      shapeIds.set(signature, shape);
    }
    tags.push(Tag.Object);
    payloads.push(shape);
    keys.forEach((key, k) => {
      const kind = kinds[k];
      if (kind === 's') payloads.push(stringId(record[key] as string));
      else if (kind === 'i') payloads.push(record[key] as number);
      else if (kind === 'f') float(record[key] as number);
    });
    keys.forEach((key, k) => {
      if (kinds[k] === 'v') value(record[key]);
    });
  };
  let count = 0;
  for (const record of records) {
    value(record);
    count++;
  }
  return {
    shapes,
    wide: wide.done(),
    lengths: lengths.done(),
    narrowText: narrow.done(),
    wideText: widePieces.done(),
    tags: tags.done(),
    payloads: payloads.done(),
    floats: floats.done(),
    count,
  };
}

const EMPTY: readonly never[] = Object.freeze([]);

/** The decoder's position in the tag and payload streams. */
interface Cursor {
  t: number;
  p: number;
}

type Builder = () => unknown;

/** The distinct strings, cut from their blocks. */
function stringTable(encoded: EncodedRecords): string[] {
  const strings = new Array<string>(encoded.lengths.length);
  const cursor = [
    { blocks: encoded.narrowText, block: 0, at: 0 },
    { blocks: encoded.wideText, block: 0, at: 0 },
  ];
  for (let i = 0; i < strings.length; i++) {
    const length = encoded.lengths[i] as number;
    const c = cursor[encoded.wide[i] as number] as (typeof cursor)[number];
    let text = c.blocks[c.block] as string;
    if (c.at + length > text.length) {
      c.block++;
      c.at = 0;
      text = c.blocks[c.block] ?? '';
      if (length > text.length) throw new Error('claimtrail cache: the cache file is damaged (string table)');
    }
    strings[i] = text.slice(c.at, c.at + length);
    c.at += length;
  }
  return strings;
}

/**
 * Decodes records encoded by {@link encodeRecords}, calling `each` with every top-level record in
 * order. Empty arrays come back as one shared frozen empty array, as the streaming loader makes them.
 *
 * @throws {Error} when the encoded data is inconsistent (a damaged cache file)
 */
export function decodeRecords(encoded: EncodedRecords, each: (record: unknown, index: number) => void): void {
  const { tags, payloads: p, floats: fl } = encoded;
  const s = stringTable(encoded);
  const at: Cursor = { t: 0, p: 0 };
  let builders: Builder[] = [];
  const read = (): unknown => {
    switch (tags[at.t++] as Tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Int:
        return p[at.p++];
      case Tag.Float:
        return fl[p[at.p++] as number];
      case Tag.String:
        return s[p[at.p++] as number];
      case Tag.EmptyArray:
        return EMPTY;
      case Tag.StringArray: {
        const n = p[at.p++] as number;
        const out = new Array<string>(n);
        for (let k = 0; k < n; k++) out[k] = s[p[at.p++] as number] as string;
        return out;
      }
      case Tag.Array: {
        const n = p[at.p++] as number;
        const out = new Array<unknown>(n);
        for (let k = 0; k < n; k++) out[k] = read();
        return out;
      }
      case Tag.Object: {
        const builder = builders[p[at.p++] as number];
        if (!builder) throw new Error('claimtrail cache: the cache file is damaged (unknown shape)');
        return builder();
      }
      default:
        throw new Error(`claimtrail cache: the cache file is damaged (unknown tag ${tags[at.t - 1]})`);
    }
  };
  builders = encoded.shapes.map((shape) => shapeBuilder(shape, at, s, p, fl, read));
  for (let index = 0; index < encoded.count; index++) each(read(), index);
  if (at.t !== tags.length || at.p !== p.length)
    throw new Error('claimtrail cache: the cache file is damaged (values left over)');
}

const CONSTANT: Partial<Record<Kind, string>> = { T: 'true', F: 'false', N: 'null', U: 'undefined', E: 'E' };

/**
 * Generates the builder of one shape: it reserves the shape's payloads, reads its nested values,
 * then returns one object literal. Keys are written as JSON strings; `__proto__` as a computed
 * key, which makes an own property instead of setting the prototype.
 */
function shapeBuilder(
  shape: Shape,
  at: Cursor,
  s: readonly string[],
  p: Uint32Array,
  fl: Float64Array,
  read: () => unknown,
): Builder {
  if (shape.kinds.length !== shape.keys.length || /[^sifTFNUEv]/.test(shape.kinds)) {
    throw new Error('claimtrail cache: the cache file is damaged (bad shape)');
  }
  const lines: string[] = [];
  const fields: string[] = [];
  let slot = 0;
  let nested = 0;
  shape.keys.forEach((key, k) => {
    const kind = shape.kinds[k] as Kind;
    const name = key === '__proto__' ? `[${JSON.stringify(key)}]` : JSON.stringify(key);
    let expression: string;
    if (kind === 's') expression = `s[p[b + ${slot++}]]`;
    else if (kind === 'i') expression = `p[b + ${slot++}]`;
    else if (kind === 'f') expression = `fl[p[b + ${slot++}]]`;
    else if (kind === 'v') {
      lines.push(`const n${nested} = read();`);
      expression = `n${nested++}`;
    } else expression = CONSTANT[kind] as string;
    fields.push(`${name}: ${expression}`);
  });
  const body = `return function () {\n const b = at.p; at.p = b + ${slot};\n ${lines.join('\n ')}\n return { ${fields.join(', ')} };\n};`;
  return new Function('at', 's', 'p', 'fl', 'read', 'E', body)(at, s, p, fl, read, EMPTY) as Builder;
}
