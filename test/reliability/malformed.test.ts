import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { bundledCorpusDir, type Corpus, check, loadCorpus } from '../../src/index.js';
import { unaccounted } from '../helpers/accounting.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const SEED_FILE = 'sources/002-kishida-warns-of-axis.yaml';
const seedYaml = readFileSync(join(bundledCorpusDir(), SEED_FILE), 'utf8');
const seedValue = parseDocument(seedYaml).toJS() as Record<string, Record<string, unknown>[]>;
const seedJson = JSON.stringify(seedValue, null, 2);
const TYPE = { actors: 'actor', sources: 'source', claims: 'claim', attributions: 'attribution' } as const;
const seedJsonl = `${Object.entries(seedValue)
  .flatMap(([key, list]) => list.map((r) => JSON.stringify({ $type: TYPE[key as keyof typeof TYPE], ...r })))
  .join('\n')}\n`;
const encoder = new TextEncoder();

const count = (corpus: Corpus) =>
  corpus.actors.length + corpus.sources.length + corpus.claims.length + corpus.attributions.length;

const TEXT = 'texts/002-kishida-warns-of-axis.txt';
const seedText = readFileSync(join(bundledCorpusDir(), TEXT));

/**
 * Loads one file, as `sources/<name>` next to the seed's text file, in a temp corpus; checks that
 * each of its records loaded or was reported.
 */
async function loadOne(name: string, content: string | Uint8Array): Promise<Corpus> {
  const path = `sources/${name}`;
  const corpus = await loadCorpus(tempCorpus({ [path]: content, [TEXT]: seedText }));
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  expect(unaccounted(corpus, path, bytes), JSON.stringify(corpus.diagnostics)).toEqual([]);
  // check() must digest whatever loaded.
  expect(() => check(corpus)).not.toThrow();
  return corpus;
}

describe('truncated files', () => {
  // Cut points spread over the file, plus the awkward ones: inside the first key, at the end.
  const cuts = (text: string) => [
    ...new Set([
      1,
      5,
      9,
      ...Array.from({ length: 40 }, (_, i) => Math.floor(((i + 1) * text.length) / 41)),
      text.length - 1,
    ]),
  ];

  it.each([
    ['YAML', 'a.yaml', seedYaml],
    ['JSON', 'a.json', seedJson],
    ['JSONL', 'a.jsonl', seedJsonl],
  ])('%s cut anywhere: every record loads or is reported, nothing throws', async (_format, name, text) => {
    let reported = 0;
    for (const cut of cuts(text)) {
      const corpus = await loadOne(name, text.slice(0, cut));
      if (corpus.diagnostics.length > 0) reported++;
    }
    expect(reported).toBeGreaterThan(0);
  });

  it('a JSON file cut short says it looks cut off, at the end', async () => {
    const text = seedJson.slice(0, 500);
    const corpus = await loadOne('a.json', text);
    const d = corpus.diagnostics[0];
    expect(d).toMatchObject({ ruleId: 'syntax', severity: 'error', file: 'sources/a.json' });
    expect(d?.message).toMatch(/cut off/);
  });

  it('a JSONL file cut in its last line keeps every whole line', async () => {
    const lines = seedJsonl.trimEnd().split('\n');
    const text = `${lines.slice(0, -1).join('\n')}\n${(lines.at(-1) as string).slice(0, 20)}`;
    const corpus = await loadOne('a.jsonl', text);
    expect(count(corpus)).toBe(lines.length - 1);
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'syntax', line: lines.length });
  });
});

describe('a bad line in the middle of a JSONL file', () => {
  const lines = seedJsonl.trimEnd().split('\n');
  const middle = Math.floor(lines.length / 2);

  it.each([
    ['cut short', (l: string) => l.slice(0, l.length / 2)],
    ['with a trailing comma', (l: string) => `${l.slice(0, -1)},}`],
    ['written as YAML', () => 'id: x\nkind: person'],
    ['with text after the record', (l: string) => `${l} trailing`],
    ['with a key given twice', (l: string) => l.replace('{', '{"id":"twice",')],
    ['holding a list', () => '[1, 2, 3]'],
  ])('%s: that line is reported with its number, the others load', async (_label, breakLine) => {
    const broken = [...lines];
    broken[middle] = breakLine(lines[middle] as string);
    const corpus = await loadOne('corpus.jsonl', `${broken.join('\n')}\n`);
    const extra = broken.join('\n').split('\n').length - lines.length;
    expect(count(corpus)).toBe(lines.length - 1);
    const bad = corpus.diagnostics.filter((d) => d.severity === 'error');
    expect(bad.length).toBeGreaterThanOrEqual(1);
    expect(bad.every((d) => d.line !== undefined && d.line >= middle + 1 && d.line <= middle + 1 + extra)).toBe(true);
    expect(bad[0]?.message).toMatch(new RegExp(`^Line ${middle + 1} of sources/corpus\\.jsonl `));
  });

  it('a line with a byte that is not UTF-8 costs only that line', async () => {
    const before = encoder.encode(`${lines.slice(0, middle).join('\n')}\n`);
    const after = encoder.encode(`\n${lines.slice(middle + 1).join('\n')}\n`);
    const bad = new Uint8Array([...encoder.encode('{"id": "caf'), 0xe9, ...encoder.encode('"}')]);
    const bytes = new Uint8Array([...before, ...bad, ...after]);
    const corpus = await loadOne('corpus.jsonl', bytes);
    expect(count(corpus)).toBe(lines.length - 1);
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'syntax', line: middle + 1, column: 12 });
    expect(corpus.diagnostics[0]?.message).toContain('"é" in Latin-1');
  });
});

describe('line ends and byte order marks', () => {
  it.each([
    ['YAML', 'a.yaml', seedYaml],
    ['JSON', 'a.json', seedJson],
    ['JSONL', 'a.jsonl', seedJsonl],
  ])('%s with CRLF line ends loads the same records at the same lines', async (_format, name, text) => {
    const lf = await loadOne(name, text);
    const crlf = await loadOne(name, text.replaceAll('\n', '\r\n'));
    expect(crlf.diagnostics).toEqual([]);
    expect(crlf.attributions).toEqual(lf.attributions);
    expect(crlf.claims).toEqual(lf.claims);
    for (const a of lf.attributions) {
      expect(crlf.origin('attribution', a.id)?.locate()).toEqual(lf.origin('attribution', a.id)?.locate());
    }
  });

  it.each([
    ['YAML', 'a.yaml', seedYaml],
    ['JSON', 'a.json', seedJson],
    ['JSONL', 'a.jsonl', seedJsonl],
  ])('%s starting with a UTF-8 byte order mark loads as without it', async (_format, name, text) => {
    const plain = await loadOne(name, text);
    const bom = await loadOne(name, `\ufeff${text}`);
    expect(bom.diagnostics).toEqual([]);
    expect(count(bom)).toBe(count(plain));
    expect(bom.claims).toEqual(plain.claims);
  });

  it('positions stay right with CRLF: a schema error points at its line and column', async () => {
    const text = 'actors:\r\n  - id: a\r\n    kind: person\r\n    name: A\r\n    pronoun: it\r\n';
    const corpus = await loadOne('a.yaml', text);
    expect(corpus.diagnostics[0]).toMatchObject({ line: 5, column: 14, path: ['actors', 0, 'pronoun'] });
  });

  it('a text file keeps its CRLF line ends and loses only its byte order mark', async () => {
    const yaml = 'sources:\n  - { id: s, kind: article, title: T, textFile: t.txt }\n';
    const corpus = await loadOne('a.yaml', yaml);
    expect(corpus.diagnostics).toHaveLength(1); // t.txt does not exist yet
    const dir = tempCorpus({ 'a.yaml': yaml, 't.txt': '\ufeffLine one.\r\nLine two.\r\n' });
    const loaded = await loadCorpus(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.source('s')?.text).toBe('Line one.\r\nLine two.\r\n');
  });
});

describe('empty and odd files', () => {
  it.each([
    ['an empty YAML file', 'a.yaml', ''],
    ['a YAML file of blank lines and comments', 'a.yml', '\n\n# nothing here\n   \n'],
    ['an empty JSONL file', 'a.jsonl', ''],
    ['a JSONL file of blank lines', 'a.jsonl', '\n\r\n   \n'],
    ['a file holding only a byte order mark', 'a.yaml', '\ufeff'],
  ])('%s loads nothing and reports nothing', async (_label, name, content) => {
    const corpus = await loadOne(name, content);
    expect(count(corpus)).toBe(0);
    expect(corpus.diagnostics).toEqual([]);
  });

  it.each([
    ['a.yaml', '~\n'],
    ['a.json', 'null'],
  ])('%s holding null is reported as not holding the lists, like any other non-mapping', async (name, content) => {
    const corpus = await loadOne(name, content);
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'schema', severity: 'error', line: 1, column: 1, path: [] });
  });

  it.each([
    ['an empty JSON file', ''],
    ['a JSON file of white space', ' \n\t\n'],
  ])('%s is a syntax error at line 1 (JSON has no empty document)', async (_label, content) => {
    const corpus = await loadOne('a.json', content);
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'syntax', severity: 'error', file: 'sources/a.json' });
  });

  it('an empty directory, or one of empty folders, is an empty corpus', async () => {
    expect(count(await loadCorpus(tempCorpus({})))).toBe(0);
    const dir = tempCorpus({});
    mkdirSync(join(dir, 'a', 'b', 'c'), { recursive: true });
    const corpus = await loadCorpus(dir);
    expect(corpus.files).toEqual([]);
    expect(check(corpus)).toEqual([]);
  });

  it('files of other kinds are left alone, and binary data under a corpus name is refused', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = tempCorpus({
      'ok.yaml': 'actors:\n  - { id: ok, kind: group, name: OK }\n',
      'photo.png': png,
      'notes.txt': 'free text',
      'backup.yaml~': 'actors: [oops',
      'draft.json.bak': '{',
      'picture.yaml': png,
      'folder.yaml/inner.yml': 'actors:\n  - { id: inner, kind: group, name: Inner }\n',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.files).toEqual(['folder.yaml/inner.yml', 'ok.yaml', 'picture.yaml']);
    expect(corpus.actors.map((a) => a.id).sort()).toEqual(['inner', 'ok']);
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'syntax', severity: 'error', file: 'picture.yaml' });
    expect(corpus.diagnostics[0]?.message).toMatch(/picture\.yaml could not be read: .*(binary|UTF-8)/);
  });

  it('a pipe under a corpus name is reported as unreadable instead of blocking the load', async () => {
    const dir = tempCorpus({ 'ok.yaml': 'actors: []\n' });
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const corpus = await loadCorpus(dir);
    expect(corpus.files).toEqual(['ok.yaml']);
    expect(corpus.diagnostics).toEqual([
      {
        ruleId: 'syntax',
        severity: 'error',
        message:
          'pipe.yaml was not read: it is not a regular file (it is a pipe, socket or device). Any records in it are missing from the corpus.',
        file: 'pipe.yaml',
      },
    ]);
  });

  it('links are not followed, and a link that would have been read is reported', async () => {
    const outside = tempCorpus({ 'secret.yaml': 'actors:\n  - { id: secret, kind: group, name: Secret }\n' });
    const dir = tempCorpus({ 'ok.yaml': 'actors: []\n' });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'linked.yaml'));
    symlinkSync(outside, join(dir, 'linked-folder'));
    symlinkSync(join(outside, 'nowhere.yaml'), join(dir, 'dangling.txt'));
    const corpus = await loadCorpus(dir);
    expect(corpus.actors).toEqual([]);
    expect(corpus.diagnostics.map((d) => [d.file, d.severity, d.message])).toEqual([
      [
        'linked-folder',
        'error',
        'linked-folder was not read: it is a symbolic link to a folder, and links are not followed. Any records in it are missing from the corpus.',
      ],
      [
        'linked.yaml',
        'error',
        'linked.yaml was not read: it is a symbolic link, and links are not followed. Any records in it are missing from the corpus.',
      ],
    ]);
    // A skipped entry makes the corpus unreadable for the CLI, as an unreadable file does.
    expect(check(corpus).filter((d) => d.severity === 'error')).toHaveLength(2);
  });
});
