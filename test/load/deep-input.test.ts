import { describe, expect, it } from 'vitest';
import { loadCorpus, loadCorpusSync } from '../../src/corpus/load-corpus.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const GOOD = '{"id":"other","kind":"group","name":"Other"}\n';

/** An actor whose `kind` is an object nested `depth` levels deep. */
const deepKind = (depth: number) => `${'{"kind":'.repeat(depth)}"person"${'}'.repeat(depth)}`;

describe.each([5_000, 100_000])('input nested %i levels deep', (depth) => {
  const files: Record<string, string> = {
    'lines.actors.jsonl': `{"id":"a","name":"A","kind":${deepKind(depth)}}\n`,
    'object.json': `{"actors":[{"id":"a","name":"A","kind":${deepKind(depth)}}]}`,
    'lists.json': `{"actors":[${'['.repeat(depth)}${']'.repeat(depth)}]}`,
    'unclosed.json': `{"actors":[${'['.repeat(depth)}`,
    'flow.yaml': `actors:\n  - id: a\n    name: A\n    kind: ${deepKind(depth)}\n`,
    'block.yaml': `actors:\n  - ${'- '.repeat(depth)}x\n`,
    'indented.yaml': `actors:\n${Array.from({ length: Math.min(depth, 5_000) }, (_, i) => `${' '.repeat(i + 2)}- `).join('\n')}x\n`,
  };

  it.each(Object.entries(files))('in %s is a diagnostic with the file and line, not a crash', async (name, text) => {
    const dir = tempCorpus({ [name]: text, 'good.actors.jsonl': GOOD });
    const corpus = await loadCorpus(dir);
    expect(corpus.actors.map((a) => a.id)).toEqual(['other']);
    const found = corpus.diagnostics.filter((d) => d.file === name);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'syntax', severity: 'error', file: name });
    expect(found[0]?.line).toBeGreaterThanOrEqual(1);
    expect(found[0]?.message).toMatch(/nested more than 100 levels deep/);
    expect(loadCorpusSync(dir).diagnostics).toEqual(corpus.diagnostics);
  });
});

describe('nesting a corpus needs', () => {
  it('loads records that nest a few levels deep without a word', async () => {
    const line =
      '{"id":"a1","claim":"c","source":"s","speaker":"x","mode":"direct-quote","quotes":[{"text":"Hi","start":0,"end":2}],"roles":[{"actor":"x","title":"T"}]}';
    const corpus = await loadCorpus(tempCorpus({ 'attributions.jsonl': `${line}\n` }));
    expect(corpus.attributions).toHaveLength(1);
    expect(corpus.diagnostics.filter((d) => d.ruleId === 'syntax')).toEqual([]);
  });
});
