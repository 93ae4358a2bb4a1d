import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { checkStream } from '../../src/stream/check-stream.js';
import { streamAttributions, streamRecords } from '../../src/stream/stream-records.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const good = (id: string) => JSON.stringify({ id, claim: 'c', source: 's', speaker: 'x', mode: 'summary' });
const lines = [
  good('a1'),
  JSON.stringify({ id: 'a2', claim: 'c', source: 's', speaker: 'x', mode: 'summry' }),
  '{"id": "a3",',
  '',
  JSON.stringify({ $type: 'actor', id: 'x', kind: 'person', name: 'X' }),
  JSON.stringify({ id: 'a4', claim: 'c', source: 's', speaker: 'x', mode: 'summary', said: '2023-02-30' }),
  '{"id":"a5","id":"a6","claim":"c","source":"s","speaker":"x","mode":"summary"}',
  JSON.stringify({ id: 'Bad Id', claim: 'c', source: 's', speaker: 'x', mode: 'own-voice', extra: 1 }),
  good('a7'),
];

/** A fresh copy for each test: temporary corpora are removed after every test. */
function sample(): { dir: string; path: string } {
  const dir = tempCorpus({ 'attributions.jsonl': `${lines.join('\n')}\n` });
  return { dir, path: join(dir, 'attributions.jsonl') };
}

describe('streaming a JSONL file', () => {
  it('yields each valid record with its line, and a diagnostic for each bad line', async () => {
    const { path } = sample();
    const items = [];
    for await (const item of streamRecords(path, { name: 'attributions.jsonl' })) items.push(item);
    const records = items.filter((i) => 'record' in i).map((i) => ('record' in i ? [i.type, i.record.id, i.line] : []));
    expect(records).toEqual([
      ['attribution', 'a1', 1],
      ['actor', 'x', 5],
      ['attribution', 'a7', 9],
    ]);
    const lineNumbers = items.filter((i) => 'diagnostic' in i).map((i) => ('diagnostic' in i ? i.diagnostic.line : 0));
    expect(lineNumbers).toEqual([2, 3, 6, 7, 8, 8]);
  });

  it('judges each line exactly as loadCorpus does: the same diagnostics, word for word', async () => {
    const { dir, path } = sample();
    const streamed: Diagnostic[] = [];
    for await (const item of streamRecords(path, { name: 'attributions.jsonl' }))
      if ('diagnostic' in item) streamed.push(item.diagnostic);
    // The loader reports every syntax problem before any schema problem; the stream goes line by line.
    const byLine = (ds: readonly Diagnostic[]) => [...ds].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    expect(streamed).toEqual(byLine((await loadCorpus(dir)).diagnostics));
  });

  it('streams attributions only, reporting a line of another type', async () => {
    const { path } = sample();
    const items = [];
    for await (const item of streamAttributions(path, { name: 'attributions.jsonl' })) items.push(item);
    expect(items.filter((i) => 'record' in i).map((i) => ('record' in i ? i.record.id : ''))).toEqual(['a1', 'a7']);
    const skipped = items.find((i) => 'diagnostic' in i && i.diagnostic.severity === 'warning');
    expect(skipped).toEqual({
      diagnostic: expect.objectContaining({
        line: 5,
        message: 'Line 5 of attributions.jsonl holds an actor, not an attribution; it was skipped.',
      }),
    });
  });

  it('takes lines of a file whose name does not tell as attributions', async () => {
    const other = join(tempCorpus({ 'quotes.jsonl': `${good('q1')}\n` }), 'quotes.jsonl');
    const ids = [];
    for await (const item of streamAttributions(other)) if ('record' in item) ids.push(item.record.id);
    expect(ids).toEqual(['q1']);
  });

  it('refuses a UTF-16 file as a whole, with the reason', async () => {
    const utf16 = join(
      tempCorpus({ 'attributions.jsonl': Buffer.from(`\ufeff${good('a1')}\n`, 'utf16le') }),
      'attributions.jsonl',
    );
    const items = [];
    for await (const item of streamRecords(utf16)) items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0]).toEqual({
      diagnostic: expect.objectContaining({ ruleId: 'syntax', message: expect.stringContaining('UTF-16') }),
    });
  });
});

describe('checkStream', () => {
  it('reports the diagnostics in line order and counts lines, records and severities', async () => {
    const dir = tempCorpus({
      'attributions.jsonl': lines.join('\n'),
      'more/actors.jsonl': '{"id":"y","kind":"group","name":"Y"}\n',
    });
    const seen: Diagnostic[] = [];
    const summary = await checkStream(dir, (d) => seen.push(d));
    expect(summary).toEqual({
      files: ['attributions.jsonl', 'more/actors.jsonl'],
      lines: 10,
      records: { actor: 2, source: 0, claim: 0, attribution: 2 },
      errors: 6,
      warnings: 0,
      infos: 0,
    });
    expect(seen.map((d) => [d.file, d.line, d.ruleId])).toEqual([
      ['attributions.jsonl', 2, 'schema'],
      ['attributions.jsonl', 3, 'syntax'],
      ['attributions.jsonl', 6, 'schema'],
      ['attributions.jsonl', 7, 'syntax'],
      ['attributions.jsonl', 8, 'schema'],
      ['attributions.jsonl', 8, 'schema'],
    ]);
  });

  it('checks a single file, naming it as given', async () => {
    const path = join(tempCorpus({ 'claims.jsonl': '{"id":"c1"}\n' }), 'claims.jsonl');
    const seen: Diagnostic[] = [];
    const summary = await checkStream(path, (d) => seen.push(d));
    expect(summary.errors).toBeGreaterThan(0);
    expect(seen.every((d) => d.file === path && d.line === 1)).toBe(true);
  });

  it('fails on a path that does not exist', async () => {
    await expect(checkStream(join(tempCorpus({}), 'nope.jsonl'), () => {})).rejects.toThrow('ENOENT');
  });
});
