import { describe, expect, it } from 'vitest';
import { run, useCleanCliState } from '../cli/run.js';
import { claim, corpusOf, SOURCES, says } from '../contradict/build.js';

const AP = { id: 'ap', kind: 'wire', title: 'AP report', publisher: 'daily-c', published: '2025-02-28' };
const sources = [...SOURCES, AP];

describe('corroboration', () => {
  it('two outlets carrying one agency report are one line; an outlet of its own is another', () => {
    const corpus = corpusOf(
      [claim('c'), claim('d', { sameAs: ['c'] })],
      [
        says('c', { source: 's1', via: ['ap'] }),
        says('c', { source: 's2', via: ['ap'] }),
        says('d', { source: 's3', speaker: 'bob' }),
        says('c', { source: 's3', speaker: 'cat', stance: 'denies' }),
      ],
      sources,
    );
    const { lines, against } = corpus.claimView('c')?.corroboration ?? { lines: [], against: [] };
    expect(lines.map((l) => [l.origin.id, l.voice.id, l.carriedBy.map((s) => s.id)])).toEqual([
      ['ap', 'ann', ['s1', 's2']],
      ['s3', 'bob', ['s3']],
    ]);
    expect(against.map((l) => [l.origin.id, l.voice.id])).toEqual([['s3', 'cat']]);
  });

  it('a statement of the opposite polarity counts against', () => {
    const corpus = corpusOf(
      [claim('c'), claim('not-c', { polarity: 'negated', sameAs: ['c'] })],
      [says('c'), says('not-c', { source: 's2', speaker: 'bob' })],
    );
    const view = corpus.claimView('c');
    expect(view?.corroboration.lines.map((l) => l.voice.id)).toEqual(['ann']);
    expect(view?.corroboration.against.map((l) => l.voice.id)).toEqual(['bob']);
  });
});

describe('claimtrail claim', () => {
  useCleanCliState();

  it('prints the lines of evidence as JSON', async () => {
    const { code, stdout } = await run('claim', 'g7.c-nk-supplies-weapons-to-russia', '--json');
    expect(code).toBe(0);
    const view = JSON.parse(stdout) as { claim: { id: string }; corroboration: { lines: unknown[] } };
    expect(view.claim.id).toBe('g7.c-nk-supplies-weapons-to-russia');
    expect(view.corroboration.lines.length).toBeGreaterThan(0);
  });

  it('fails with a message for an unknown claim', async () => {
    const { code, stderr } = await run('claim', 'no-such-claim');
    expect(code).toBe(1);
    expect(stderr).toContain('no claim "no-such-claim"');
  });
});

describe('the report', () => {
  it('gives each side of a contradiction its claim’s independent lines of evidence', async () => {
    const { renderReport } = await import('../../src/report/render-report.js');
    const corpus = corpusOf(
      [claim('c')],
      [
        says('c', { source: 's1', via: ['ap'] }),
        says('c', { source: 's2', via: ['ap'] }),
        says('c', { source: 's3', speaker: 'cat', stance: 'denies' }),
      ],
      sources,
    );
    const html = renderReport(corpus);
    expect(html).toContain('<p class="corroboration">Its claim: 1 independent line of evidence</p>');
  });
});
