import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { only, places } from './where.js';

const actor = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, kind: 'person', name: id.toUpperCase(), ...extra });

describe('loading JSONL', () => {
  it('takes the record type from the file name', async () => {
    const corpus = await loadCorpus(
      tempCorpus({
        'actors.jsonl': `${actor('a')}\n${actor('b')}\n`,
        'more/2024.claims.jsonl': '{"id":"c","text":"T","subject":"a","predicate":"meets"}\n',
        'sources.jsonl': '{"id":"s","kind":"article","title":"T"}',
        'attributions.jsonl': '{"id":"x","claim":"c","source":"s","speaker":"a","mode":"summary"}\n',
      }),
    );
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.stats()).toMatchObject({ actors: 2, sources: 1, claims: 1, attributions: 1, files: 4 });
  });

  it('reports a bad line in the middle with its number, and loads the lines around it', async () => {
    const lines = [actor('a'), '{"id":"b","kind":"person","name":"B",}', '', actor('c', { pronoun: 'xx' }), actor('d')];
    const corpus = await loadCorpus(tempCorpus({ 'people/actors.jsonl': lines.join('\n') }));
    expect(corpus.actors.map((a) => a.id)).toEqual(['a', 'd']);
    expect(places(corpus)).toEqual([
      { ruleId: 'syntax', file: 'people/actors.jsonl', line: 2, column: 38, path: undefined },
      { ruleId: 'schema', file: 'people/actors.jsonl', line: 4, column: 48, path: ['pronoun'] },
    ]);
    expect(corpus.diagnostics[0]?.message).toMatch(
      /^Line 2 of people\/actors\.jsonl is not valid JSON \(column 38\): .+\. That line was not loaded; the others were\.$/,
    );
    expect(corpus.diagnostics[1]?.entity).toEqual({ type: 'actor', id: 'c' });
  });

  it('counts lines the same with Windows line ends and skips blank lines', async () => {
    const corpus = await loadCorpus(
      tempCorpus({ 'actors.jsonl': [actor('a'), '', '  ', '{broken', actor('b'), ''].join('\r\n') }),
    );
    expect(corpus.actors.map((a) => a.id)).toEqual(['a', 'b']);
    expect(only(corpus, () => true)).toMatchObject({ ruleId: 'syntax', line: 4, column: 2 });
  });

  it('takes the record type from "$type" on each line, and strips it', async () => {
    const lines = [
      `{"$type":"actor",${actor('a').slice(1)}`,
      '{"$type":"source","id":"s","kind":"article","title":"T"}',
      '{"$type":"claim","id":"c","text":"T","subject":"a","predicate":"meets"}',
      '{"$type":"attribution","id":"x","claim":"c","source":"s","speaker":"a","mode":"own-voice"}',
    ];
    const corpus = await loadCorpus(tempCorpus({ 'mixed.jsonl': lines.join('\n') }));
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.stats()).toMatchObject({ actors: 1, sources: 1, claims: 1, attributions: 1 });
    expect(corpus.actor('a')).not.toHaveProperty('$type');
  });

  it('lets "$type" override the file name', async () => {
    const corpus = await loadCorpus(
      tempCorpus({ 'actors.jsonl': `${actor('a')}\n{"$type":"source","id":"s","kind":"article","title":"T"}\n` }),
    );
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.source('s')?.title).toBe('T');
  });

  it('reports a line that does not say its type', async () => {
    const corpus = await loadCorpus(
      tempCorpus({ 'mixed.jsonl': `{"$type":"actor",${actor('a').slice(1)}\n${actor('b')}\n` }),
    );
    expect(corpus.actors.map((a) => a.id)).toEqual(['a']);
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ ruleId: 'schema', file: 'mixed.jsonl', line: 2, column: 1 });
    expect(d.message).toBe(
      'Line 2 of mixed.jsonl does not say what kind of record it is: name the file like attributions.jsonl or give the line a "$type". That line was not loaded.',
    );
  });

  it('reports an unknown "$type"', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'mixed.jsonl': `\n{"$type":"actr",${actor('a').slice(1)}\n` }));
    const d = only(corpus, () => true);
    expect(d).toMatchObject({ ruleId: 'schema', line: 2, column: 2, path: ['$type'] });
    expect(d.message).toMatch(
      /^Line 2 of mixed\.jsonl has "\$type": "actr"; it should be one of actor, source, claim, attribution\b.*That line was not loaded\.$/,
    );
  });

  it.each([['[1,2]'], ['"text"'], ['42'], ['null']])('reports a line holding %s', async (line) => {
    const corpus = await loadCorpus(tempCorpus({ 'actors.jsonl': `${actor('a')}\n${line}\n` }));
    expect(corpus.actors).toHaveLength(1);
    expect(only(corpus, () => true)).toMatchObject({ file: 'actors.jsonl', line: 2 });
  });

  it('reports schema errors at the column of the field, deep inside the line', async () => {
    const line =
      '{"id":"x","claim":"c","source":"s","speaker":"a","mode":"direct-quote","quotes":[{"text":"hi","start":5,"end":3}]}';
    const corpus = await loadCorpus(tempCorpus({ 'attributions.jsonl': `\n\n${line}\n` }));
    expect(only(corpus, () => true)).toMatchObject({
      line: 3,
      column: line.indexOf('3}') + 1,
      path: ['quotes', 0, 'end'],
    });
  });

  // `.ndjson` files are read, and once could not tell their type from their name.
  it('takes the record type from an .ndjson file name too', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'actors.ndjson': `${actor('a')}\n` }));
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.actors).toHaveLength(1);
  });

  // An "Unexpected token" message carries no position in Node 20; the column once fell past the line.
  it('reports an unexpected token at its column', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'actors.jsonl': '{"id": "a", "aliases": [1,]}\n' }));
    expect(only(corpus, () => true)).toMatchObject({ line: 1, column: 27 });
  });
});
