/**
 * Input built to exhaust memory, the stack or patience: alias bombs, nesting 10^5 levels deep,
 * strings of megabytes, numbers beyond what a double holds. Each must be bounded and reported.
 * Nothing is timed: a hang fails by the test's time-out, and the speed of large loads is the
 * benchmark's business (`npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { type Corpus, check, loadCorpusSync } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

/** Loads and checks a corpus of these files; neither may throw. */
function loadAndCheck(files: Record<string, string | Uint8Array>): { corpus: Corpus } {
  const corpus = loadCorpusSync(tempCorpus(files));
  check(corpus);
  return { corpus };
}

const OK = 'actors:\n  - { id: ok, kind: group, name: OK }\n';

describe('YAML alias bombs', () => {
  function laughs(levels: number, into: string): string {
    let text = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
    for (let i = 1; i <= levels; i++)
      text += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    return text + into.replace('BOMB', `*a${levels}`);
  }

  it.each([
    ['at the top level', 'actors: BOMB\n'],
    ['inside a record', 'actors:\n  - { id: x, kind: person, name: X, aliases: BOMB }\n'],
  ])('a billion laughs %s are refused and the other files still load', (_label, into) => {
    const { corpus } = loadAndCheck({ 'bomb.yaml': laughs(9, into), 'ok.yaml': OK });
    expect(corpus.actors.map((a) => a.id)).toEqual(['ok']);
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'syntax', severity: 'error', file: 'bomb.yaml' });
    expect(corpus.diagnostics[0]?.message).toMatch(/aliases .* would expand into far too much data .*billion laughs/);
  });

  it('a few honest aliases are fine', () => {
    const text =
      'roles: &pm [{ title: Prime Minister, of: japan }]\nactors:\n  - { id: a, kind: person, name: A, roles: *pm }\n  - { id: b, kind: person, name: B, roles: *pm }\n';
    const { corpus } = loadAndCheck({ 'a.yaml': text });
    // The top-level key "roles" is unknown, but the records that use the alias load.
    expect(corpus.actors.map((a) => a.roles[0]?.title)).toEqual(['Prime Minister', 'Prime Minister']);
    expect(corpus.diagnostics.map((d) => d.path)).toEqual([['roles']]);
  });
});

describe('nesting 10^5 levels deep', () => {
  const N = 100_000;

  it.each([
    ['[', '['.repeat(N) + ']'.repeat(N)],
    ['{', '{"a":'.repeat(N) + '1' + '}'.repeat(N)],
  ])(
    'JSON %s inside a record: the file and the JSONL line are reported at the depth bound, no crash',
    (_label, nested) => {
      const text = `{"actors": [{"id": "x", "kind": "person", "name": ${nested}}, {"id": "y", "kind": "group", "name": "Y"}]}`;
      const line = `{"id": "x", "kind": "person", "name": ${nested}}\n`;
      const { corpus } = loadAndCheck({ 'deep.json': text, 'lines/actors.jsonl': line });
      // A file nested past the bound is refused whole, and says so: none of its records are kept.
      expect(corpus.actors).toEqual([]);
      expect(corpus.diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([
        ['deep.json', 1, 'error'],
        ['lines/actors.jsonl', 1, 'error'],
      ]);
      expect(corpus.diagnostics.every((d) => /nested more than 100 levels deep/.test(d.message))).toBe(true);
    },
  );

  it.each([
    ['a list of lists', '['.repeat(N) + ']'.repeat(N)],
    ['brackets never closed', '['.repeat(N)],
  ])('a JSON file that is %s is reported', (_label, text) => {
    const { corpus } = loadAndCheck({ 'deep.json': text });
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ file: 'deep.json', line: 1, severity: 'error' });
    expect(corpus.diagnostics[0]?.message).toMatch(/nested more than 100 levels deep/);
  });
});

describe('very long strings', () => {
  // Long enough to be far beyond any real name or note; loads of many megabytes are benchmarked.
  const MB = 2 * 1024 * 1024;
  const words = 'Kim said the talks went well. '.repeat(Math.ceil(MB / 30)).slice(0, MB);

  it('a 2 MB name, note or alias loads, from YAML, JSON and JSONL', () => {
    const record = { id: 'kim', kind: 'person', name: words, note: words, aliases: [words] };
    const { corpus } = loadAndCheck({
      'a.yaml': `actors:\n  - id: kim-y\n    kind: person\n    name: "${words}"\n    note: ${words}\n`,
      'b.json': JSON.stringify({ actors: [{ ...record, id: 'kim-j' }] }),
      'c/actors.jsonl': `${JSON.stringify({ ...record, id: 'kim-l' })}\n`,
    });
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.actors.map((a) => a.name.length)).toEqual([MB, MB, MB]);
  });

  it('a 2 MB id is refused with a message of reasonable length', () => {
    const { corpus } = loadAndCheck({
      'a.json': JSON.stringify({ actors: [{ id: words, kind: 'person', name: 'K' }] }),
    });
    expect(corpus.actors).toEqual([]);
    expect(corpus.diagnostics.length).toBeGreaterThan(0);
    for (const d of corpus.diagnostics) expect(d.message.length).toBeLessThan(1000);
    expect(corpus.diagnostics.map((d) => d.message).join(' ')).toContain(`${words.length} characters`);
  });

  it('a 2 MB text file is read and its quotes checked, a long wrong quote included', () => {
    const wrong = 'the talks went badly, '.repeat(50);
    const yaml = `actors:\n  - { id: kim, kind: person, name: Kim }\nsources:\n  - { id: s, kind: article, title: T, textFile: t.txt }\nclaims:\n  - { id: c, text: T, subject: kim, predicate: is }\nattributions:\n  - { id: a, claim: c, source: s, speaker: kim, mode: direct-quote, quotes: [{ text: "the talks went well" }, { text: "${wrong}" }] }\n`;
    const corpus = loadCorpusSync(tempCorpus({ 'a.yaml': yaml, 't.txt': words }));
    const found = check(corpus);
    expect(corpus.source('s')?.text?.length).toBe(MB);
    expect(found.filter((d) => d.ruleId === 'quote-not-in-source').map((d) => d.path)).toEqual([
      ['attributions', 0, 'quotes', 1, 'text'],
    ]);
  });
});

describe('numbers a double cannot hold', () => {
  const claim = (value: string) =>
    `claims:\n  - { id: c, text: T, subject: kim, predicate: has-count, object: { type: number, value: ${value} } }\n`;

  it.each([['1e400'], ['-1e400'], ['.inf'], ['.nan'], ['9'.repeat(400)]])(
    '%s is reported, not loaded as Infinity or NaN',
    (value) => {
      const { corpus } = loadAndCheck({ 'a.yaml': claim(value) });
      expect(corpus.claims).toEqual([]);
      expect(corpus.diagnostics).toHaveLength(1);
      expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'schema', path: ['claims', 0, 'object', 'value'] });
    },
  );

  it('large but finite numbers load as the nearest double', () => {
    const { corpus } = loadAndCheck({
      'a.yaml': claim('1.7976931348623157e308'),
      'b.json':
        '{"claims": [{"id": "d", "text": "T", "subject": "kim", "predicate": "has-count", "object": {"type": "number", "value": 123456789012345678901234567890}}]}',
    });
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.claims.map((c) => (c.object?.type === 'number' ? c.object.value : undefined))).toEqual([
      Number.MAX_VALUE,
      1.2345678901234568e29,
    ]);
  });

  it('a quote offset beyond the safe integers is reported', () => {
    const text =
      '{"attributions": [{"id": "a", "claim": "c", "source": "s", "speaker": "k", "mode": "direct-quote", "quotes": [{"text": "x", "start": 1e20, "end": 100000000000000000001}]}]}';
    const { corpus } = loadAndCheck({ 'a.json': text });
    expect(corpus.attributions).toEqual([]);
    expect(corpus.diagnostics.map((d) => d.path)).toContainEqual(['attributions', 0, 'quotes', 0, 'start']);
  });
});
