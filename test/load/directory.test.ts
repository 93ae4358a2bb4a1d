import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpusDir, CorpusDirectoryError, check, loadCorpus, loadCorpusSync } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { only } from './where.js';

const one = (id: string) => `actors:\n  - { id: ${id}, kind: group, name: ${id} }\n`;

describe('the corpus directory', () => {
  it('is read recursively, skipping hidden directories, node_modules and other files', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'a.yaml': one('a'),
        'deep/er/b.yml': one('b'),
        'C.YAML': one('c'),
        '.git/d.yaml': one('d'),
        '.drafts/e.yaml': one('e'),
        'node_modules/pkg/f.yaml': one('f'),
        'notes.txt': 'not a corpus file',
        'README.md': '# corpus',
      }),
    );
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.files).toEqual(['C.YAML', 'a.yaml', 'deep/er/b.yml']);
    expect(corpus.actors.map((a) => a.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('loads in a reproducible order: files sorted, records in file order', async () => {
    const files = {
      'b.yaml': one('b1'),
      'a/z.yaml': one('az'),
      'a.yaml': `${one('a1')}  - { id: a2, kind: group, name: A2 }\n`,
    };
    const first = (await loadCorpus(tempCorpus(files))).actors.map((a) => a.id);
    expect(first).toEqual(['a1', 'a2', 'az', 'b1']);
  });

  it('must exist', async () => {
    const missing = join(tempCorpus({}), 'nope');
    await expect(loadCorpus(missing)).rejects.toThrow(CorpusDirectoryError);
    await expect(loadCorpus(missing)).rejects.toThrow(`${missing} does not exist`);
  });

  it('must be a directory', () => {
    const file = join(tempCorpus({ 'a.yaml': one('a') }), 'a.yaml');
    expect(() => loadCorpusSync(file)).toThrow(`${file} is not a directory`);
  });

  it('may be empty', async () => {
    const corpus = await loadCorpus(tempCorpus({}));
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.stats()).toMatchObject({ actors: 0, files: 0 });
  });
});

describe('file encodings', () => {
  it('refuses UTF-16 with a reason, and still loads the other files', async () => {
    const corpus = await loadCorpus(
      tempCorpus({ 'u16.yaml': new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'ok.yaml': one('ok') }),
    );
    expect(corpus.actors.map((a) => a.id)).toEqual(['ok']);
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ ruleId: 'syntax', file: 'u16.yaml', line: 1, column: 1 });
    expect(d.message).toMatch(
      /^u16\.yaml could not be read: it is encoded as UTF-16\b.*save it as UTF-8\. None of its records were loaded\.$/,
    );
  });

  it('refuses invalid UTF-8 instead of loading replacement characters', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'latin1.json': new Uint8Array([0x7b, 0x22, 0xe1, 0x22, 0x7d]) }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ ruleId: 'syntax', file: 'latin1.json', line: 1, column: 3 });
    expect(d.message).toMatch(
      /^latin1\.json could not be read: it is not valid UTF-8\b.*[sS]ave it as UTF-8\. None of its records were loaded\.$/,
    );
  });
});

describe('the bundled seed corpus', () => {
  it('is found without an argument and loads without a diagnostic', async () => {
    const corpus = await loadCorpus();
    expect(corpus.root).toBe(bundledCorpusDir());
    expect(corpus.diagnostics).toEqual([]);
    const stats = corpus.stats();
    expect(stats.sources).toBeGreaterThanOrEqual(5);
    expect(stats.sourcesWithText).toBe(5);
    expect(stats.attributions).toBeGreaterThan(100);
    expect(stats.byMode['direct-quote']).toBe(stats.directQuotes);
  });

  it('passes check() without errors', async () => {
    const errors = check(await loadCorpus()).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('gives every record an origin in a file of the corpus', async () => {
    const corpus = await loadCorpus();
    for (const [type, list] of [
      ['actor', corpus.actors],
      ['source', corpus.sources],
      ['claim', corpus.claims],
      ['attribution', corpus.attributions],
    ] as const) {
      for (const record of list) {
        const origin = corpus.origin(type, record.id);
        expect(corpus.files).toContain(origin?.file);
        expect(origin?.locate()?.line).toBeGreaterThan(0);
      }
    }
  });

  it('is frozen', async () => {
    const corpus = await loadCorpus();
    expect(Object.isFrozen(corpus.actors)).toBe(true);
    expect(Object.isFrozen(corpus.actors[0])).toBe(true);
    expect(Object.isFrozen(corpus.diagnostics)).toBe(true);
  });
});
