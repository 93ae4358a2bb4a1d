/**
 * The same id given twice: across files and formats, with the same or different content, for
 * every kind of record. The first (in load order: files sorted, records in file order) is kept,
 * every other is reported as an error (different content) or a warning (the same), naming the
 * first place in its message and in `related`, and its own place in file, line and path.
 */
import { describe, expect, it } from 'vitest';
import { check, type Diagnostic, loadCorpus } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const kimYaml = (name: string) => `actors:\n  - id: kim\n    kind: person\n    name: ${name}\n`;
const kimJson = (name: string) => JSON.stringify({ actors: [{ id: 'kim', kind: 'person', name }] });
const kimLine = (name: string) => JSON.stringify({ id: 'kim', kind: 'person', name });

const duplicates = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.ruleId === 'duplicate-id');

describe('duplicate ids across files and formats', () => {
  it('YAML, JSON and JSONL copies: the first file in order wins, each other copy names it', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'c/actors.jsonl': `\n\n${kimLine('Kim from JSONL')}\n`,
        'b.json': kimJson('Kim from JSON'),
        'a.yaml': kimYaml('Kim from YAML'),
      }),
    );
    expect(corpus.actor('kim')?.name).toBe('Kim from YAML');
    expect(corpus.actors).toHaveLength(1);
    const found = duplicates(corpus.diagnostics);
    expect(found.map((d) => [d.severity, d.file, d.line, d.path])).toEqual([
      ['error', 'b.json', 1, ['actors', 0]],
      ['error', 'c/actors.jsonl', 3, []],
    ]);
    for (const d of found) {
      expect(d.entity).toEqual({ type: 'actor', id: 'kim' });
      expect(d.related).toEqual([{ type: 'actor', id: 'kim', file: 'a.yaml', line: 2 }]);
      expect(d.message).toBe(
        'Actor "kim" is defined twice with different content, at a.yaml:2 (actors[0]) and here; only the first was loaded.',
      );
    }
  });

  it('the same content, even written differently, is a warning; defaults count as written', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'a.yaml': 'attributions:\n  - { id: x, claim: c, source: s, speaker: k, mode: summary }\n',
        'b.json': JSON.stringify({
          attributions: [
            {
              mode: 'summary',
              speaker: 'k',
              source: 's',
              claim: 'c',
              id: 'x',
              via: [],
              stance: 'asserts',
              factuality: 'certain',
              roles: [],
            },
          ],
        }),
      }),
    );
    expect(corpus.attributions).toHaveLength(1);
    const [d] = duplicates(corpus.diagnostics);
    expect(d).toMatchObject({ severity: 'warning', file: 'b.json', related: [{ file: 'a.yaml', line: 2 }] });
    expect(d?.message).toBe(
      'Attribution "x" is defined twice with the same content, at a.yaml:2 (attributions[0]) and here; the second is ignored.',
    );
  });

  it('a difference deep inside (one quote offset) makes it an error', async () => {
    const attribution = (end: number) =>
      `  - { id: q, claim: c, source: s, speaker: k, mode: direct-quote, quotes: [{ text: hi, start: 0, end: ${end} }] }\n`;
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': `attributions:\n${attribution(2)}${attribution(3)}` }));
    const [d] = duplicates(corpus.diagnostics);
    expect(d).toMatchObject({ severity: 'error', file: 'a.yaml', line: 3, related: [{ file: 'a.yaml', line: 2 }] });
  });

  it.each([
    ['actors', '{ id: x, kind: group, name: A }', '{ id: x, kind: group, name: B }', 'Actor'],
    ['sources', '{ id: x, kind: article, title: A }', '{ id: x, kind: wire, title: A }', 'Source'],
    [
      'claims',
      '{ id: x, text: A, subject: k, predicate: is }',
      '{ id: x, text: A, subject: k, predicate: is, polarity: negated }',
      'Claim',
    ],
    [
      'attributions',
      '{ id: x, claim: c, source: s, speaker: k, mode: summary }',
      '{ id: x, claim: c, source: s, speaker: k, mode: own-voice }',
      'Attribution',
    ],
  ])('%s: a changed copy is an error on the copy', async (key, first, second, label) => {
    const corpus = await loadCorpus(
      tempCorpus({ 'one.yaml': `${key}:\n  - ${first}\n`, 'two.yaml': `${key}:\n  - ${second}\n` }),
    );
    const [d] = duplicates(corpus.diagnostics);
    expect(d).toMatchObject({ severity: 'error', file: 'two.yaml', line: 2, path: [key, 0] });
    expect(d?.message).toMatch(
      new RegExp(`^${label} "x" is defined twice with different content, at one\\.yaml:2 \\(${key}\\[0\\]\\) and here`),
    );
  });

  it('a first copy that fails its schema does not count: the valid one loads, no duplicate is reported', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': kimYaml('3\n    pronoun: it'), 'b.yaml': kimYaml('Kim') }));
    expect(corpus.actor('kim')?.name).toBe('Kim');
    expect(corpus.diagnostics.map((d) => [d.ruleId, d.file, d.path])).toEqual([
      ['schema', 'a.yaml', ['actors', 0, 'name']],
      ['schema', 'a.yaml', ['actors', 0, 'pronoun']],
    ]);
  });

  it('within one JSONL file, copies are told apart by line', async () => {
    const lines = [kimLine('A'), kimLine('A'), '', kimLine('B')];
    const corpus = await loadCorpus(tempCorpus({ 'actors.jsonl': lines.join('\n') }));
    expect(duplicates(corpus.diagnostics).map((d) => [d.severity, d.line, d.related])).toEqual([
      ['warning', 2, [{ type: 'actor', id: 'kim', file: 'actors.jsonl', line: 1 }]],
      ['error', 4, [{ type: 'actor', id: 'kim', file: 'actors.jsonl', line: 1 }]],
    ]);
  });

  it('a thousand copies give a thousand minus one diagnostics', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => kimLine(`Kim ${i}`));
    const corpus = await loadCorpus(tempCorpus({ 'actors.jsonl': lines.join('\n') }));
    expect(duplicates(corpus.diagnostics)).toHaveLength(999);
  });

  it('two sources reading the same text file are the same content', async () => {
    const source = '  - { id: s, kind: article, title: T, textFile: ../t.txt }\n';
    const corpus = await loadCorpus(
      tempCorpus({ 'x/a.yaml': `sources:\n${source}`, 'y/b.yaml': `sources:\n${source}`, 't.txt': 'text' }),
    );
    expect(duplicates(corpus.diagnostics).map((d) => d.severity)).toEqual(['warning']);
    expect(corpus.source('s')?.text).toBe('text');
  });

  it('check() hands them on under duplicate-id, sorted by place, with both places', async () => {
    const corpus = await loadCorpus(
      tempCorpus({ 'b.yaml': kimYaml('B'), 'a.yaml': kimYaml('A'), 'c.yaml': kimYaml('A') }),
    );
    const found = check(corpus, { only: ['duplicate-id'] });
    expect(found.map((d) => [d.severity, d.file, d.line, d.related?.[0]?.file, d.related?.[0]?.line])).toEqual([
      ['error', 'b.yaml', 2, 'a.yaml', 2],
      ['warning', 'c.yaml', 2, 'a.yaml', 2],
    ]);
  });
});
