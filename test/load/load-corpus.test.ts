import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import type { Corpus } from '../../src/corpus/corpus.js';
import { bundledCorpusDir, CorpusDirectoryError, loadCorpus, loadCorpusSync } from '../../src/corpus/load-corpus.js';
import { writeGeneratedCorpus } from '../../src/generate/write-generated-corpus.js';
import { observable } from '../helpers/observable.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

/** Everything a user can observe of a loaded corpus, its check included. */
const observed = (corpus: Corpus) => ({ ...observable(corpus), checked: check(corpus) });

describe('loadCorpus and loadCorpusSync', () => {
  it('loads the bundled corpus (YAML with text files) alike', async () => {
    expect(observed(await loadCorpus())).toEqual(observed(loadCorpusSync()));
  });

  it('loads a generated JSONL corpus alike, positions of findings included', async () => {
    const dir = tempCorpus({});
    await writeGeneratedCorpus(dir, { attributions: 600, seed: 4 });
    // Break a few things so that check has findings with file, line and column to compare.
    writeFileSync(
      join(dir, 'extra.attributions.jsonl'),
      [
        '{"id":"x1","claim":"clm.0","source":"src.0","speaker":"nobody","mode":"direct-quote","quotes":[{"text":"not there","start":1,"end":10}]}',
        '{"id":"x2","claim":"clm.0","source":"src.0","speaker":"nobody","mode":"summary","said":"2031-01-01"}',
        '{"id":"att.3","claim":"clm.0","source":"src.0","speaker":"nobody","mode":"summary"}',
        'not json',
      ].join('\n'),
    );
    const streamed = observed(await loadCorpus(dir));
    const loaded = observed(loadCorpusSync(dir));
    expect(streamed.checked.length).toBeGreaterThan(3);
    expect(streamed.checked.every((d) => d.file === undefined || d.line !== undefined)).toBe(true);
    expect(streamed).toEqual(loaded);
  });

  it('shares repeated strings and empty lists without changing any record', async () => {
    const dir = tempCorpus({});
    await writeGeneratedCorpus(dir, { attributions: 200, seed: 9 });
    const corpus = loadCorpusSync(dir);
    const [a, b] = corpus.attributions.filter((x) => x.via.length === 0 && x.roles.length === 0);
    expect(a?.via).toBe(b?.via);
    expect(Object.isFrozen(a?.via)).toBe(true);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('reports the progress of the load in bytes, ending at the total', () => {
    const dir = tempCorpus({});
    cpSync(bundledCorpusDir(), dir, { recursive: true });
    const seen: [number, number][] = [];
    loadCorpusSync(dir, { onProgress: (read, total) => seen.push([read, total]) });
    const [read, total] = seen.at(-1) ?? [0, 0];
    expect(read).toBe(total);
    expect(total).toBeGreaterThan(10_000);
  });

  it('refuses a directory that does not exist', async () => {
    await expect(loadCorpus(join(tempCorpus({}), 'nope'))).rejects.toThrow(CorpusDirectoryError);
  });
});
