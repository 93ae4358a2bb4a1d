import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { terminalProgress } from '../../src/cli/progress.js';
import { runStreamCheck } from '../../src/cli/stream-check-command.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

/** A stand-in for stderr that records what is drawn. */
function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 100,
    write: (chunk: string) => {
      written.push(chunk);
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe('the progress bar', () => {
  it('draws nothing when the stream is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const progress = terminalProgress('Loading', { stream, delayMs: 0 });
    progress.update(5, 10);
    progress.stop();
    expect(written).toEqual([]);
  });

  it('draws nothing for work that ends within the delay', () => {
    const { stream, written } = fakeStream(true);
    const progress = terminalProgress('Loading', { stream, delayMs: 60_000 });
    progress.update(5, 10);
    progress.stop();
    expect(written).toEqual([]);
  });

  it('draws a bar with megabytes once the work takes longer', () => {
    const { stream, written } = fakeStream(true);
    const progress = terminalProgress('Loading', { stream, delayMs: 0 });
    progress.update(3 * 1_048_576, 12 * 1_048_576);
    progress.stop();
    expect(written.join('')).toContain('Loading');
    expect(written.join('')).toContain('3.0/12 MB');
    expect(written.join('')).toContain('25%');
  });

  it('fits the terminal, counts items, and leaves the line clean and the cursor shown', () => {
    const { stream, written } = fakeStream(true);
    (stream as { columns: number }).columns = 50;
    const progress = terminalProgress('Generating', { stream, delayMs: 0, unit: 'items' });
    progress.update(250, 1000);
    const line = written.join('').split('\r').at(-1) ?? '';
    expect(line).toContain('250/1000');
    expect(line.split('\u001b')[0]?.length).toBeLessThan(50);
    progress.stop();
    expect(written.join('').endsWith('\r\u001b[K\u001b[?25h')).toBe(true);
  });
});

describe('check --stream (runStreamCheck)', () => {
  const out: string[] = [];
  beforeEach(() => {
    out.length = 0;
    vi.stubEnv('NO_COLOR', '1');
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => {
      out.push(chunk);
      return true;
    }) as typeof process.stdout.write);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  const sample = () =>
    join(
      tempCorpus({
        'attributions.jsonl': [
          '{"id":"a1","claim":"c","source":"s","speaker":"x","mode":"summary"}',
          '{"id":"a2","claim":"c","source":"s","speaker":"x","mode":"summary","said":"2023-13"}',
        ].join('\n'),
      }),
      'attributions.jsonl',
    );

  it('prints each problem on its own line with its place, then a summary, and exits 1', async () => {
    const path = sample();
    const code = await runStreamCheck(path, { severity: 'info' });
    expect(code).toBe(1);
    const text = out.join('');
    expect(text).toContain(`${path}:2:`);
    expect(text).toContain('has month 13');
    expect(text).toContain('✖ 2 lines, 1 valid records in 1 file: 1 errors, 0 warnings');
  });

  it('prints a JSON array with --json', async () => {
    const code = await runStreamCheck(sample(), { severity: 'info', json: true });
    expect(code).toBe(1);
    const diagnostics = JSON.parse(out.join(''));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'schema', line: 2, path: ['said'] });
  });

  it('exits 2 when a line is not JSON, and 0 when all is well', async () => {
    const bad = join(tempCorpus({ 'claims.jsonl': '{oops\n' }), 'claims.jsonl');
    expect(await runStreamCheck(bad, { severity: 'info' })).toBe(2);
    const good = join(tempCorpus({ 'actors.jsonl': '{"id":"a","kind":"group","name":"A"}\n' }), 'actors.jsonl');
    expect(await runStreamCheck(good, { severity: 'info', json: true })).toBe(0);
    expect(out.at(-1)).toBe(']\n');
  });

  it('needs a path', async () => {
    await expect(runStreamCheck(undefined, { severity: 'info' })).rejects.toThrow('--stream needs a JSONL file');
  });
});
