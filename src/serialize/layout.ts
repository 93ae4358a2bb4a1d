import type { Corpus } from '../corpus/corpus.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { Source } from '../model/source.js';
import { viaSources } from '../model/via-sources.js';

/** Where each record goes in the canonical layout. */
export interface Layout {
  /** Per corpus file (other than actors.yaml), its sources, claims and attributions, in corpus order. */
  readonly files: Map<string, { sources: Source[]; claims: Claim[]; attributions: Attribution[] }>;
  /** The side file of each source whose text is kept in one, relative to the corpus directory. */
  readonly textFiles: Map<string, string>;
  /** The corpus file each source is written to. */
  readonly fileOfSource: Map<string, string>;
}

/** The file for sources and claims no attribution carries. */
export const UNATTRIBUTED_FILE = 'unattributed.yaml';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/;
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The last part of a path, without its extension. */
function stemOf(path: string): { base: string; stem: string } {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return { base, stem: dot > 0 ? base.slice(0, dot) : base };
}

/** Hands out names, refusing ones taken already (ignoring case, for case-insensitive disks). */
function namer() {
  const taken = new Set<string>();
  return (preferred: string | undefined, fallback: string, extension: string): string => {
    for (const candidate of [preferred, fallback]) {
      if (candidate === undefined || !SAFE_NAME.test(candidate)) continue;
      if (!taken.has(`${candidate}${extension}`.toLowerCase())) {
        taken.add(`${candidate}${extension}`.toLowerCase());
        return `${candidate}${extension}`;
      }
    }
    for (let n = 2; ; n++) {
      const candidate = `${fallback}-${n}${extension}`;
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  };
}

/**
 * Whether a text can live in a UTF-8 side file and read back unchanged.
 *
 * @param text - a source's text
 * @returns false for a lone surrogate, a leading byte order mark or a NUL
 *
 * @example
 * fitsSideFile('\ufeffText')
 * //=> false
 */
export function fitsSideFile(text: string): boolean {
  // A lone surrogate cannot be written as UTF-8, a leading byte order mark is dropped on reading,
  // and a NUL makes the reader take the file for a binary one.
  return (
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text) &&
    !text.startsWith('\ufeff') &&
    !text.includes('\u0000')
  );
}

/**
 * Decides the canonical layout of a corpus: one file per source that attributions appear in
 * (`sources/<name>.yaml`, holding it, the sources only it cites, and the claims first attributed
 * there), `unattributed.yaml` for the rest, and side files `texts/<name>.txt` for the texts.
 * Names come from where the records were read when that is unambiguous (so a corpus keeps its
 * file names), else from ids; every choice is made in id order, so the layout depends only on
 * the records, not on the order they were loaded in.
 *
 * @param corpus - the corpus to lay out
 * @returns the files with their records, the side file of each text, the file of each source
 *
 * @example
 * layoutCorpus(await loadCorpus()).textFiles.get('dn-kishida-ready-to-meet-kim')
 * //=> 'texts/001-dn-kishida-ready-to-meet-kim.txt'
 */
export function layoutCorpus(corpus: Corpus): Layout {
  const attributionsOf = new Map<string, Attribution[]>();
  for (const a of corpus.attributions) {
    const list = attributionsOf.get(a.source);
    if (list) list.push(a);
    else attributionsOf.set(a.source, [a]);
  }
  const sourcesById = [...corpus.sources].sort((a, b) => byCodeUnit(a.id, b.id));
  const main = sourcesById.filter((s) => attributionsOf.has(s.id));

  // A source file keeps its name when it held exactly this one article.
  const mainPerFile = new Map<string, number>();
  for (const s of main) {
    const file = corpus.origin('source', s.id)?.file;
    if (file !== undefined) mainPerFile.set(file, (mainPerFile.get(file) ?? 0) + 1);
  }
  const yamlName = namer();
  yamlName(undefined, 'actors', '.yaml');
  const fileOfSource = new Map<string, string>();
  for (const s of main) {
    const origin = corpus.origin('source', s.id)?.file;
    const preferred = origin !== undefined && mainPerFile.get(origin) === 1 ? stemOf(origin).stem : undefined;
    fileOfSource.set(s.id, `sources/${yamlName(preferred, s.id, '.yaml')}`);
  }

  // Cited-only sources and claims go with the first (by name) file that uses them.
  const firstFile = (files: Iterable<string | undefined>) =>
    [...files].filter((f): f is string => f !== undefined).sort(byCodeUnit)[0];
  const citedFrom = new Map<string, (string | undefined)[]>();
  for (const a of corpus.attributions) {
    for (const id of viaSources(a)) {
      const list = citedFrom.get(id);
      if (list) list.push(fileOfSource.get(a.source));
      else citedFrom.set(id, [fileOfSource.get(a.source)]);
    }
  }
  for (const s of sourcesById) {
    if (!fileOfSource.has(s.id)) fileOfSource.set(s.id, firstFile(citedFrom.get(s.id) ?? []) ?? UNATTRIBUTED_FILE);
  }
  const fileOfClaim = (c: Claim) =>
    firstFile(corpus.attributionsByClaim(c.id).map((a) => fileOfSource.get(a.source))) ?? UNATTRIBUTED_FILE;

  const files: Layout['files'] = new Map();
  const bucket = (file: string) => {
    let found = files.get(file);
    if (!found) files.set(file, (found = { sources: [], claims: [], attributions: [] }));
    return found;
  };
  for (const file of [...new Set(fileOfSource.values())].sort(byCodeUnit)) bucket(file);
  // The article first, then what it cites, each in corpus order.
  for (const s of corpus.sources)
    if (attributionsOf.has(s.id)) bucket(fileOfSource.get(s.id) as string).sources.push(s);
  for (const s of corpus.sources)
    if (!attributionsOf.has(s.id)) bucket(fileOfSource.get(s.id) as string).sources.push(s);
  for (const c of corpus.claims) bucket(fileOfClaim(c)).claims.push(c);
  for (const a of corpus.attributions) {
    bucket(fileOfSource.get(a.source) ?? UNATTRIBUTED_FILE).attributions.push(a);
  }

  const textName = namer();
  const textFiles = new Map<string, string>();
  for (const s of sourcesById) {
    if (s.text === undefined || !fitsSideFile(s.text)) continue;
    const given = s.textFile === undefined ? undefined : stemOf(s.textFile);
    const preferred = given?.base.endsWith('.txt') ? given.stem : undefined;
    textFiles.set(s.id, `texts/${textName(preferred, s.id, '.txt')}`);
  }
  return { files, textFiles, fileOfSource };
}
