import { appendFileSync, cpSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndexCache, buildIndexCacheSync } from '../../src/cache/build-index-cache.js';
import { type CacheOutcome, loadCorpusCached, readIndexCache } from '../../src/cache/load-corpus-cached.js';
import { CACHE_DIR, MANIFEST_FILE, SNAPSHOT_FILE } from '../../src/cache/manifest.js';
import { check } from '../../src/check/check.js';
import type { Corpus } from '../../src/corpus/corpus.js';
import { bundledCorpusDir, loadCorpus } from '../../src/corpus/load-corpus.js';
import { writeGeneratedCorpus } from '../../src/generate/write-generated-corpus.js';
import { runScaleCli } from '../generate/cli-harness.js';
import { observable } from '../helpers/observable.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

/** Everything a user can observe of a loaded corpus, its root and check included. */
const observed = (corpus: Corpus) => ({ ...observable(corpus), root: corpus.root, checked: check(corpus) });

/** A corpus with YAML and text files (the bundled one), generated JSONL, and a few broken records. */
async function mixedCorpus(): Promise<string> {
  const dir = tempCorpus({});
  cpSync(bundledCorpusDir(), dir, { recursive: true });
  await writeGeneratedCorpus(join(dir, 'generated'), { attributions: 300, seed: 8 });
  writeFileSync(
    join(dir, 'broken.attributions.jsonl'),
    '{"id":"b1","claim":"nope","source":"src.0","speaker":"kim-jong-un","mode":"summary","extra":true}\n{"id":"b2","claim":"clm.1","source":"src.0","speaker":"kim-jong-un","mode":"summary","said":"2099"}\n',
  );
  return dir;
}

const outcomeOf = async (dir: string, options: Parameters<typeof loadCorpusCached>[1] = {}) => {
  let outcome: CacheOutcome | undefined;
  const corpus = await loadCorpusCached(dir, { ...options, onOutcome: (o) => (outcome = o) });
  return { corpus, outcome };
};

describe('the persistent index', () => {
  it('reloads the very corpus a load from the files gives: records, diagnostics and the places of findings', async () => {
    const dir = await mixedCorpus();
    const info = await buildIndexCache(dir);
    expect(info.records.attribution).toBeGreaterThan(300);
    const cached = readIndexCache(dir);
    if (!('corpus' in cached)) throw new Error(cached.reason);
    const fresh = await loadCorpus(dir);
    const textFiles = fresh.sources.filter((s) => s.textFile !== undefined).length;
    expect(info.files).toBe(fresh.files.length + textFiles);
    expect(observed(cached.corpus)).toEqual(observed(fresh));
    expect(check(cached.corpus).some((d) => d.file === 'broken.attributions.jsonl' && d.line === 2)).toBe(true);
  });

  it('is used by loadCorpusCached while the files are unchanged, and written when missing', async () => {
    const dir = tempCorpus({});
    await writeGeneratedCorpus(dir, { attributions: 100, seed: 1 });
    const first = await outcomeOf(dir);
    expect(first.outcome).toEqual({ used: false, reason: 'there is no index yet', written: true });
    const second = await outcomeOf(dir);
    expect(second.outcome).toEqual({ used: true });
    expect(observed(second.corpus)).toEqual(observed(first.corpus));
  });

  it('is not used once a file changes, even when its size and time stay the same', async () => {
    const dir = tempCorpus({});
    await writeGeneratedCorpus(dir, { attributions: 100, seed: 2 });
    const path = join(dir, 'claims.jsonl');
    const then = new Date('2020-01-01T00:00:00Z');
    utimesSync(path, then, then);
    buildIndexCacheSync(dir);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"text":"', '"text":"X').replace(/(.)"\}\n/, '"}\n'));
    utimesSync(path, then, then);
    expect(statSync(path).size).toBe(Buffer.byteLength(text));
    expect(readIndexCache(dir)).toEqual({ reason: 'claims.jsonl changed content' });
    // Trusting sizes and times alone is faster, and blind to exactly this: it says so in its name.
    expect('corpus' in readIndexCache(dir, 'stat')).toBe(true);
    const { corpus, outcome } = await outcomeOf(dir);
    expect(outcome).toMatchObject({ used: false, reason: 'claims.jsonl changed content', written: true });
    expect(corpus.claims[0]?.text.startsWith('X')).toBe(true);
  });

  it('is not used when a file is added, removed or grows, or a text file changes', async () => {
    const dir = tempCorpus({});
    cpSync(bundledCorpusDir(), dir, { recursive: true });
    buildIndexCacheSync(dir);
    expect('corpus' in readIndexCache(dir)).toBe(true);
    appendFileSync(join(dir, 'texts/001-dn-kishida-ready-to-meet-kim.txt'), ' ');
    expect(readIndexCache(dir)).toEqual({ reason: 'texts/001-dn-kishida-ready-to-meet-kim.txt changed content' });
    buildIndexCacheSync(dir);
    writeFileSync(join(dir, 'more.yaml'), 'actors: []\n');
    expect(readIndexCache(dir)).toEqual({ reason: 'more.yaml was added' });
    rmSync(join(dir, 'more.yaml'));
    expect('corpus' in readIndexCache(dir)).toBe(true);
    rmSync(join(dir, 'actors.yaml'));
    expect(readIndexCache(dir)).toEqual({ reason: 'actors.yaml was removed' });
  });

  it('notices a missing text file that appears', async () => {
    const dir = tempCorpus({
      'a.yaml': 'sources:\n  - { id: s, kind: article, title: T, textFile: s.txt }\n',
    });
    const { corpus } = await outcomeOf(dir);
    expect(corpus.diagnostics.map((d) => d.ruleId)).toEqual(['text-file']);
    writeFileSync(join(dir, 's.txt'), 'now it is here');
    const again = await outcomeOf(dir);
    expect(again.outcome).toMatchObject({ used: false, reason: 's.txt appeared' });
    expect(again.corpus.source('s')?.text).toBe('now it is here');
  });

  it('falls back to the files when the index is damaged or from another version, and repairs it', async () => {
    const dir = tempCorpus({});
    await writeGeneratedCorpus(dir, { attributions: 80, seed: 3 });
    buildIndexCacheSync(dir);
    const snapshot = join(dir, CACHE_DIR, SNAPSHOT_FILE);
    writeFileSync(snapshot, readFileSync(snapshot).subarray(0, 100));
    expect(readIndexCache(dir)).toEqual({ reason: 'the cache file is incomplete' });
    const repaired = await outcomeOf(dir);
    expect(repaired.outcome).toMatchObject({ used: false, written: true });
    expect(repaired.corpus.stats().attributions).toBe(80);
    expect((await outcomeOf(dir)).outcome).toEqual({ used: true });
    const manifestPath = join(dir, CACHE_DIR, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, claimtrail: '0.0.0-other' }));
    expect(readIndexCache(dir)).toEqual({ reason: 'the cache was written by another version of claimtrail' });
  });

  it('leaves the index alone when asked not to refresh it', async () => {
    const dir = tempCorpus({ 'a.yaml': 'actors:\n  - { id: a, kind: group, name: A }\n' });
    const { outcome } = await outcomeOf(dir, { refresh: false });
    expect(outcome).toEqual({ used: false, reason: 'there is no index yet', written: false });
    expect(readIndexCache(dir)).toEqual({ reason: 'there is no index yet' });
  });
});

describe('claimtrail index', () => {
  it('builds, reports and clears the index', async () => {
    const dir = tempCorpus({});
    await writeGeneratedCorpus(dir, { attributions: 120, seed: 5 });
    expect(await runScaleCli('index', dir, '--status')).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('there is no index yet'),
    });
    const built = await runScaleCli('index', dir);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(
      /^✔ Indexed 120 attributions, \d+ claims, \d+ sources and \d+ actors from 4 files into .*\.claimtrail-cache \([\d.]+ MB\) in [\d.]+ s\.\n$/,
    );
    expect(await runScaleCli('index', dir, '--status')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('is fresh: 120 attributions'),
    });
    expect((await runScaleCli('index', dir, '--clear')).code).toBe(0);
    expect(readIndexCache(dir)).toEqual({ reason: 'there is no index yet' });
  });

  it('exits 2 for a directory that does not exist', async () => {
    const { code, stderr } = await runScaleCli('index', join(tempCorpus({}), 'nope'));
    expect(code).toBe(2);
    expect(stderr).toContain('does not exist');
  });
});
