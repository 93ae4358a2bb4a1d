import { describe, expect, it } from 'vitest';
import { loadCorpus, schemas } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { only, places, where } from './where.js';

const GOOD = JSON.stringify(
  {
    $schema: '../schema/corpus-file.schema.json',
    actors: [
      { id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un', aliases: ['Kim Jong-un'] },
      { id: 'ap-news', kind: 'media', name: 'AP News', url: 'https://apnews.com/' },
    ],
    sources: [{ id: 's1', kind: 'wire', title: 'Kim to visit China', publisher: 'ap-news', published: '2025-08-28' }],
    claims: [
      {
        id: 'c1',
        text: 'Kim will visit China.',
        subject: 'kim-jong-un',
        predicate: 'visits',
        object: { type: 'actor', id: 'china' },
      },
    ],
    attributions: [{ id: 'a1', claim: 'c1', source: 's1', speaker: 'ap-news', mode: 'own-voice' }],
  },
  null,
  2,
);

const BROKEN = `{
  "actors": [
    { "id": "kim", "kind": "person", "name": "Kim", "pronoun": "it" },
    { "id": "good", "kind": "group", "name": "Good" }
  ],
  "claims": [
    { "id": "c", "text": "T", "subject": "kim", "predicate": "Meets" }
  ]
}`;

describe('loading JSON', () => {
  it('loads every record of a good file, with no diagnostics', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'all.json': GOOD }));
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.stats()).toMatchObject({ actors: 2, sources: 1, claims: 1, attributions: 1, files: 1 });
    expect(corpus.attribution('a1')).toMatchObject({
      mode: 'own-voice',
      stance: 'asserts',
      factuality: 'certain',
      via: [],
    });
    expect(corpus.origin('claim', 'c1')?.locate(['object', 'id'])).toEqual(where(GOOD, '"china"'));
  });

  it('reads a file that starts with a byte order mark', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'bom.json': `\uFEFF${GOOD}` }));
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.actors).toHaveLength(2);
  });

  it('reports schema errors at the exact line, column and field, and loads the rest', async () => {
    expect(where(BROKEN, '"it"')).toEqual({ line: 3, column: 64 });
    const corpus = await loadCorpus(tempCorpus({ 'data/broken.json': BROKEN }));
    expect(corpus.actors.map((a) => a.id)).toEqual(['good']);
    expect(places(corpus)).toEqual([
      { ruleId: 'schema', file: 'data/broken.json', line: 3, column: 64, path: ['actors', 0, 'pronoun'] },
      { ruleId: 'schema', file: 'data/broken.json', ...where(BROKEN, '"Meets"'), path: ['claims', 0, 'predicate'] },
    ]);
    expect(corpus.diagnostics[1]?.message).toBe(
      'Claim "c" has a bad field "predicate": a predicate is a lowercase slug such as "supplies-weapons-to". It was not loaded.',
    );
    for (const d of corpus.diagnostics) expect(schemas.Diagnostic.parse(d)).toEqual(d);
  });

  it('points a missing field at its record', async () => {
    const text = '{\n  "sources": [\n    {"id": "s", "kind": "article"}\n  ]\n}';
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    expect(only(corpus, () => true)).toMatchObject({ line: 3, column: 5, path: ['sources', 0, 'title'] });
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['a doubled comma', '{ "actors": [ {"id": "kim",, } ] }', 1, 28],
    ['a missing comma', '{\n  "actors": [\n    {"id": "kim"\n  ]\n}', 4, 3],
    ['a raw line break in a string', '{"actors": [{"id": "a\n"}]}', 1, 22],
    ['text after the object', '{"actors": []}\n{}', 2, 1],
    ['an empty file', '', 1, 1],
  ])('report %s at its line and column, and load nothing from that file', async (_label, text, line, column) => {
    const good = '{"actors": [{"id": "other", "kind": "group", "name": "Other"}]}';
    const corpus = await loadCorpus(tempCorpus({ 'bad.json': text, 'good.json': good }));
    expect(corpus.actors.map((a) => a.id)).toEqual(['other']);
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ ruleId: 'syntax', severity: 'error', file: 'bad.json', line, column });
    expect(d.message).toMatch(
      new RegExp(
        `^bad\\.json is not valid JSON at line ${line}, column ${column}: .+\\. None of its records were loaded\\.$`,
      ),
    );
  });

  // Node 20's "Unexpected token" messages carry no position; the loader once put such errors at
  // the end of the file (column 17 here, and the last line for a leading comment).
  it('report an unexpected token where it stands', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'a.json': '{"actors": [1,]}', 'b.json': '// note\n{}' }));
    expect(places(corpus)).toEqual([
      { ruleId: 'syntax', file: 'a.json', line: 1, column: 15, path: undefined },
      { ruleId: 'syntax', file: 'b.json', line: 1, column: 1, path: undefined },
    ]);
  });
});

describe('the shape of a JSON file', () => {
  it('reports an unknown top-level key with a did-you-mean, at the key, and loads the rest', async () => {
    const text = '{\n  "actorz": [],\n  "claims": [{"id": "c", "text": "T", "subject": "x", "predicate": "meets"}]\n}';
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    expect(corpus.claims).toHaveLength(1);
    const d = only(corpus, () => true);
    expect(d).toMatchObject({
      ruleId: 'schema',
      file: 'a.json',
      line: 2,
      column: 3,
      path: ['actorz'],
      suggestion: 'actors',
    });
    expect(d.message).toBe(
      'a.json has an unknown top-level key "actorz" (did you mean "actors"?); what it holds was not loaded.',
    );
  });

  it.each([['[]'], ['null'], ['"actors"'], ['42']])('reports a file holding %s instead of a mapping', async (text) => {
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ ruleId: 'schema', file: 'a.json', line: 1, column: 1, path: [] });
    expect(d.message).toContain('should hold a mapping');
  });

  it('reports a collection that is not a list, at its value', async () => {
    const text = '{"actors": [{"id": "a", "kind": "person", "name": "A"}], "claims": 3}';
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    expect(corpus.actors).toHaveLength(1);
    expect(only(corpus, () => true)).toMatchObject({ ...where(text, '3}'), path: ['claims'] });
  });

  // JSON.parse keeps the last of two equal keys; the first "actors" list once vanished without a word.
  it('does not drop a list whose key is given twice', async () => {
    const text =
      '{"actors": [{"id": "a", "kind": "person", "name": "A"}],\n "actors": [{"id": "b", "kind": "person", "name": "B"}]}';
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ severity: 'error', file: 'a.json', line: 2, column: 2, path: ['actors'] });
    expect(d.message).toContain('"actors" twice');
  });

  // Same cause: a field given twice in a record once kept its last value silently.
  it('reports a field given twice in a record', async () => {
    const text = '{"actors": [{"id": "a", "kind": "person", "name": "A", "name": "B"}]}';
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    expect(corpus.actors).toEqual([]);
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ file: 'a.json', ...where(text, '"name": "B"'), path: ['actors', 0, 'name'] });
    expect(d.message).toContain('"name" twice');
  });
});
