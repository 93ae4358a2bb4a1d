/** The CLI on hostile corpora: a message and an exit code, never a stack trace. */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useCleanCliState } from '../cli/run.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

useCleanCliState();

const OK =
  'actors:\n  - { id: ok, kind: group, name: OK }\nsources:\n  - { id: s, kind: other, title: T, publisher: ok }\n';

describe('claimtrail check on hostile corpora', () => {
  it('a skipped link fails the load like an unreadable file: exit code 2, naming what is missing', async () => {
    const outside = tempCorpus({ 'x.yaml': 'actors: []\n' });
    const dir = tempCorpus({ 'ok.yaml': OK });
    symlinkSync(join(outside, 'x.yaml'), join(dir, 'link.yaml'));
    const { code, stdout, stderr } = await run('check', dir);
    expect(stderr).toBe('');
    expect(stdout).toContain(
      'link.yaml was not read: it is a symbolic link, and links are not followed. Any records in it are missing from the corpus.',
    );
    expect(code).toBe(2);
  });

  it.each([
    ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])],
    ['nesting 10^5 levels deep', `actors: ${'['.repeat(100_000)}`],
    [
      'a billion laughs',
      `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 8 },
        (_, i) =>
          `b${i}: &b${i} [${Array(9)
            .fill(i === 0 ? '*a' : `*b${i - 1}`)
            .join(', ')}]`,
      ).join('\n')}\nactors: *b7\n`,
    ],
  ])('%s under a corpus name: exit code 2 and a sentence, no stack trace', async (_label, content) => {
    const { code, stdout, stderr } = await run('check', tempCorpus({ 'bad.yaml': content, 'ok.yaml': OK }));
    expect(code).toBe(2);
    expect(stdout).toMatch(
      /bad\.yaml\n\s+1:\d+\s+error\s+bad\.yaml (could not be read|is not valid YAML|uses YAML aliases)/,
    );
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
