import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/index.js';
import { decodeCorpusFile } from '../../src/load/decode.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const YAML = 'actors:\n  - { id: budanov, kind: person, name: Kyrylo Budánov }\n';
const encoder = new TextEncoder();

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), littleEndian);
  return out;
}

/** Latin-1 bytes of a text whose characters are all below U+0100. */
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

async function refusal(bytes: Uint8Array, name = 'a.yaml') {
  const corpus = await loadCorpus(
    tempCorpus({ [name]: bytes, 'ok.yaml': 'actors:\n  - { id: ok, kind: group, name: OK }\n' }),
  );
  // The other file still loads.
  expect(corpus.actors.map((a) => a.id)).toEqual(['ok']);
  expect(corpus.diagnostics).toHaveLength(1);
  const d = corpus.diagnostics[0];
  expect(d).toMatchObject({ ruleId: 'syntax', severity: 'error', file: name });
  expect(d?.message).toMatch(
    new RegExp(`^${name.replace('.', '\\.')} could not be read: .+\\. None of its records were loaded\\.$`),
  );
  return d as NonNullable<typeof d>;
}

describe('files that are not UTF-8', () => {
  it.each([
    [
      'UTF-16 little-endian with a byte order mark',
      utf16(YAML, true, true),
      'it is encoded as UTF-16; save it as UTF-8',
    ],
    ['UTF-16 big-endian with a byte order mark', utf16(YAML, false, true), 'it is encoded as UTF-16; save it as UTF-8'],
    [
      'UTF-16 without a byte order mark',
      utf16(YAML, true, false),
      'it looks like UTF-16 text (every other byte is zero)',
    ],
    [
      'UTF-16 big-endian without one',
      utf16(YAML, false, false),
      'it looks like UTF-16 text (every other byte is zero)',
    ],
    ['UTF-32', new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), 'it is encoded as UTF-32'],
  ])('%s is refused with the encoding named', async (_label, bytes, reason) => {
    const d = await refusal(bytes);
    expect(d.message).toContain(reason);
    expect(d).toMatchObject({ line: 1, column: 1 });
  });

  it('Latin-1 is refused at the first bad byte, which is named with what it means in Latin-1', async () => {
    const d = await refusal(latin1(YAML));
    expect(d).toMatchObject({ line: 2, column: 50 });
    expect(d.message).toBe(
      'a.yaml could not be read: it is not valid UTF-8: the byte 0xE1 at line 2, column 50 is "á" in Latin-1 (Windows-1252); it looks like the file was saved in that encoding. Save it as UTF-8. None of its records were loaded.',
    );
  });

  it('Windows-1252 curly quotes are recognised too', async () => {
    const bytes = new Uint8Array([
      ...encoder.encode('actors:\n  - { id: a, kind: group, name: '),
      0x93,
      0x41,
      0x94,
      0x20,
      0x7d,
      0x0a,
    ]);
    const d = await refusal(bytes);
    expect(d.message).toContain('the byte 0x93 at line 2, column 33 is "“" in Latin-1 (Windows-1252)');
  });

  it('a file cut in the middle of a character says it looks cut off', async () => {
    const whole = encoder.encode(`${YAML}# 日本`);
    const d = await refusal(whole.subarray(0, whole.length - 1));
    expect(d.message).toContain('it ends in the middle of a character at line 3, column 4; the file looks cut off');
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a stray continuation byte', [0x80]],
  ])('%s is refused, not decoded into replacement characters', async (_label, bad) => {
    const d = await refusal(new Uint8Array([...encoder.encode('actors: []\n# '), ...bad, 0x0a]));
    expect(d.message).toContain('it is not valid UTF-8: the byte');
    expect(d.line).toBe(2);
  });

  it('a NUL byte marks a binary file', async () => {
    const d = await refusal(new Uint8Array([...encoder.encode('actors: []\n'), 0x00, 0x01, 0x02]));
    expect(d.message).toContain('it contains a NUL character at line 2, column 1, so it looks like a binary file');
  });

  it('valid UTF-8 in any script loads, with a byte order mark or without', async () => {
    const text = 'actors:\n  - { id: kishida, kind: person, name: 岸田 文雄, aliases: [Кисида, "Kishida 😀"] }\n';
    for (const content of [text, `\ufeff${text}`]) {
      const corpus = await loadCorpus(tempCorpus({ 'a.yaml': content }));
      expect(corpus.diagnostics).toEqual([]);
      expect(corpus.actor('Кисида')?.name).toBe('岸田 文雄');
    }
  });

  it('the decoder never returns replacement characters for bad input', () => {
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const result = decodeCorpusFile(new Uint8Array([0x61, byte, 0x62]));
      expect(result.ok, `byte ${byte.toString(16)}`).toBe(false);
    }
  });
});

describe('text files that are not UTF-8', () => {
  const yaml = 'sources:\n  - { id: s, kind: article, title: T, textFile: t.txt }\n';

  it.each([
    ['Latin-1', latin1('Kyrylo Budánov said'), 'is "á" in Latin-1'],
    ['UTF-16 without a byte order mark', utf16('Kyrylo Budanov said', true, false), 'looks like UTF-16'],
    ['UTF-16 with one', utf16('Kyrylo Budanov said', false, true), 'encoded as UTF-16'],
  ])('%s: the source loads without its text, and the reason names the encoding', async (_label, bytes, reason) => {
    const corpus = await loadCorpus(tempCorpus({ 'a.yaml': yaml, 't.txt': bytes }));
    expect(corpus.source('s')).toBeDefined();
    expect(corpus.source('s')?.text).toBeUndefined();
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ ruleId: 'text-file', path: ['sources', 0, 'textFile'] });
    expect(corpus.diagnostics[0]?.message).toContain(reason);
  });
});
