import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { only } from './where.js';

const sourceWith = (textFile: string, id = 's') =>
  `sources:\n  - id: ${id}\n    kind: article\n    title: T\n    textFile: ${JSON.stringify(textFile)}\n`;

describe('textFile', () => {
  it('is read relative to the file that names it, verbatim', async () => {
    const text = 'Japan said “Friday”  that\r\nit is ready.\n';
    const corpus = await loadCorpus(
      tempCorpus({ 'sources/one.yaml': sourceWith('../texts/one.txt'), 'texts/one.txt': text }),
    );
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.source('s')?.text).toBe(text);
    expect(corpus.stats().sourcesWithText).toBe(1);
  });

  it('works from JSON and JSONL files too', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'a/sources.jsonl': '{"id":"s","kind":"article","title":"T","textFile":"s.txt"}\n',
        'a/s.txt': 'from jsonl',
        'b/b.json': '{"sources":[{"id":"t","kind":"article","title":"T","textFile":"../t.txt"}]}',
        't.txt': 'from json',
      }),
    );
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.source('s')?.text).toBe('from jsonl');
    expect(corpus.source('t')?.text).toBe('from json');
  });

  it('loads the source without its text, at the textFile field, when the file is missing', async () => {
    const yaml = sourceWith('../texts/missing.txt');
    const corpus = await loadCorpus(tempCorpus({ 'sources/one.yaml': yaml }));
    expect(corpus.source('s')).toBeDefined();
    expect(corpus.source('s')?.text).toBeUndefined();
    const d = only(corpus, () => true);
    expect(d).toMatchObject({
      ruleId: 'text-file',
      severity: 'error',
      entity: { type: 'source', id: 's' },
      file: 'sources/one.yaml',
      line: 5,
      column: 15,
      path: ['sources', 0, 'textFile'],
    });
    expect(d.message).toBe(
      'Source "s" names a text file that cannot be used: "../texts/missing.txt" does not exist (looked for texts/missing.txt). The source was loaded without its text.',
    );
  });

  it.each([
    ['../../outside.txt', 'points outside the corpus directory'],
    ['/etc/hostname', 'is an absolute path'],
  ])('refuses %s: it %s', async (path, reason) => {
    const corpus = await loadCorpus(tempCorpus({ 'sources/one.yaml': sourceWith(path) }));
    expect(corpus.source('s')?.text).toBeUndefined();
    expect(only(corpus, () => true).message).toContain(reason);
  });

  it('refuses a link that leads outside the corpus', async () => {
    const outside = tempCorpus({ 'secret.txt': 'not yours' });
    const dir = tempCorpus({ 'one.yaml': sourceWith('link.txt') });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    const corpus = await loadCorpus(dir);
    expect(corpus.source('s')?.text).toBeUndefined();
    expect(only(corpus, () => true).message).toContain('is a link to a file outside the corpus directory');
  });

  it('refuses a text file that is not UTF-8', async () => {
    const dir = tempCorpus({ 'one.yaml': sourceWith('latin1.txt') });
    writeFileSync(join(dir, 'latin1.txt'), new Uint8Array([0x44, 0x69, 0xe1, 0x72, 0x69, 0x6f]));
    const corpus = await loadCorpus(dir);
    expect(corpus.source('s')?.text).toBeUndefined();
    expect(only(corpus, () => true)).toMatchObject({ ruleId: 'text-file', path: ['sources', 0, 'textFile'] });
  });

  it('is refused together with an inline text', async () => {
    const yaml = `${sourceWith('one.txt')}    text: inline\n`;
    const corpus = await loadCorpus(tempCorpus({ 'one.yaml': yaml, 'one.txt': 'file' }));
    expect(corpus.sources).toEqual([]);
    expect(only(corpus, () => true)).toMatchObject({
      ruleId: 'schema',
      line: 5,
      column: 15,
      path: ['sources', 0, 'textFile'],
    });
  });

  it('is not needed for an inline text', async () => {
    const corpus = await loadCorpus(
      tempCorpus({ 'one.yaml': 'sources:\n  - { id: s, kind: article, title: T, text: "Inline." }\n' }),
    );
    expect(corpus.source('s')?.text).toBe('Inline.');
  });
});
