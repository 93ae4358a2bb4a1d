import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { check, createCorpus, loadCorpus } from '../../src/index.js';
import { serializeCorpus } from '../../src/serialize/serialize-corpus.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

/** Everything about Object.prototype that pollution would change. */
function prototypeSnapshot() {
  return Object.getOwnPropertyNames(Object.prototype)
    .sort()
    .map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)]);
}

let before: ReturnType<typeof prototypeSnapshot>;
beforeEach(() => {
  before = prototypeSnapshot();
});
afterEach(() => {
  expect(prototypeSnapshot()).toEqual(before);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'kind', 'id', 'name', 'x']) expect(probe[key], key).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
});

const KEYS = ['__proto__', 'constructor', 'prototype'];
const actor = '"id": "a", "kind": "person", "name": "A"';

describe('prototype keys in JSON records', () => {
  it.each(KEYS)('"%s" as a field of a record is an unknown field, reported; the record is not loaded', async (key) => {
    const text = `{"actors": [{${actor}, "${key}": {"polluted": true, "isAdmin": true}}]}`;
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    expect(corpus.actors).toEqual([]);
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'schema', path: ['actors', 0, key] });
    expect(corpus.diagnostics[0]?.message).toContain(`unknown field "${key}"`);
  });

  it.each(KEYS)('"%s" at the top of a file is an unknown top-level key', async (key) => {
    const text = `{"${key}": {"polluted": true}, "actors": [{${actor}}]}`;
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    expect(corpus.actors.map((a) => a.id)).toEqual(['a']);
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'schema', path: [key] });
  });

  it.each(KEYS)('"%s" deep inside a record (a claim object, a quote) is reported at its place', async (key) => {
    const object = `{"type": "text", "value": "v", "${key}": {"polluted": 1}}`;
    const quote = `{"text": "hi", "${key}": {"polluted": 1}}`;
    const text = `{"claims": [{"id": "c", "text": "T", "subject": "a", "predicate": "is", "object": ${object}}],
      "attributions": [{"id": "t", "claim": "c", "source": "s", "speaker": "a", "mode": "direct-quote", "quotes": [${quote}]}]}`;
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    expect(corpus.claims).toEqual([]);
    expect(corpus.attributions).toEqual([]);
    expect(corpus.diagnostics.map((d) => d.path)).toEqual([
      ['claims', 0, 'object', key],
      ['attributions', 0, 'quotes', 0, key],
    ]);
  });

  it.each(KEYS)('"%s" on a JSONL line, with or without "$type", is reported and the line not loaded', async (key) => {
    const lines = [
      `{"$type": "actor", ${actor}, "${key}": {"polluted": true}}`,
      `{${actor.replace('"a"', '"b"')}, "${key}": []}`,
    ];
    const corpus = await loadCorpus(tempCorpus({ 'actors.jsonl': lines.join('\n') }));
    expect(corpus.actors).toEqual([]);
    expect(corpus.diagnostics.map((d) => [d.line, d.path])).toEqual([
      [1, [key]],
      [2, [key]],
    ]);
  });
});

describe('prototype keys in YAML records', () => {
  it.each(KEYS)('"%s" as a field, a nested field or a top-level key is reported', async (key) => {
    const yaml = `${key}: { polluted: true }\nactors:\n  - id: a\n    kind: person\n    name: A\n    ${key}: { polluted: true }\n  - id: b\n    kind: person\n    name: B\n    roles:\n      - { title: T, ${key}: { polluted: true } }\n`;
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': yaml }));
    expect(corpus.actors).toEqual([]);
    expect(corpus.diagnostics.map((d) => d.path)).toEqual([[key], ['actors', 0, key], ['actors', 1, 'roles', 0, key]]);
  });

  it('a merge key or an anchor named __proto__ does not reach the prototype', async () => {
    const yaml = 'base: &__proto__ { polluted: true }\nactors:\n  - { id: a, kind: person, name: A, <<: *__proto__ }\n';
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': yaml }));
    expect(corpus.actors).toEqual([]);
    expect(corpus.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('prototype words as values load as plain data', () => {
  const names = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

  it('ids, names, aliases, predicates and topics that are prototype words work like any other', async () => {
    const { corpus, diagnostics } = createCorpus({
      actors: [
        { id: 'constructor', kind: 'person', name: '__proto__', aliases: ['prototype', 'toString'] },
        { id: 'prototype', kind: 'group', name: 'hasOwnProperty', aliases: ['valueOf'] },
      ],
      sources: [{ id: 'tostring', kind: 'article', title: 'constructor', text: 'constructor said prototype' }],
      claims: [{ id: 'valueof', text: '__proto__', subject: 'constructor', predicate: 'constructor', topics: names }],
      attributions: [
        {
          id: 'hasownproperty',
          claim: 'valueof',
          source: 'tostring',
          speaker: 'constructor',
          mode: 'direct-quote',
          quotes: [{ text: 'prototype' }],
        },
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(corpus.actor('constructor')?.name).toBe('__proto__');
    expect(corpus.actor('__proto__')?.id).toBe('constructor');
    expect(corpus.actor('hasOwnProperty')?.id).toBe('prototype');
    expect(corpus.actor('toString')?.id).toBe('constructor');
    expect(corpus.resolveActor('valueOf')).toMatchObject({ status: 'found' });
    expect(corpus.actor('isPrototypeOf')).toBeUndefined();
    expect(corpus.attributionsBySpeaker('constructor').map((a) => a.id)).toEqual(['hasownproperty']);
    const found = check(corpus);
    // "constructor" is not a predicate of the vocabulary: reported, not looked up on a prototype.
    const predicates = found.filter((d) => d.ruleId === 'unknown-predicate');
    expect(predicates).toHaveLength(1);
    expect(predicates[0]?.message).toMatch(
      /^Claim "valueof" uses the predicate "constructor", which is not in the vocabulary/,
    );
    expect(() => serializeCorpus(corpus)).not.toThrow();
  });

  it('unknown references named like prototype members are reported, not resolved', async () => {
    const { corpus } = createCorpus({
      attributions: [{ id: 'a', claim: 'constructor', source: 'prototype', speaker: 'tostring', mode: 'summary' }],
    });
    const unknown = check(corpus).filter((d) => d.ruleId === 'unknown-reference');
    expect(unknown).toHaveLength(3);
  });
});
