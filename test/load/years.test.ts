import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { where } from './where.js';

const YAML = `claims:
  - id: c1
    text: Talks took place
    subject: x
    predicate: meets
    when: 202
  - id: c2
    text: Talks took place again
    subject: x
    predicate: meets
    when: 2024
attributions:
  - id: a1
    claim: c1
    source: s1
    speaker: x
    mode: summary
    said: 0
`;

describe('years in input', () => {
  it('are four digits: `when: 202` and `said: 0` are diagnostics at their file, line and field', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'corpus.yaml': YAML }));
    const years = corpus.diagnostics.filter((d) => /four digits/.test(d.message));
    expect(years).toEqual([
      expect.objectContaining({
        ruleId: 'schema',
        severity: 'error',
        file: 'corpus.yaml',
        ...where(YAML, '202\n'),
        path: ['claims', 0, 'when'],
      }),
      expect.objectContaining({
        ruleId: 'schema',
        severity: 'error',
        file: 'corpus.yaml',
        line: where(YAML, 'said: 0').line,
        column: where(YAML, 'said: 0').column + 'said: '.length,
        path: ['attributions', 0, 'said'],
      }),
    ]);
    expect(years[0]?.message).toContain('the year 202 does not have four digits (YYYY)');
    expect(corpus.claims.map((c) => [c.id, c.when])).toEqual([['c2', '2024']]);
  });

  it('in JSONL too, with the line and the column of the value', async () => {
    const line = '{"id":"a2","claim":"c","source":"s","speaker":"x","mode":"summary","said":202}';
    const corpus = await loadCorpus(tempCorpus({ 'attributions.jsonl': `${line}\n` }));
    expect(corpus.attributions).toEqual([]);
    expect(corpus.diagnostics).toEqual([
      expect.objectContaining({ file: 'attributions.jsonl', line: 1, column: line.indexOf('202') + 1, path: ['said'] }),
    ]);
  });

  it('written as text with four digits still load, the year 0202 included', async () => {
    const line = '{"id":"a3","claim":"c","source":"s","speaker":"x","mode":"summary","said":"0202"}';
    const corpus = await loadCorpus(tempCorpus({ 'attributions.jsonl': `${line}\n` }));
    expect(corpus.attributions.map((a) => a.said)).toEqual(['0202']);
  });
});
