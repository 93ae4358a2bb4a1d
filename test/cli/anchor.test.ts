import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { bundledCorpusDir, loadCorpus } from '../../src/corpus/load-corpus.js';
import { run, useCleanCliState } from './run.js';

useCleanCliState();

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of the bundled corpus. */
function copyOfSeedCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-anchor-'));
  copies.push(dir);
  cpSync(bundledCorpusDir(), dir, { recursive: true });
  return dir;
}

const TEXT = 'texts/001-dn-kishida-ready-to-meet-kim.txt';
const YAML = 'sources/001-dn-kishida-ready-to-meet-kim.yaml';

const quoteErrors = async (dir: string) =>
  check(await loadCorpus(dir), { only: ['quote-not-in-source'] }).map((d) => d.message);

describe('claimtrail anchor', () => {
  it('repairs the anchors after an edit to a text, keeping the YAML comments and layout', async () => {
    const dir = copyOfSeedCorpus();
    const yamlPath = join(dir, YAML);
    const original = readFileSync(yamlPath, 'utf8');
    // A reviewer's comment on one quote, which must survive.
    const commented = original.replace(
      '      - text: We would like to organize high-level discussions\n',
      '      - text: We would like to organize high-level discussions # checked against the Lusa wire\n',
    );
    writeFileSync(yamlPath, commented);
    const textPath = join(dir, TEXT);
    writeFileSync(textPath, readFileSync(textPath, 'utf8').replace('HomeWorld', 'Home › World › Asia'));
    expect((await quoteErrors(dir)).length).toBeGreaterThan(5);

    const dry = await run('anchor', dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dn\.a-matsuno-high-level-talks quote 1: moved 499–547 → 509–557/);
    expect(dry.stdout).toMatch(/Pass --write to save\./);
    expect(readFileSync(yamlPath, 'utf8')).toBe(commented);

    const written = await run('anchor', dir, '--write');
    expect(written.code).toBe(0);
    expect(await quoteErrors(dir)).toEqual([]);
    const after = readFileSync(yamlPath, 'utf8');
    expect(after).toContain('high-level discussions # checked against the Lusa wire\n        start: 509\n');
    expect(after.startsWith('# yaml-language-server: $schema=')).toBe(true);
    // Only anchor numbers changed: the file has as many lines, and every other line is the same.
    const [was, now] = [commented.split('\n'), after.split('\n')];
    expect(now).toHaveLength(was.length);
    const changed = now.filter((line, i) => line !== was[i]);
    expect(changed.every((line) => /^\s+(- )?(start|end): \d+$/.test(line))).toBe(true);

    const again = await run('anchor', dir);
    expect(again.stdout).toMatch(/^0 quotes would be re-anchored/);
  });

  it('reports a quote whose words are gone, exits 1, and leaves it alone', async () => {
    const dir = copyOfSeedCorpus();
    const textPath = join(dir, TEXT);
    writeFileSync(
      textPath,
      readFileSync(textPath, 'utf8').replace(
        'We see opportunities for cooperation both in the field of aircraft manufacturing and in other industries',
        'Talks went well',
      ),
    );
    const before = readFileSync(join(dir, YAML), 'utf8');
    const result = await run('anchor', dir, '--write');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/dn\.a-manturov-opportunities quote 1: could not anchor "We see opportunities/);
    const after = readFileSync(join(dir, YAML), 'utf8');
    expect(after).toContain('start: 1534\n');
    expect(after).not.toBe(before); // the quotes after the edit moved
  });

  it('fills missing anchors', async () => {
    const dir = copyOfSeedCorpus();
    const yamlPath = join(dir, YAML);
    const stripped = readFileSync(yamlPath, 'utf8').replace(
      /( {6}- text: We see opportunities[^\n]*\n)(?: {8}(?:start|end|prefix|suffix): [^\n]*\n)+/,
      '$1',
    );
    writeFileSync(yamlPath, stripped);
    const result = await run('anchor', dir, '--write');
    expect(result.stdout).toMatch(/dn\.a-manturov-opportunities quote 1: anchored at 1534–1639/);
    expect(await quoteErrors(dir)).toEqual([]);
  });

  it('rejects a threshold outside 0 to 1', async () => {
    const result = await run('anchor', copyOfSeedCorpus(), '--threshold', '3');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--threshold: expected a number above 0 and at most 1/);
  });
});
