import { join } from 'node:path';
import type { Position } from '../internal/position.js';
import { readRegularFile } from '../internal/read-regular-file.js';
import { decodeCorpusFile } from '../load/decode.js';
import type { FieldPath, Origin, ParsedFile } from '../load/origin.js';
import { parseCorpusText } from '../load/parse-corpus-text.js';

/** One YAML or JSON corpus file, parsed again only when a diagnostic first needs a position in it. */
export class LazyParsedFile {
  #parsed: ParsedFile | undefined;

  constructor(
    private readonly root: string,
    readonly file: string,
  ) {}

  /** The origin the loader would give the record at `path`, read from the file as it is now. */
  originAt(path: FieldPath): Origin | undefined {
    if (!this.#parsed) {
      // Read as the loader reads it: a file since replaced by a link or a pipe gives no position.
      const read = readRegularFile(join(this.root, this.file));
      const decoded = read.ok ? decodeCorpusFile(read.bytes) : undefined;
      this.#parsed = decoded?.ok ? parseCorpusText(decoded.text, this.file) : { records: [], diagnostics: [] };
    }
    return this.#parsed.records.find(
      (r) => r.origin.path.length === path.length && r.origin.path.every((p, i) => p === path[i]),
    )?.origin;
  }
}

/** Where a record of a YAML or JSON file came from, when the record was loaded from the cache. */
export class CachedFileOrigin implements Origin {
  constructor(
    private readonly source: LazyParsedFile,
    readonly path: FieldPath,
  ) {}

  get file(): string {
    return this.source.file;
  }

  locate(field: FieldPath = []): Position | undefined {
    return this.source.originAt(this.path)?.locate(field);
  }

  locateKey(field: FieldPath): Position | undefined {
    const origin = this.source.originAt(this.path);
    return origin?.locateKey?.(field) ?? origin?.locate(field);
  }
}
