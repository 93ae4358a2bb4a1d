import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusCachedSync } from '../../src/cache/load-corpus-cached.js';
import { loadCorpus, loadCorpusStreamingSync, loadCorpusSync } from '../../src/corpus/load-corpus.js';
import { run, useCleanCliState } from '../cli/run.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

useCleanCliState();

const OK = 'actors:\n  - { id: ok, kind: group, name: OK }\n';

/** The load diagnostics every way of loading gives, which must agree. */
async function everyLoad(dir: string) {
  const ways = [
    (await loadCorpus(dir)).diagnostics,
    loadCorpusSync(dir).diagnostics,
    loadCorpusStreamingSync(dir).diagnostics,
    loadCorpusCachedSync(dir).diagnostics,
  ];
  for (const other of ways.slice(1)) expect(other).toEqual(ways[0]);
  return ways[0] ?? [];
}

describe('a part of the corpus that cannot be read fails the load the same way everywhere', () => {
  it('a symlinked corpus file: an error naming it and saying its records are missing, exit 2', async () => {
    const outside = tempCorpus({ 'x.yaml': 'actors:\n  - { id: x, kind: group, name: X }\n' });
    const dir = tempCorpus({ 'ok.yaml': OK });
    symlinkSync(join(outside, 'x.yaml'), join(dir, 'link.yaml'));
    const diagnostics = await everyLoad(dir);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'link.yaml', message: expect.stringContaining('missing') }),
    ]);
    expect((await run('check', dir)).code).toBe(2);
    expect((await run('stats', dir)).code).toBe(0);
  });

  // root reads every folder whatever its mode, so this runs only as another user.
  it.skipIf(process.getuid?.() === 0)('an unreadable folder: an error naming it, exit 2', async () => {
    const dir = tempCorpus({ 'ok.yaml': OK, 'more/a.yaml': OK });
    chmodSync(join(dir, 'more'), 0o000);
    try {
      const diagnostics = await everyLoad(dir);
      expect(diagnostics).toEqual([
        expect.objectContaining({
          severity: 'error',
          file: 'more',
          message: expect.stringContaining('none of the files'),
        }),
      ]);
      expect((await run('check', dir)).code).toBe(2);
    } finally {
      chmodSync(join(dir, 'more'), 0o755);
    }
  });
});
