import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { QUOTE_COLUMNS, quoteRows } from '../../src/interop/quote-rows.js';
import { csvField, toQuotesCsv } from '../../src/interop/to-quotes-csv.js';
import { toQuotesJsonl } from '../../src/interop/to-quotes-jsonl.js';
import { corpusOf } from './helpers/corpus.js';
import { parseCsv } from './helpers/csv.js';

const seed = await loadCorpus();

describe('csvField', () => {
  it('reads back as the same text through an RFC 4180 parser, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-ascii' }), { minLength: 1, maxLength: 4 }), (fields) => {
        const keep = { keepFormulas: true };
        expect(parseCsv(`${fields.map((f) => csvField(f, keep)).join(',')}\r\n`)).toEqual([fields]);
      }),
    );
  });

  it('neutralises every field a spreadsheet would run as a formula, and reads back as text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', ''), fc.string({ unit: 'grapheme-ascii' })), {
          minLength: 1,
          maxLength: 4,
        }),
        (pairs) => {
          const fields = pairs.map(([start, rest]) => start + rest);
          const [row] = parseCsv(`${fields.map((f) => csvField(f)).join(',')}\r\n`);
          row?.forEach((read, i) => {
            expect(read).not.toMatch(/^[=+\-@\t\r]/);
            const written = fields[i] as string;
            expect(read).toBe(/^[=+\-@\t\r]/.test(written) ? `'${written}` : written);
          });
        },
      ),
    );
  });

  it('turns the classic CSV injections into quoted text, and keeps them on request', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(csvField("=cmd|' /C calc'!A0")).toBe(`"'=cmd|' /C calc'!A0"`);
    expect(csvField('@SUM(1+1)')).toBe(`"'@SUM(1+1)"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('=1+1', { keepFormulas: true })).toBe('=1+1');
  });

  it('quotes only what needs it', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });
});

describe('flat quote exports on the seed corpus', () => {
  const rows = quoteRows(seed);

  it('have one row per attribution, with names resolved', () => {
    expect(rows).toHaveLength(seed.attributions.length);
    const matsuno = rows.find((r) => r.speakerId === 'hirokazu-matsuno' && r.mode === 'direct-quote');
    expect(matsuno).toMatchObject({ speakerName: 'Hirokazu Matsuno', publisherId: 'diario-de-noticias' });
    expect(matsuno?.quotes.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.speakerName, row.attributionId).not.toBeNull();
      expect(row.claimText, row.attributionId).not.toBeNull();
    }
  });

  it('carry the whole chain of nested speech, and a misattribution', () => {
    expect(rows.find((r) => r.attributionId === 'dn.a-kishida-any-time')).toMatchObject({
      speakerId: 'fumio-kishida',
      via: [],
      relayedBy: ['hirokazu-matsuno'],
      chain: 'Diário de Notícias ← Hirokazu Matsuno ← Fumio Kishida',
    });
    expect(rows.find((r) => r.attributionId === 'sincerity.a-kishida-proposed-summit')).toMatchObject({
      via: ['sincerity.kcna-kim-yo-jong-statement-2024-03-25'],
      relayedBy: ['kim-yo-jong'],
    });
    expect(rows.find((r) => r.attributionId === 'dn.a-manturov-technological-sovereignty')?.creditedTo).toBe(
      'vladimir-putin',
    );
    const csv = parseCsv(toQuotesCsv(seed));
    const header = csv[0] as string[];
    const kishida = csv.find((line) => line[0] === 'dn.a-kishida-any-time') as string[];
    expect(kishida[header.indexOf('chain')]).toBe('Diário de Notícias ← Hirokazu Matsuno ← Fumio Kishida');
    expect(kishida[header.indexOf('relayedBy')]).toBe('hirokazu-matsuno');
  });

  it('CSV: a header and one RFC 4180 record per row, holding the row', () => {
    const table = parseCsv(toQuotesCsv(seed));
    expect(table[0]).toEqual([...QUOTE_COLUMNS]);
    expect(table).toHaveLength(rows.length + 1);
    rows.forEach((row, i) => {
      const record = Object.fromEntries(QUOTE_COLUMNS.map((c, j) => [c, table[i + 1]?.[j]]));
      expect(record).toEqual({
        ...Object.fromEntries(QUOTE_COLUMNS.map((c) => [c, row[c] === null ? '' : String(row[c])])),
        via: row.via.join('; '),
        quotes: row.quotes.join(' … '),
      });
    });
  });

  it('JSONL: one object per row, every column present', () => {
    const lines = toQuotesJsonl(seed).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(rows);
    expect(Object.keys(JSON.parse(lines[0] as string))).toEqual([...QUOTE_COLUMNS]);
  });

  it('quotedOnly keeps the attributions that quote words', () => {
    const quoted = quoteRows(seed, { quotedOnly: true });
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.length).toBeLessThan(rows.length);
    expect(quoted.every((r) => r.quotes.length > 0)).toBe(true);
    expect(quoted.map((r) => r.attributionId)).toEqual(
      rows.filter((r) => r.quotes.length > 0).map((r) => r.attributionId),
    );
  });
});

describe('flat quote exports on awkward text', () => {
  it('keep commas, quotes, line breaks and missing references intact', async () => {
    const corpus = await corpusOf({
      actors: [{ id: 'x', kind: 'person', name: 'Doe, "Jo"' }],
      sources: [{ id: 's1', kind: 'article', title: 'Line one\r\nline two' }],
      claims: [
        { id: 'c1', text: 'It is, "so".', subject: 'x', predicate: 'is', object: { type: 'text', value: 'so' } },
      ],
      attributions: [
        {
          id: 'a1',
          claim: 'c1',
          source: 's1',
          speaker: 'x',
          mode: 'direct-quote',
          quotes: [{ text: '“so”,' }, { text: ' he said' }],
          confidence: 0.5,
        },
        { id: 'a2', claim: 'c1', source: 's1', speaker: 'nobody', mode: 'summary' },
      ],
    });
    const table = parseCsv(toQuotesCsv(corpus));
    const column = (name: (typeof QUOTE_COLUMNS)[number]) => QUOTE_COLUMNS.indexOf(name);
    expect(table[1]?.[column('speakerName')]).toBe('Doe, "Jo"');
    expect(table[1]?.[column('sourceTitle')]).toBe('Line one\r\nline two');
    expect(table[1]?.[column('quotes')]).toBe('“so”, …  he said');
    expect(table[1]?.[column('confidence')]).toBe('0.5');
    expect(table[2]?.[column('speakerName')]).toBe('');
    const jsonl = toQuotesJsonl(corpus)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(jsonl[1]).toMatchObject({ speakerId: 'nobody', speakerName: null, quotes: [] });
  });
});
