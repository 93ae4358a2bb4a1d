import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, useCleanCliState } from '../cli/run.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/align/two-outlets');
let dirs: string[] = [];
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-align-'));
  cpSync(FIXTURE, dir, { recursive: true });
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('claimtrail align', () => {
  useCleanCliState();

  it('suggests the two wordings of the hospital report, and no unrelated claims of the same person', async () => {
    const { code, stdout } = await run('align', FIXTURE, '--json');
    expect(code).toBe(0);
    const suggestions = JSON.parse(stdout) as {
      a: string;
      b: string;
      relation: string;
      score: number;
      reasons: string[];
    }[];
    expect(suggestions.map((s) => [s.a, s.b, s.relation])).toEqual([
      ['dn2.c-lee-in-hospital', 'es.c-lee-hospitalised', 'same'],
    ]);
    expect(suggestions[0]?.score).toBeGreaterThan(0.55);
    expect(suggestions[0]?.reasons).toContain('same subject (ann-lee)');
  });

  it('--write records the pair as sameAs, keeping comments, and contradictions then finds the denial across outlets', async () => {
    const dir = copy();
    const before = await run('contradictions', dir, '--json');
    const across = (json: string) =>
      (JSON.parse(json) as { a: { attribution: string }; b: { attribution: string } }[]).map((c) => [
        c.a.attribution,
        c.b.attribution,
      ]);
    expect(across(before.stdout)).toEqual([['es.a-lee-hospitalised', 'es.a-park-denies']]);

    const written = await run('align', dir, '--write');
    expect(written.code).toBe(0);
    expect(written.stderr).toBe('wrote 1 sameAs link to sources/daily-north.yaml\n');
    const file = readFileSync(join(dir, 'sources/daily-north.yaml'), 'utf8');
    const original = readFileSync(join(FIXTURE, 'sources/daily-north.yaml'), 'utf8');
    expect(file).toBe(
      original.replace('    when: 2025-05-02\n', '    when: 2025-05-02\n    sameAs: [ es.c-lee-hospitalised ]\n'),
    );

    const after = await run('contradictions', dir, '--json');
    expect(across(after.stdout)).toEqual([
      ['dn2.a-lee-in-hospital', 'es.a-park-denies'],
      ['es.a-lee-hospitalised', 'es.a-park-denies'],
    ]);
    expect((await run('align', dir, '--json')).stdout.trim()).toBe('[]');
    expect((await run('check', dir)).code).toBe(0);
  });

  it('rejects a minimum score outside 0 to 1', async () => {
    const { code, stderr } = await run('align', FIXTURE, '--min-score', '2');
    expect(code).toBe(2);
    expect(stderr).toContain('--min-score: "2" is not a number from 0 to 1');
  });
});
