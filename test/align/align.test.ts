import { describe, expect, it } from 'vitest';
import { stem } from '../../src/align/stem.js';
import { contentStems } from '../../src/align/tokens.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { addSameAsToYaml } from '../../src/serialize/add-same-as.js';
import { claim, corpusOf, says } from '../contradict/build.js';

describe('stem', () => {
  it('brings British and American spellings and inflections together', () => {
    expect(['hospitalised', 'hospitalized', 'hospital'].map(stem)).toEqual(['hospital', 'hospital', 'hospital']);
    expect(['visits', 'visited', 'visiting', 'visit'].map(stem)).toEqual(['visit', 'visit', 'visit', 'visit']);
    expect(['supplies', 'supplied', 'supply'].map(stem)).toEqual(['supply', 'supply', 'supply']);
    expect(['met', 'meeting', 'meets'].map(stem)).toEqual(['meet', 'meet', 'meet']);
  });

  it('leaves out stopwords and the words of names it is told to skip', () => {
    expect(contentStems("Ann Lee's doctors say she is in hospital", new Set(['ann', 'lee']))).toEqual([
      'doctor',
      'hospital',
    ]);
  });
});

describe('alignClaims', () => {
  it('never pairs claims that only one source carries, and leaves out pairs already linked', () => {
    const a = claim('a', { text: 'Kim Jong Un visits China next week.' });
    const b = claim('b', { text: 'Kim Jong Un will visit China next week.' });
    const oneSource = corpusOf([a, b], [says('a'), says('b')]);
    expect(oneSource.alignClaims()).toEqual([]);
    const twoSources = corpusOf([a, b], [says('a'), says('b', { source: 's2', speaker: 'bob' })]);
    expect(twoSources.alignClaims().map((s) => [s.a, s.b, s.relation])).toEqual([['a', 'b', 'same']]);
    const linked = corpusOf([{ ...a, sameAs: ['b'] }, b], [says('a'), says('b', { source: 's2', speaker: 'bob' })]);
    expect(linked.alignClaims()).toEqual([]);
  });

  it('calls opposite polarity a conflict', () => {
    const a = claim('a', { text: 'Kim Jong Un visits China next week.' });
    const b = claim('b', { text: 'Kim Jong Un will not visit China next week.', polarity: 'negated' });
    const corpus = corpusOf([a, b], [says('a'), says('b', { source: 's2', speaker: 'bob' })]);
    expect(corpus.alignClaims().map((s) => s.relation)).toEqual(['conflict']);
  });

  it('on an invented corpus of three outlets, finds the toll told three ways and the mayor leaving told two ways, and nothing else', async () => {
    const corpus = await loadCorpus(new URL('../fixtures/align/three-outlets', import.meta.url).pathname);
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.alignClaims().map((s) => [s.a, s.b, s.relation])).toEqual([
      ['harbour.c-vos-dismissed', 'valley.c-vos-resigns', 'conflict'],
      ['harbour.c-quake-toll-12', 'valley.c-quake-kills-12', 'same'],
      ['coast.c-quake-toll-9', 'harbour.c-quake-toll-12', 'conflict'],
      ['coast.c-quake-toll-9', 'valley.c-quake-kills-12', 'conflict'],
    ]);
  });
});

describe('addSameAsToYaml', () => {
  it('adds a line under a block record, keeping the rest byte for byte', () => {
    const text = 'claims:\n  - id: a # first\n    text: >-\n      long\n      folded\n    # note\n  - id: c\n';
    expect(addSameAsToYaml(text, ['claims', 0], ['b'])).toEqual({
      text: 'claims:\n  - id: a # first\n    text: >-\n      long\n      folded\n    sameAs: [ b ]\n    # note\n  - id: c\n',
    });
  });

  it('extends an existing list and a flow record, skipping ids already there', () => {
    expect(addSameAsToYaml('claims:\n  - id: a\n    sameAs: [ x ]\n', ['claims', 0], ['x', 'b'])).toEqual({
      text: 'claims:\n  - id: a\n    sameAs: [ x, b ]\n',
    });
    expect(addSameAsToYaml('claims:\n  - { id: a, text: A }\n', ['claims', 0], ['b'])).toEqual({
      text: 'claims:\n  - { id: a, text: A, sameAs: [ b ] }\n',
    });
  });

  it('reports, as data, a path that is not a record', () => {
    expect(addSameAsToYaml('claims: []\n', ['claims', 0], ['b'])).toEqual({
      problem: { code: 'not-a-record', path: ['claims', 0] },
    });
  });
});
