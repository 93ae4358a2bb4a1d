import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Corpus, check, createCorpus, loadCorpus, loadCorpusSync } from '../../src/index.js';
import { CorpusWriteError, serializeCorpus } from '../../src/serialize/serialize-corpus.js';
import { arbCorpusInput } from '../helpers/arbitraries.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const KINDS = ['actors', 'sources', 'claims', 'attributions'] as const;

/** Records by kind and id, as plain data. */
function recordsOf(corpus: Corpus): Record<(typeof KINDS)[number], Map<string, unknown>> {
  return {
    actors: new Map(corpus.actors.map((r) => [r.id, r])),
    sources: new Map(corpus.sources.map((r) => [r.id, r])),
    claims: new Map(corpus.claims.map((r) => [r.id, r])),
    attributions: new Map(corpus.attributions.map((r) => [r.id, r])),
  };
}

/**
 * The records of `after` equal those of `before`. Where a source's text moved to a side file,
 * `textFile` names that file; `sideFiles` says which texts did.
 */
function expectSameRecords(before: Corpus, after: Corpus, sideFiles?: ReadonlyMap<string, string>): void {
  const a = recordsOf(before);
  const b = recordsOf(after);
  for (const kind of KINDS) {
    expect([...b[kind].keys()].sort(), kind).toEqual([...a[kind].keys()].sort());
    for (const [id, record] of a[kind]) {
      let expected = record;
      if (kind === 'sources' && sideFiles) {
        const { textFile: _old, ...rest } = record as { textFile?: string; text?: string };
        const side = sideFiles.get(id);
        expected = side === undefined ? (rest.text === undefined ? record : rest) : { ...rest, textFile: side };
      }
      if (!isDeepStrictEqual(b[kind].get(id), expected)) {
        expect(b[kind].get(id), `${kind} ${id}`).toStrictEqual(expected);
      }
    }
  }
}

/** The side files of a serialized corpus: source id to textFile as written in its YAML file. */
function sideFilesOf(files: ReadonlyMap<string, string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const [path, content] of files) {
    if (!path.endsWith('.yaml')) continue;
    for (const s of (parse(content) as { sources?: { id: string; textFile?: string }[] }).sources ?? []) {
      if (s.textFile !== undefined) found.set(s.id, s.textFile);
    }
  }
  return found;
}

function writeFiles(files: ReadonlyMap<string, string>): string {
  const dir = join(tempCorpus({}), 'corpus');
  mkdirSync(dir);
  for (const [path, content] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('serializeCorpus on the seed corpus', () => {
  it('writes the layout of docs/format.md, keeping the file names', async () => {
    const seed = await loadCorpus();
    const files = serializeCorpus(seed);
    expect([...files.keys()]).toEqual([
      'actors.yaml',
      ...seed.files.filter((f) => f.startsWith('sources/')),
      ...seed.sources
        .filter((s) => s.textFile !== undefined)
        .map((s) => `texts/${s.textFile?.split('/').pop()}`)
        .sort(),
    ]);
    const actors = parse(files.get('actors.yaml') as string) as { actors: { id: string }[] };
    expect(actors.actors.map((a) => a.id)).toEqual(seed.actors.map((a) => a.id));
    for (const source of seed.sources.filter((s) => s.text !== undefined)) {
      expect(files.get(`texts/${source.textFile?.split('/').pop()}`)).toBe(source.text);
    }
  });

  it('loads back to exactly the same records, with no diagnostics, and checks the same', async () => {
    const seed = await loadCorpus();
    const dir = join(tempCorpus({}), 'out');
    serializeCorpus(seed, { dir });
    const back = await loadCorpus(dir);
    expect(back.diagnostics).toEqual([]);
    // The seed keeps its texts in ../texts/<name>.txt, the canonical place: nothing moves.
    expectSameRecords(seed, back);
    expect(check(back).map((d) => d.message)).toEqual(check(seed).map((d) => d.message));
  });

  it('is deterministic and a fixed point: writing what it wrote changes nothing', async () => {
    const seed = await loadCorpus();
    const first = serializeCorpus(seed);
    expect([...serializeCorpus(seed)]).toEqual([...first]);
    const again = serializeCorpus(await loadCorpus(writeFiles(first)));
    expect([...again]).toEqual([...first]);
  });

  it('refuses to write into a directory that is not empty, and leaves it alone', async () => {
    const seed = await loadCorpus();
    const dir = tempCorpus({ 'old.yaml': 'actors: []\n' });
    expect(() => serializeCorpus(seed, { dir })).toThrow(CorpusWriteError);
    expect(() => serializeCorpus(seed, { dir })).toThrow(/is not empty/);
    expect(existsSync(join(dir, 'actors.yaml'))).toBe(false);
    const file = join(dir, 'old.yaml');
    expect(() => serializeCorpus(seed, { dir: file })).toThrow(/not a directory/);
  });
});

describe('serializeCorpus on hand-made corpora', () => {
  it('puts cited sources and claims with the article that uses them, and the rest in unattributed.yaml', () => {
    const { corpus, diagnostics } = createCorpus({
      actors: [{ id: 'kim', kind: 'person', name: 'Kim' }],
      sources: [
        { id: 'article', kind: 'article', title: 'A', text: 'Kim said "hi".' },
        { id: 'wire', kind: 'wire', title: 'W' },
        { id: 'lonely', kind: 'report', title: 'L', text: 'Nobody quotes this.' },
      ],
      claims: [
        { id: 'c1', text: 'Kim greets.', subject: 'kim', predicate: 'welcomes' },
        { id: 'c2', text: 'Never attributed.', subject: 'kim', predicate: 'is' },
      ],
      attributions: [
        {
          id: 'a1',
          claim: 'c1',
          source: 'article',
          speaker: 'kim',
          via: ['wire'],
          mode: 'direct-quote',
          quotes: [{ text: 'hi', start: 10, end: 12 }],
        },
      ],
    });
    expect(diagnostics).toEqual([]);
    const files = serializeCorpus(corpus);
    expect([...files.keys()]).toEqual([
      'actors.yaml',
      'sources/article.yaml',
      'texts/article.txt',
      'texts/lonely.txt',
      'unattributed.yaml',
    ]);
    expect(parse(files.get('sources/article.yaml') as string)).toEqual({
      sources: [
        { id: 'article', kind: 'article', title: 'A', textFile: '../texts/article.txt' },
        { id: 'wire', kind: 'wire', title: 'W' },
      ],
      claims: [{ id: 'c1', text: 'Kim greets.', subject: 'kim', predicate: 'welcomes', polarity: 'affirmed' }],
      attributions: [
        {
          id: 'a1',
          mode: 'direct-quote',
          claim: 'c1',
          source: 'article',
          speaker: 'kim',
          via: ['wire'],
          quotes: [{ text: 'hi', start: 10, end: 12 }],
          stance: 'asserts',
          factuality: 'certain',
        },
      ],
    });
    expect(parse(files.get('unattributed.yaml') as string)).toEqual({
      sources: [{ id: 'lonely', kind: 'report', title: 'L', textFile: 'texts/lonely.txt' }],
      claims: [{ id: 'c2', text: 'Never attributed.', subject: 'kim', predicate: 'is', polarity: 'affirmed' }],
    });
    expect(files.get('texts/lonely.txt')).toBe('Nobody quotes this.');
  });

  it('keeps a text inline when a UTF-8 side file could not hold it exactly', async () => {
    const texts = ['lone \ud800 surrogate', '\ufeffstarts with a byte order mark', 'has a \u0000 NUL'];
    const { corpus } = createCorpus({
      sources: texts.map((text, i) => ({ id: `s${i}`, kind: 'other', title: 'T', text })),
    });
    const files = serializeCorpus(corpus);
    expect([...files.keys()]).toEqual(['actors.yaml', 'unattributed.yaml']);
    // Escaped, so that the file itself is well-formed UTF-8.
    expect(files.get('unattributed.yaml')).toContain('\\ud800');
    const back = await loadCorpus(writeFiles(files));
    expect(back.diagnostics).toEqual([]);
    expect(back.sources.map((s) => s.text)).toEqual(texts);
  });

  it('writes keys that look like prototype keys as plain data', async () => {
    const { corpus } = createCorpus({
      actors: [{ id: 'constructor', kind: 'group', name: '__proto__', aliases: ['prototype'] }],
    });
    const files = serializeCorpus(corpus);
    const back = await loadCorpus(writeFiles(files));
    expect(back.actor('constructor')).toEqual(corpus.actor('constructor'));
    expect(({} as Record<string, unknown>).aliases).toBeUndefined();
  });
});

describe('serializeCorpus, property-tested over generated corpora', () => {
  const runs = Number(process.env.SERIALIZE_RUNS ?? 25);

  it(
    'load -> serialize -> load gives the same records; serialize is deterministic and idempotent',
    () => {
      fc.assert(
        fc.property(arbCorpusInput(), (input) => {
          const { corpus, diagnostics } = createCorpus(input);
          expect(diagnostics).toEqual([]);
          const files = serializeCorpus(corpus);
          expect([...serializeCorpus(corpus)]).toEqual([...files]);
          for (const [path, content] of files) {
            // Every file must survive being written as UTF-8.
            expect(Buffer.from(content, 'utf8').toString('utf8'), path).toBe(content);
          }
          const back = loadCorpusFrom(files);
          expect(back.diagnostics).toEqual([]);
          expectSameRecords(corpus, back, sideFilesOf(files));
          expect([...serializeCorpus(back)]).toEqual([...files]);
        }),
        { numRuns: runs, seed: 20240917 },
      );
    },
    30_000 + runs * 200,
  );

  it(
    'with order "id", depends only on the records, not on their order',
    () => {
      const shuffled = arbCorpusInput().chain((input) =>
        fc
          .record({
            actors: fc.shuffledSubarray([...input.actors], { minLength: input.actors.length }),
            sources: fc.shuffledSubarray([...input.sources], { minLength: input.sources.length }),
            claims: fc.shuffledSubarray([...input.claims], { minLength: input.claims.length }),
            attributions: fc.shuffledSubarray([...input.attributions], { minLength: input.attributions.length }),
          })
          .map((other) => [input, other] as const),
      );
      fc.assert(
        fc.property(shuffled, ([input, other]) => {
          const a = serializeCorpus(createCorpus(input).corpus, { order: 'id' });
          const b = serializeCorpus(createCorpus(other).corpus, { order: 'id' });
          expect([...b]).toEqual([...a]);
        }),
        { numRuns: Math.ceil(runs / 2), seed: 7 },
      );
    },
    30_000 + runs * 100,
  );
});

/** Loads a serialized corpus from a fresh temporary directory, removed again at once. */
function loadCorpusFrom(files: ReadonlyMap<string, string>): Corpus {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-serialize-'));
  try {
    serializeWritten(files, dir);
    // The synchronous loader keeps fast-check's property synchronous.
    const corpus = loadCorpusSync(dir);
    for (const [path, content] of files) expect(readFileSync(join(dir, path), 'utf8')).toBe(content);
    return corpus;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function serializeWritten(files: ReadonlyMap<string, string>, dir: string): void {
  for (const [path, content] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
