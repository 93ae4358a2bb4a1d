import type { Position } from '../internal/position.js';
import type { EntityType } from '../model/diagnostic.js';
import type { FieldPath, Origin } from './origin.js';
import { parseJsonlLine } from './parse-jsonl.js';
import { readLineAt } from './read-lines.js';

const NO_PATH: FieldPath = Object.freeze([]);

/** The file a line came from, shared by all of its lines. */
export interface JsonlFile {
  /** Relative to the corpus directory, as diagnostics print it. */
  readonly file: string;
  /** Absolute, to read a line again. */
  readonly path: string;
  readonly type: EntityType | undefined;
}

/**
 * Where a JSONL record came from, in a few words of memory: the file, the line number and the
 * byte offset of the line. The line's text is held only while the record is validated; after
 * that a field's column is found by reading that one line again, which only diagnostics need.
 */
export class JsonlOrigin implements Origin {
  constructor(
    readonly source: JsonlFile,
    readonly line: number,
    /** Byte offset of the line in the file. */
    readonly offset: number,
    /** The line, while the record is being validated; afterwards read again when needed. */
    private text?: string,
  ) {}

  get file(): string {
    return this.source.file;
  }

  get path(): FieldPath {
    return NO_PATH;
  }

  /** Lets go of the line's text once the record is validated. */
  release(): void {
    this.text = undefined;
  }

  locate(field: FieldPath = []): Position | undefined {
    if (field.length === 0) return { line: this.line, column: 1 };
    return this.#reparsed()?.locate(field) ?? { line: this.line, column: 1 };
  }

  locateKey(field: FieldPath): Position | undefined {
    const origin = this.#reparsed();
    return origin?.locateKey?.(field) ?? origin?.locate(field) ?? { line: this.line, column: 1 };
  }

  /** The loader's own origin for the line, which knows where each field stands. */
  #reparsed(): Origin | undefined {
    const text = this.text ?? readLineAt(this.source.path, this.offset);
    if (text === undefined) return undefined;
    const again = parseJsonlLine(text, this.line, this.source.file, this.source.type);
    return again && 'record' in again ? again.record.origin : undefined;
  }
}

/** A store entry for a JSONL record: the record, its line and the line's byte offset. */
export interface JsonlEntry<T> {
  readonly record: T;
  readonly origin: JsonlOrigin;
}

type EntryClass = new <T>(record: T, line: number, offset: number) => JsonlEntry<T>;

const entryClasses = new WeakMap<JsonlFile, EntryClass>();

/**
 * The entry class of one JSONL file. Each file gets its own small class, so that the file is
 * known from the class and an entry holds only the record, the line number and the offset:
 * less than half the memory of an entry with an origin object. The origin is made when asked for.
 */
let lastSource: JsonlFile | undefined;
let lastClass: EntryClass | undefined;

function entryClassOf(source: JsonlFile): EntryClass {
  // A load files a whole JSONL file's records in a row: spare the WeakMap look-up for each.
  if (source === lastSource) return lastClass as EntryClass;
  let made = entryClasses.get(source);
  if (!made) {
    made = class<T> implements JsonlEntry<T> {
      constructor(
        readonly record: T,
        private readonly line: number,
        private readonly offset: number,
      ) {}

      get origin(): JsonlOrigin {
        return new JsonlOrigin(source, this.line, this.offset);
      }
    };
    entryClasses.set(source, made);
  }
  lastSource = source;
  lastClass = made;
  return made;
}

/** The compact store entry for a record read through a JsonlOrigin. */
export function jsonlEntry<T>(record: T, origin: JsonlOrigin): JsonlEntry<T> {
  return new (entryClassOf(origin.source))(record, origin.line, origin.offset);
}
