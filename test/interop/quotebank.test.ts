import { describe, expect, it } from 'vitest';
import { fromQuotebank } from '../../src/interop/from-quotebank.js';
import { schemas } from '../../src/model/index.js';
import { loadImported } from './helpers/corpus.js';

const line = (fields: Record<string, unknown>) =>
  JSON.stringify({
    quoteID: '2020-01-16-000088',
    quotation: 'we will not back down',
    speaker: 'Jane Roe',
    qids: ['Q111'],
    date: '2020-01-16 12:00:00',
    numOccurrences: 1,
    probas: [
      ['Jane Roe', '0.8123'],
      ['None', '0.1877'],
    ],
    urls: ['http://www.example.com/news/2020/01/16/story.html'],
    phase: 'E',
    ...fields,
  });

describe('fromQuotebank on Quotebank-style lines', () => {
  it('makes a speaker, a claim, a source per URL and an attribution per URL with the speaker probability', () => {
    const { data, diagnostics } = fromQuotebank(
      line({ urls: ['http://www.example.com/news/2020/01/16/story.html', 'https://other.example.org/a?id=7'] }),
    );
    expect(diagnostics).toEqual([]);
    expect(data.actors).toEqual([
      { id: 'jane-roe', kind: 'person', name: 'Jane Roe', note: 'Wikidata ids Quotebank gives for this name: Q111.' },
    ]);
    expect(data.sources).toEqual([
      {
        id: 'example-com-news-2020-01-16-story-html',
        kind: 'article',
        title: 'http://www.example.com/news/2020/01/16/story.html',
        url: 'http://www.example.com/news/2020/01/16/story.html',
      },
      {
        id: 'other-example-org-a',
        kind: 'article',
        title: 'https://other.example.org/a?id=7',
        url: 'https://other.example.org/a?id=7',
      },
    ]);
    expect(data.claims).toEqual([
      {
        id: '2020-01-16-000088.claim',
        text: 'we will not back down',
        subject: 'jane-roe',
        predicate: 'states',
        object: { type: 'text', value: 'we will not back down' },
      },
    ]);
    expect(data.attributions.map((a) => [a.id, a.source, a.confidence, a.said])).toEqual([
      ['2020-01-16-000088', 'example-com-news-2020-01-16-story-html', 0.8123, '2020-01-16'],
      ['2020-01-16-000088.2', 'other-example-org-a', 0.8123, '2020-01-16'],
    ]);
    expect(data.attributions[0]).toMatchObject({
      mode: 'direct-quote',
      quotes: [{ text: 'we will not back down' }],
      speaker: 'jane-roe',
      note: 'Other candidate speakers: None (0.1877).',
    });
    for (const a of data.attributions) expect(schemas.Attribution.safeParse(a).success).toBe(true);
  });

  it('merges a speaker named on several lines and collects the Wikidata ids', () => {
    const text = [
      line({ quoteID: 'q-1', qids: ['Q1'] }),
      line({ quoteID: 'q-2', speaker: 'JANE  ROE', qids: ['Q2'], probas: [['JANE  ROE', 0.5]], numOccurrences: 4 }),
    ].join('\n');
    const { data, diagnostics } = fromQuotebank(text);
    expect(diagnostics).toEqual([]);
    expect(data.actors).toHaveLength(1);
    expect(data.actors[0]?.note).toBe('Wikidata ids Quotebank gives for this name: Q1, Q2.');
    expect(data.attributions.map((a) => a.speaker)).toEqual(['jane-roe', 'jane-roe']);
    expect(data.attributions[1]).toMatchObject({
      confidence: 0.5,
      note: 'Quotebank counts 4 occurrences of this quotation.',
    });
    // Both lines cite the same URL: one source.
    expect(data.sources).toHaveLength(1);
  });

  it('reports every line it cannot use, by line number, and imports the others', () => {
    const text = [
      line({ quoteID: 'ok-1' }),
      '{"quoteID": "broken"',
      '',
      line({ quoteID: 'q-none', speaker: 'None' }),
      line({ quoteID: 'q-nourl', urls: [] }),
      JSON.stringify({ quoteID: 'q-noquote', speaker: 'X', urls: ['https://x.example/'] }),
      line({ quoteID: 'q-badurl', urls: ['not a url'] }),
      line({ quoteID: 'q-baddate', date: 'yesterday' }),
    ].join('\r\n');
    const { data, diagnostics } = fromQuotebank(text, { file: 'sample.jsonl' });
    expect(diagnostics.map((d) => [d.line, d.severity, d.file])).toEqual([
      [2, 'error', 'sample.jsonl'],
      [4, 'warning', 'sample.jsonl'],
      [5, 'warning', 'sample.jsonl'],
      [6, 'error', 'sample.jsonl'],
      [7, 'warning', 'sample.jsonl'],
      [7, 'warning', 'sample.jsonl'],
      [8, 'warning', 'sample.jsonl'],
    ]);
    expect(diagnostics[0]?.message).toMatch(/^Line 2 is not valid JSON/);
    expect(diagnostics[1]?.message).toContain('names no speaker for quotation q-none');
    expect(diagnostics[3]?.message).toContain('"quotation"');
    expect(diagnostics[4]?.message).toContain('"not a url" is not a URL');
    expect(data.attributions.map((a) => a.id)).toEqual(['ok-1', 'q-baddate']);
    expect(data.attributions[1]?.said).toBeUndefined();
  });

  it('gives a quoteID that is not a claimtrail id a slug', () => {
    const { data } = fromQuotebank(line({ quoteID: 'Q_2020/01 #7' }));
    expect(data.attributions[0]?.id).toBe('q-2020-01-7');
  });

  it('writes records a corpus loads without a problem', async () => {
    const { data } = fromQuotebank(
      [line({ quoteID: 'a-1' }), line({ quoteID: 'a-2', speaker: 'Kirilo Budánov', probas: [] })].join('\n'),
    );
    const corpus = await loadImported(data);
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.attributions).toHaveLength(2);
    expect(corpus.actor('Kirilo Budanov')?.id).toBe('kirilo-budanov');
  });
});
