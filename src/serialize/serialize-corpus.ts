import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { Corpus } from '../corpus/corpus.js';
import { ClaimtrailError } from '../model/claimtrail-error.js';
import type { EntityType } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import { canonicalRecord } from './canonical-record.js';
import { layoutCorpus } from './layout.js';
import { toYaml } from './yaml-text.js';

/** Options of {@link serializeCorpus}. */
export interface SerializeOptions {
  /**
   * Also write the files into this directory, which must be empty or not exist yet (so that no
   * stale file of another layout can be read back alongside the new ones).
   */
  readonly dir?: string;
  /**
   * `corpus` (the default) keeps the records of each file in the order the corpus holds them;
   * `id` sorts them by id, so that the output depends on nothing but the records themselves.
   */
  readonly order?: 'corpus' | 'id';
}

/** Thrown by {@link serializeCorpus} when the target directory cannot be used. */
export class CorpusWriteError extends ClaimtrailError {
  override readonly name = 'CorpusWriteError';
  readonly code = 'corpus-write' as const;
}

const LISTS = [
  ['sources', 'source'],
  ['claims', 'claim'],
  ['attributions', 'attribution'],
] as const satisfies readonly (readonly [string, EntityType])[];

const byId = <T extends { id: string }>(records: readonly T[], order: 'corpus' | 'id'): readonly T[] =>
  order === 'id' ? [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : records;

/** The source as it is written: its text moved to its side file, or kept inline if it has none. */
function storedSource(source: Source, file: string, textFile: string | undefined): object {
  const { text, textFile: _given, ...rest } = source;
  if (textFile !== undefined) return { ...rest, textFile: posix.relative(posix.dirname(file), textFile) };
  // Kept inline: a text that cannot live in a UTF-8 file, or no text at all.
  if (text !== undefined) return { ...rest, text };
  return source;
}

function writeInto(dir: string, files: ReadonlyMap<string, string>): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new CorpusWriteError(`${dir} exists and is not a directory`);
    if (readdirSync(dir).length > 0) {
      throw new CorpusWriteError(
        `${dir} is not empty; write the canonical form into an empty or new directory, so that no old file is read back with it`,
      );
    }
  }
  for (const [path, content] of files) {
    const target = join(dir, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content, 'utf8');
  }
}

/**
 * Writes a corpus in its canonical form, the layout of docs/format.md: `actors.yaml` with every
 * actor; one `sources/<name>.yaml` per source that attributions appear in, holding that source,
 * the sources only it cites, its claims and its attributions; `unattributed.yaml` for sources and
 * claims no attribution carries; and each source's text as a side file `texts/<name>.txt`.
 * Loading the result gives the same records (texts come back from their side files), and the
 * output is deterministic: the same corpus always gives the same bytes. Diagnostics are not
 * written; records that failed to load are not in the corpus to begin with.
 *
 * @param corpus - a loaded or created corpus
 * @param options - `dir` to write the files there as well; `order: 'id'` to sort records by id
 * @returns the files, path (relative, with `/`) to content, in path order
 * @throws {CorpusWriteError} when `dir` is given and is not an empty or new directory
 *
 * @example
 * const files = serializeCorpus(await loadCorpus());
 * [...files.keys()].slice(0, 2)
 * //=> ['actors.yaml', 'sources/000-mtt-kim-to-visit-china.yaml']
 */
export function serializeCorpus(corpus: Corpus, options: SerializeOptions = {}): Map<string, string> {
  const order = options.order ?? 'corpus';
  const layout = layoutCorpus(corpus);
  const out = new Map<string, string>();
  out.set('actors.yaml', toYaml({ actors: byId(corpus.actors, order).map((a) => canonicalRecord('actor', a)) }));
  for (const [file, records] of layout.files) {
    const data: Record<string, unknown> = {};
    for (const [key, type] of LISTS) {
      const list = byId<{ id: string }>(records[key], order);
      if (list.length === 0) continue;
      data[key] = list.map((record) =>
        type === 'source'
          ? canonicalRecord(type, storedSource(record as Source, file, layout.textFiles.get(record.id)))
          : canonicalRecord(type, record),
      );
    }
    out.set(file, toYaml(data));
  }
  for (const source of corpus.sources) {
    const side = layout.textFiles.get(source.id);
    if (side !== undefined) out.set(side, source.text as string);
  }
  const sorted = new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  if (options.dir !== undefined) writeInto(options.dir, sorted);
  return sorted;
}
