import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndexCacheSync, writeIndexCache } from '../../src/cache/build-index-cache.js';
import { takeCorpusInputs } from '../../src/cache/corpus-inputs.js';
import { type CacheOutcome, loadCorpusCachedSync, readIndexCache } from '../../src/cache/load-corpus-cached.js';
import { CACHE_DIR, MANIFEST_FILE, SNAPSHOT_FILE } from '../../src/cache/manifest.js';
import { bundledCorpusDir, loadRoot } from '../../src/corpus/load-corpus.js';
import { observable } from '../helpers/observable.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

/** A cached load and a fresh load of the same directory, and what the cached load said it did. */
function bothLoads(dir: string) {
  let outcome: CacheOutcome | undefined;
  const cached = loadCorpusCachedSync(dir, { onOutcome: (o) => (outcome = o) });
  const fresh = loadRoot(dir).corpus;
  return { cached: observable(cached), fresh: observable(fresh), outcome };
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

function smallCorpus(): string {
  return tempCorpus({
    'actors.yaml': 'actors:\n  - { id: alice, name: Alice, kind: person }\n',
    'sources.yaml': 'sources:\n  - { id: s, kind: article, title: T, textFile: texts/s.txt }\n',
    'texts/s.txt': 'Alice said: "hello there".',
  });
}

describe('the index never serves what a fresh load would not give', () => {
  it('is not used when a symbolic link with a corpus name appears (a fresh load warns about it)', () => {
    const dir = smallCorpus();
    buildIndexCacheSync(dir);
    const outside = tempCorpus({ 'evil.yaml': 'actors:\n  - { id: eve, name: Eve, kind: person }\n' });
    symlinkSync(join(outside, 'evil.yaml'), join(dir, 'evil.yaml'));
    expect(readIndexCache(dir)).toEqual({
      reason: 'evil.yaml appeared (it is a symbolic link, and links are not followed)',
    });
    const { cached, fresh, outcome } = bothLoads(dir);
    expect(outcome?.used).toBe(false);
    expect(cached).toEqual(fresh);
    expect(cached.diagnostics.some((d) => d.file === 'evil.yaml')).toBe(true);
  });

  it('is not used when a pipe with a corpus name appears, and never opens it', () => {
    const dir = smallCorpus();
    buildIndexCacheSync(dir);
    mkfifo(join(dir, 'pipe.yaml'));
    const { cached, fresh, outcome } = bothLoads(dir);
    expect(outcome).toMatchObject({ used: false, reason: expect.stringContaining('pipe.yaml appeared') });
    expect(cached).toEqual(fresh);
  });

  it('never writes a cache whose texts differ from what the load read (a text edited during the load)', () => {
    const dir = smallCorpus();
    const before = takeCorpusInputs(dir, 'hash');
    if ('reason' in before) throw new Error(before.reason);
    const { corpus } = loadRoot(dir);
    writeFileSync(join(dir, 'texts/s.txt'), 'Alice said: "goodbye".');
    expect(writeIndexCache(dir, corpus, before)).toEqual({
      skipped: 'a text file changed while the corpus was loading',
    });
    const { cached, fresh } = bothLoads(dir);
    expect(cached.sources[0]?.text).toBe('Alice said: "goodbye".');
    expect(cached).toEqual(fresh);
  });

  it('never writes a cache when a corpus file changed during the load', () => {
    const dir = smallCorpus();
    const before = takeCorpusInputs(dir, 'hash');
    if ('reason' in before) throw new Error(before.reason);
    const { corpus } = loadRoot(dir);
    writeFileSync(join(dir, 'actors.yaml'), 'actors:\n  - { id: alice, name: Alicf, kind: person }\n');
    expect(writeIndexCache(dir, corpus, before)).toEqual({
      skipped: 'actors.yaml changed content while the corpus was loading',
    });
  });

  it('refuses a snapshot edited in place (same size), by its checksum', () => {
    const dir = smallCorpus();
    buildIndexCacheSync(dir);
    const path = join(dir, CACHE_DIR, SNAPSHOT_FILE);
    const bytes = readFileSync(path);
    const at = bytes.lastIndexOf(Buffer.from('Alice'));
    bytes.write('Eve!!', at, 'latin1');
    writeFileSync(path, bytes);
    expect(readIndexCache(dir)).toEqual({ reason: 'the cache file does not match its checksum' });
    const { cached, fresh } = bothLoads(dir);
    expect(cached.actors[0]?.name).toBe('Alice');
    expect(cached).toEqual(fresh);
  });

  it('rebuilds instead of throwing when a text file becomes a folder, a pipe or a link out of the corpus', () => {
    const dir = smallCorpus();
    const outside = tempCorpus({ 'secret.txt': 'Alice said: "hello there".' });
    for (const swap of [
      () => mkdirSync(join(dir, 'texts/s.txt')),
      () => mkfifo(join(dir, 'texts/s.txt')),
      () => symlinkSync(join(outside, 'secret.txt'), join(dir, 'texts/s.txt')),
    ]) {
      buildIndexCacheSync(dir);
      rmSync(join(dir, 'texts/s.txt'), { recursive: true });
      swap();
      const { cached, fresh, outcome } = bothLoads(dir);
      expect(outcome?.used).toBe(false);
      expect(cached).toEqual(fresh);
      expect(cached.sources[0]?.text).toBeUndefined();
      rmSync(join(dir, 'texts/s.txt'), { recursive: true });
      writeFileSync(join(dir, 'texts/s.txt'), 'Alice said: "hello there".');
    }
  });

  it('never hashes a file outside the corpus reached through a link', () => {
    const outside = tempCorpus({ 'etc/hostname': 'secret-host\n' });
    const dir = tempCorpus({
      'sources.yaml': 'sources:\n  - { id: s, kind: article, title: T, textFile: root/etc/hostname }\n',
    });
    symlinkSync(outside, join(dir, 'root'));
    buildIndexCacheSync(dir);
    const manifest = JSON.parse(readFileSync(join(dir, CACHE_DIR, MANIFEST_FILE), 'utf8'));
    expect(manifest.texts).toEqual([
      { from: 'sources.yaml', textFile: 'root/etc/hostname', outcome: { ok: false, reason: expect.any(String) } },
    ]);
  });
});

describe('the index writes only its own files, never through a link', () => {
  it('does not write through a planted temporary-file link, whatever the file names', () => {
    const outside = tempCorpus({ '.bashrc': 'echo hello\n' });
    const dir = tempCorpus({ '$(touch PWNED).yaml': 'actors:\n  - { id: alice, name: Alice, kind: person }\n' });
    mkdirSync(join(dir, CACHE_DIR));
    symlinkSync(join(outside, '.bashrc'), join(dir, CACHE_DIR, `${MANIFEST_FILE}.tmp`));
    symlinkSync(join(outside, '.bashrc'), join(dir, CACHE_DIR, `${SNAPSHOT_FILE}.${process.pid}.tmp`));
    buildIndexCacheSync(dir);
    expect(readFileSync(join(outside, '.bashrc'), 'utf8')).toBe('echo hello\n');
    expect('corpus' in readIndexCache(dir)).toBe(true);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });

  it('refuses to write over a link planted as the manifest or the snapshot, and to read one', () => {
    for (const name of [MANIFEST_FILE, SNAPSHOT_FILE]) {
      const outside = tempCorpus({ '.bashrc': 'echo hello\n' });
      const dir = smallCorpus();
      mkdirSync(join(dir, CACHE_DIR));
      symlinkSync(join(outside, '.bashrc'), join(dir, CACHE_DIR, name));
      expect(() => buildIndexCacheSync(dir)).toThrow(/symbolic link/);
      expect(readFileSync(join(outside, '.bashrc'), 'utf8')).toBe('echo hello\n');
      const { cached, fresh, outcome } = bothLoads(dir);
      expect(outcome).toMatchObject({ used: false, written: false, writeError: expect.stringContaining('link') });
      expect(cached).toEqual(fresh);
    }
  });

  it('neither reads nor writes through a cache folder that is a link', () => {
    const outside = tempCorpus({});
    const dir = smallCorpus();
    symlinkSync(outside, join(dir, CACHE_DIR));
    const { outcome } = bothLoads(dir);
    expect(outcome).toMatchObject({ used: false, written: false, writeError: '.claimtrail-cache is a symbolic link' });
    expect(readIndexCache(dir)).toEqual({ reason: '.claimtrail-cache is a symbolic link' });
  });

  it('does not block on a pipe planted as the manifest or the snapshot', () => {
    for (const name of [MANIFEST_FILE, SNAPSHOT_FILE]) {
      const dir = smallCorpus();
      buildIndexCacheSync(dir);
      rmSync(join(dir, CACHE_DIR, name));
      mkfifo(join(dir, CACHE_DIR, name));
      expect(readIndexCache(dir)).toMatchObject({ reason: expect.stringContaining('not a regular file') });
    }
  });

  it('still loads the bundled corpus through the index as a fresh load does', () => {
    const dir = tempCorpus({});
    cpSync(bundledCorpusDir(), dir, { recursive: true });
    buildIndexCacheSync(dir);
    const { cached, fresh, outcome } = bothLoads(dir);
    expect(outcome).toEqual({ used: true });
    expect(cached).toEqual(fresh);
  });
});
