import { describe, expect, it } from 'vitest';
import { loadCorpus, schemas } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { only, places, where } from './where.js';

const GOOD = `# yaml-language-server: $schema=../schema/corpus-file.schema.json
actors:
  - id: kim-jong-un
    kind: person
    name: Kim Jong Un
    aliases: [Kim Jong-un]
    pronoun: he
  - id: japan
    kind: country
    name: Japan
    iso: JP
sources:
  - id: s1
    kind: article
    title: Kim visits Russia
    published: 2023-09-15
`;

describe('loading a good YAML file', () => {
  it('loads every record with its defaults and no diagnostics', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'corpus.yaml': GOOD }));
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.actors.map((a) => a.id)).toEqual(['kim-jong-un', 'japan']);
    expect(corpus.actor('japan')).toEqual({
      id: 'japan',
      kind: 'country',
      name: 'Japan',
      iso: 'JP',
      aliases: [],
      roles: [],
      memberOf: [],
      actsFor: [],
    });
    expect(corpus.source('s1')?.published).toBe('2023-09-15');
    expect(corpus.files).toEqual(['corpus.yaml']);
  });

  it('remembers where each record came from', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'sub/corpus.yaml': GOOD }));
    const origin = corpus.origin('actor', 'japan');
    expect(origin?.file).toBe('sub/corpus.yaml');
    expect(origin?.path).toEqual(['actors', 1]);
    expect(origin?.locate()).toEqual(where(GOOD, 'id: japan'));
    expect(origin?.locate(['iso'])).toEqual(where(GOOD, 'JP'));
  });

  it('accepts $schema, empty files and empty lists', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'a.yaml': '$schema: ./x.json\nactors: []\n',
        'b.yaml': '',
        'c.yml': 'actors:\nclaims:\n',
        'd.yaml': '# only a comment\n',
      }),
    );
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.files).toEqual(['a.yaml', 'b.yaml', 'c.yml', 'd.yaml']);
  });
});

const BROKEN = `actors:
  - id: kim
    kind: person
    name: Kim
    pronoun: it
  - id: x
    kind: persn
    name: X
  - id: good
    kind: group
    name: Good
sources:
  - id: s
    kind: article
claims:
  - id: c
    text: T
    subject: kim
    predicate: meets
    when: 2023-02-30
attributions:
  - id: a
    claim: c
    source: s
    speaker: kim
    mode: direct-quote
    quotes:
      - { text: hi, start: 5, end: 3 }
`;

describe('schema errors in YAML', () => {
  it('report file, line, column and field path for each bad field, and load the rest', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'sources/broken.yaml': BROKEN }));
    expect(corpus.actors.map((a) => a.id)).toEqual(['good']);
    expect(corpus.sources).toEqual([]);
    expect(corpus.claims).toEqual([]);
    expect(corpus.attributions).toEqual([]);
    const file = 'sources/broken.yaml';
    expect(places(corpus)).toEqual([
      { ruleId: 'schema', file, line: 5, column: 14, path: ['actors', 0, 'pronoun'] },
      { ruleId: 'schema', file, line: 7, column: 11, path: ['actors', 1, 'kind'] },
      { ruleId: 'schema', file, ...where(BROKEN, 'id: s'), path: ['sources', 0, 'title'] },
      { ruleId: 'schema', file, ...where(BROKEN, '2023-02-30'), path: ['claims', 0, 'when'] },
      { ruleId: 'schema', file, ...where(BROKEN, '3 }'), path: ['attributions', 0, 'quotes', 0, 'end'] },
    ]);
    for (const d of corpus.diagnostics) expect(schemas.Diagnostic.parse(d)).toEqual(d);
  });

  it('say what is wrong in a sentence that names the record', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'broken.yaml': BROKEN }));
    const messages = corpus.diagnostics.map((d) => d.message);
    expect(messages[0]).toMatch(/^Actor "kim" has a bad field "pronoun": .*he.*she.*they.*\. It was not loaded\.$/);
    expect(messages[2]).toBe('Source "s" is missing the required field "title". It was not loaded.');
    expect(messages[3]).toContain('day 30, which does not exist in 2023-02');
    expect(messages[4]).toBe(
      'Attribution "a" has a bad field "quotes[0].end": end must be greater than start. It was not loaded.',
    );
    expect(corpus.diagnostics[0]?.entity).toEqual({ type: 'actor', id: 'kim' });
    expect(corpus.diagnostics[4]?.entity).toEqual({ type: 'attribution', id: 'a' });
  });

  it('report a direct quote without quotes at the record', async () => {
    const text = 'attributions:\n  - { id: a, claim: c, source: s, speaker: k, mode: direct-quote }\n';
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': text }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ file: 'a.yaml', line: 2, column: 5, path: ['attributions', 0, 'quotes'] });
    expect(d.message).toBe('Attribution "a" is missing the required field "quotes". It was not loaded.');
  });

  it('name a record without an id by its place', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': 'actors:\n  - { kind: person, name: A }\n' }));
    const d = only(corpus, () => true);
    expect(d.message).toBe('The actor at actors[0] is missing the required field "id". It was not loaded.');
    expect(d).toMatchObject({ line: 2, column: 5, path: ['actors', 0, 'id'] });
    expect(d.entity).toBeUndefined();
  });

  it('report an unknown field with a did-you-mean', async () => {
    const text = 'attributions:\n  - id: a\n    claim: c\n    source: s\n    spekaer: k\n    mode: summary\n';
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': text }));
    const unknown = only(corpus, (d) => d.message.includes('unknown field'));
    expect(unknown.message).toBe(
      'Attribution "a" has unknown field "spekaer" (did you mean "speaker"?). It was not loaded.',
    );
    expect(unknown.suggestion).toBe('speaker');
    expect(unknown.file).toBe('a.yaml');
  });

  // In a long record the reader should not have to hunt for the key (it was once put at the record).
  it('point an unknown field at the key itself', async () => {
    const text = 'actors:\n  - id: a\n    kind: person\n    name: A\n    naem: B\n';
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': text }));
    expect(only(corpus, () => true)).toMatchObject({ line: 5, column: 5, path: ['actors', 0, 'naem'] });
  });

  // zod 4 reports a bad discriminator at path ['kind']; the did-you-mean once only fired for [].
  it('suggest the kind that was probably meant', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': 'actors:\n  - { id: x, kind: persn, name: X }\n' }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ line: 2, column: 20, path: ['actors', 0, 'kind'], suggestion: 'person' });
    expect(d.message).toContain('"persn"');
    expect(d.message).toContain('did you mean "person"?');
  });

  // zod 4 leaves `issue.input` out unless asked; a wrong-typed value was once called missing.
  it('do not call a field of the wrong type missing', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': 'actors:\n  - { id: a, kind: person, name: 3 }\n' }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ line: 2, column: 34, path: ['actors', 0, 'name'] });
    expect(d.message).not.toContain('missing');
    expect(d.message).toContain('the number 3');
  });

  // Same cause: this once gave 'The actor at actors[0] is missing the required. It was not loaded.'
  it('explain a record that is not a mapping in a whole sentence', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': 'actors:\n  - 3\n' }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ line: 2, column: 5, path: ['actors', 0] });
    expect(d.message).not.toMatch(/missing the required\./);
    expect(d.message).toMatch(/^The actor at actors\[0\] .*not a mapping.*\. It was not loaded\.$/);
  });

  // The known fields of all kinds were once merged, so this said "did you mean "pronoun"?".
  it('do not suggest the very key that is refused', async () => {
    const corpus = await loadCorpus(
      tempCorpus({ 'a.yaml': 'actors:\n  - { id: y, kind: country, name: Y, pronoun: he }\n' }),
    );
    const d = only(corpus, () => true);
    expect(d.message).not.toContain('did you mean "pronoun"');
    expect(d.suggestion).not.toBe('pronoun');
    expect(d.path).toEqual(['actors', 0, 'pronoun']);
    expect(d.message).toContain('person');
  });
});

describe('YAML syntax errors', () => {
  it.each([
    ['an unclosed flow list', 'actors:\n  - id: a\n    name: [unclosed\n', { line: 4, column: 1 }],
    ['a tab used for indentation', 'actors:\n\t- { id: a }\n', { line: 2, column: 1 }],
    ['a key given twice', 'actors:\n  - id: a\n    kind: person\n    name: A\n    name: B\n', { line: 5, column: 5 }],
    ['two documents in one file', 'actors: []\n---\nclaims: []\n', { line: 2, column: 1 }],
    ['a bad indentation', 'actors:\n  - id: a\n  kind: x\n', { line: 3, column: 1 }],
  ])('report %s with its position, and load nothing from that file', async (_label, text, position) => {
    const good = 'actors:\n  - { id: other, kind: group, name: Other }\n';
    const corpus = await loadCorpus(tempCorpus({ 'bad.yaml': text, 'good.yaml': good }));
    expect(corpus.actors.map((a) => a.id)).toEqual(['other']);
    const first = corpus.diagnostics[0];
    expect(first).toMatchObject({ ruleId: 'syntax', severity: 'error', file: 'bad.yaml', ...position });
    expect(first?.message).toMatch(
      new RegExp(
        `^bad\\.yaml is not valid YAML at line ${position.line}, column ${position.column}: .+\\. None of its records were loaded\\.$`,
      ),
    );
    for (const d of corpus.diagnostics) expect(d).toMatchObject({ ruleId: 'syntax', file: 'bad.yaml' });
  });

  it('refuses an alias bomb with a diagnostic instead of running out of memory', async () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    let previous = 'a';
    for (let i = 0; i < 9; i++) {
      text += `b${i}: &b${i} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
      previous = `b${i}`;
    }
    text += `actors: [*${previous}]\n`;
    const corpus = await loadCorpus(tempCorpus({ 'bomb.yaml': text }));
    expect(corpus.actors).toEqual([]);
    expect(only(corpus, (d) => d.ruleId === 'syntax')).toMatchObject({ file: 'bomb.yaml', line: 1, column: 1 });
  });
});

describe('the shape of a YAML file', () => {
  it('reports an unknown top-level key with a did-you-mean, at the key', async () => {
    const text = 'actors: []\nattributons:\n  - { id: a }\n';
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': text }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({
      ruleId: 'schema',
      file: 'a.yaml',
      line: 2,
      column: 1,
      path: ['attributons'],
      suggestion: 'attributions',
    });
    expect(d.message).toBe(
      'a.yaml has an unknown top-level key "attributons" (did you mean "attributions"?); what it holds was not loaded.',
    );
  });

  it('reports an unknown top-level key that resembles nothing, without a suggestion', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': 'actors: []\npeople:\n  - { id: a }\n' }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ line: 2, column: 1, path: ['people'] });
    expect(d.suggestion).toBeUndefined();
    expect(d.message).toBe('a.yaml has an unknown top-level key "people"; what it holds was not loaded.');
  });

  it('reports a file that is a list instead of a mapping', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': '- { id: a, kind: person, name: A }\n' }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ ruleId: 'schema', file: 'a.yaml', line: 1, column: 1, path: [] });
    expect(d.message).toContain('should hold a mapping with the lists actors, sources, claims or attributions');
  });

  it('reports a collection that is not a list, at its value', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': 'claims: []\nactors: { id: a, kind: person, name: A }\n' }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ ruleId: 'schema', line: 2, column: 9, path: ['actors'] });
    expect(d.message).toBe('"actors" in a.yaml should be a list of records; it is not, so it was not loaded.');
  });
});
