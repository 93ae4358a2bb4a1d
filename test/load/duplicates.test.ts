import { describe, expect, it } from 'vitest';
import { check, loadCorpus } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { only } from './where.js';

describe('duplicate ids', () => {
  it('across files name both places and keep the first record', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'a.yaml': 'actors:\n  - { id: kim, kind: person, name: Kim Jong Un }\n',
        'sub/b.yaml':
          'actors:\n  - { id: other, kind: group, name: Other }\n  - { id: kim, kind: person, name: Kim Yo Jong }\n',
      }),
    );
    expect(corpus.actor('kim')?.name).toBe('Kim Jong Un');
    expect(corpus.actors).toHaveLength(2);
    const d = only(corpus, () => true);
    expect(d).toMatchObject({
      ruleId: 'duplicate-id',
      severity: 'error',
      entity: { type: 'actor', id: 'kim' },
      file: 'sub/b.yaml',
      line: 3,
      column: 5,
      path: ['actors', 1],
      related: [{ type: 'actor', id: 'kim', file: 'a.yaml', line: 2 }],
    });
    expect(d.message).toBe(
      'Actor "kim" is defined twice with different content, at a.yaml:2 (actors[0]) and here; only the first was loaded.',
    );
  });

  it('with the same content are a warning', async () => {
    const record = '{"id":"kim","kind":"person","name":"Kim"}';
    const corpus = await loadCorpus(
      tempCorpus({ 'a.json': `{"actors":[${record}]}`, 'b/actors.jsonl': `\n${record}\n` }),
    );
    expect(corpus.actors).toHaveLength(1);
    expect(only(corpus, () => true)).toMatchObject({
      ruleId: 'duplicate-id',
      severity: 'warning',
      file: 'b/actors.jsonl',
      line: 2,
      related: [{ type: 'actor', id: 'kim', file: 'a.json', line: 1 }],
    });
  });

  it('within one file are reported too', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'a.yaml':
          'claims:\n  - { id: c, text: A, subject: x, predicate: meets }\n  - { id: c, text: B, subject: x, predicate: meets }\n',
      }),
    );
    expect(corpus.claim('c')?.text).toBe('A');
    expect(only(corpus, () => true)).toMatchObject({
      line: 3,
      related: [{ type: 'claim', id: 'c', file: 'a.yaml', line: 2 }],
    });
  });

  it('are counted per kind of record: an actor and a source may share one', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'a.yaml':
          'actors:\n  - { id: g7, kind: organization, name: G7 }\nsources:\n  - { id: g7, kind: statement, title: G7 statement }\n',
      }),
    );
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.actor('g7')?.name).toBe('G7');
    expect(corpus.source('g7')?.title).toBe('G7 statement');
  });

  it('come back from check() under the duplicate-id rule', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'a.yaml': 'actors:\n  - { id: kim, kind: person, name: A }\n',
        'b.yaml': 'actors:\n  - { id: kim, kind: person, name: B }\n',
      }),
    );
    const found = check(corpus, { only: ['duplicate-id'] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: 'duplicate-id',
      file: 'b.yaml',
      line: 2,
      related: [{ file: 'a.yaml', line: 2 }],
    });
  });
});
