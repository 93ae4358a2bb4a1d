/**
 * A source's `textFile` may only name a regular file inside the corpus directory: not by `../`,
 * not by an absolute path, not through a link or a linked folder, and not a pipe or a device.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const source = (textFile: string) =>
  `sources:\n  - id: s\n    kind: article\n    title: T\n    textFile: ${JSON.stringify(textFile)}\n`;

/** Loads a corpus whose one source names `textFile`; returns the source's text and the one diagnostic. */
async function attempt(dir: string) {
  const corpus = await loadCorpus(dir);
  expect(corpus.source('s'), 'the source itself still loads').toBeDefined();
  return { text: corpus.source('s')?.text, diagnostics: corpus.diagnostics };
}

async function refused(dir: string, reason: RegExp) {
  const { text, diagnostics } = await attempt(dir);
  expect(text).toBeUndefined();
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0]).toMatchObject({ ruleId: 'text-file', severity: 'error', path: ['sources', 0, 'textFile'] });
  expect(diagnostics[0]?.message).toMatch(reason);
  return diagnostics[0];
}

describe('textFile cannot leave the corpus directory', () => {
  it.each([
    ['../secret.txt'],
    ['../../secret.txt'],
    ['sub/../../secret.txt'],
    ['./../secret.txt'],
    ['sub/../../../../../../../../etc/passwd'],
    ['..'],
  ])('%s points outside and is refused', async (path) => {
    const outer = tempCorpus({ 'secret.txt': 'not yours', 'corpus/a.yaml': source(path), 'corpus/sub/x.txt': 'x' });
    await refused(join(outer, 'corpus'), /points outside the corpus directory/);
  });

  it.each([['/etc/passwd'], ['/dev/zero'], ['C:\\Windows\\win.ini'], ['\\\\server\\share\\x.txt']])(
    '%s is an absolute path and is refused',
    async (path) => {
      await refused(tempCorpus({ 'a.yaml': source(path) }), /is an absolute path/);
    },
  );

  it('a link to a file outside is refused, a link inside is followed', async () => {
    const outside = tempCorpus({ 'secret.txt': 'not yours' });
    const dir = tempCorpus({ 'a.yaml': source('link.txt'), 'real.txt': 'mine' });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    await refused(dir, /is a link to a file outside the corpus directory/);

    const inside = tempCorpus({ 'a.yaml': source('link.txt'), 'texts/real.txt': 'mine' });
    symlinkSync(join(inside, 'texts', 'real.txt'), join(inside, 'link.txt'));
    expect((await attempt(inside)).text).toBe('mine');
  });

  it('a linked folder that leads outside is refused', async () => {
    const outside = tempCorpus({ 'secret.txt': 'not yours' });
    const dir = tempCorpus({ 'a.yaml': source('texts/secret.txt') });
    symlinkSync(outside, join(dir, 'texts'));
    const corpus = await loadCorpus(dir);
    expect(corpus.source('s')?.text).toBeUndefined();
    expect(corpus.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['syntax', 'error'], // the linked folder is not searched for corpus files either
      ['text-file', 'error'],
    ]);
    expect(corpus.diagnostics[1]?.message).toContain('is a link to a file outside the corpus directory');
  });

  it('a corpus directory reached through a link still reads its own texts', async () => {
    const real = tempCorpus({ 'a.yaml': source('texts/t.txt'), 'texts/t.txt': 'text' });
    const parent = tempCorpus({});
    symlinkSync(real, join(parent, 'linked'));
    expect((await attempt(join(parent, 'linked'))).text).toBe('text');
  });

  it('a folder, a pipe and a path with a NUL are refused without blocking', async () => {
    const dir = tempCorpus({ 'a.yaml': source('texts') });
    mkdirSync(join(dir, 'texts'));
    await refused(dir, /is a folder, not a file/);

    const piped = tempCorpus({ 'a.yaml': source('pipe.txt') });
    execFileSync('mkfifo', [join(piped, 'pipe.txt')]);
    await refused(piped, /is not a regular file/);

    await refused(tempCorpus({ 'a.yaml': source('a\u0000b.txt') }), /contains a NUL character/);
  });

  it('percent-encoded paths are taken literally, and backslashes do not climb out', async () => {
    const dir = tempCorpus({ 'a.yaml': source('%2e%2e/secret.txt'), '%2e%2e/secret.txt': 'literal folder name' });
    expect((await attempt(dir)).text).toBe('literal folder name');
    // Backslashes climb out on Windows; the path is refused everywhere, so a corpus is safe on any system.
    await refused(tempCorpus({ 'a.yaml': source('..\\..\\secret.txt') }), /points outside the corpus directory/);
  });

  it('the reason shows invisible characters in the path', async () => {
    const d = await refused(tempCorpus({ 'a.yaml': source('text\u202e.txt') }), /does not exist/);
    expect(d?.message).toContain('"text<U+202E>.txt"');
  });
});
