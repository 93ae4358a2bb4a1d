import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLineAt, readLines, readLinesSync } from '../../src/load/read-lines.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const file = (content: string | Uint8Array) => join(tempCorpus({ 'f.jsonl': content }), 'f.jsonl');
const texts = (path: string, chunkSize?: number) =>
  [...readLinesSync(path, chunkSize ? { chunkSize } : {})].map((l) => [l.line, l.text, l.valid]);

describe('reading a file line by line', () => {
  it('splits on \\n and \\r\\n, keeps blank lines, and does without a final line break', () => {
    expect(texts(file('a\r\nb\n\nc'))).toEqual([
      [1, 'a', true],
      [2, 'b', true],
      [3, '', true],
      [4, 'c', true],
    ]);
    expect(texts(file('a\n'))).toEqual([[1, 'a', true]]);
    expect(texts(file(''))).toEqual([]);
  });

  it('drops a UTF-8 byte order mark on the first line only', () => {
    expect(texts(file('\ufeffa\n\ufeffb'))).toEqual([
      [1, 'a', true],
      [2, '\ufeffb', true],
    ]);
  });

  it('gives the same lines and offsets whatever the chunk size, even with lines longer than a chunk', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')),
          { maxLength: 12 },
        ),
        fc.integer({ min: 1, max: 64 }),
        (lines, chunk) => {
          const text = lines.join('\n');
          const path = file(text);
          const whole = [...readLinesSync(path)];
          const small = [...readLinesSync(path, { chunkSize: chunk })];
          expect(small).toEqual(whole);
          const bytes = Buffer.from(text);
          for (const l of whole) expect(bytes.subarray(l.offset).toString().startsWith(l.text)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('marks a line that is not UTF-8 and reads the others', () => {
    const bytes = Buffer.concat([Buffer.from('ok\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('\nfine')]);
    expect(texts(file(bytes)).map(([line, , valid]) => [line, valid])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
  });

  it('reports bytes read as it goes', () => {
    const seen: number[] = [];
    const path = file('x'.repeat(100));
    [...readLinesSync(path, { chunkSize: 16, onBytes: (read) => seen.push(read) })];
    expect(seen.at(-1)).toBe(100);
  });

  it('reads asynchronously to the same result', async () => {
    const path = file('a\nbé\r\n\nc');
    const lines = [];
    for await (const line of readLines(path, { chunkSize: 3 })) lines.push(line);
    expect(lines).toEqual([...readLinesSync(path)]);
  });

  it('reads one line again from its offset', () => {
    const path = file('first\nsécond line\r\nthird');
    const second = [...readLinesSync(path)][1];
    expect(readLineAt(path, second?.offset ?? -1)).toBe('sécond line');
    expect(readLineAt(join(path, 'missing'), 0)).toBeUndefined();
  });
});
