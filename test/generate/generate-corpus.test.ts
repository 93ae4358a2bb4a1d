import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { createCorpus } from '../../src/corpus/create-corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { generateCorpus, generateRecords } from '../../src/generate/generate-corpus.js';
import { writeGeneratedCorpus } from '../../src/generate/write-generated-corpus.js';
import { InvalidOptionError } from '../../src/model/claimtrail-error.js';
import { viaSources } from '../../src/model/via-sources.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { runScaleCli } from './cli-harness.js';

function bySeverity(diagnostics: readonly { severity: string; ruleId: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[`${d.severity} ${d.ruleId}`] = (counts[`${d.severity} ${d.ruleId}`] ?? 0) + 1;
  return counts;
}

describe('a generated corpus of 2,000 attributions', async () => {
  // Shared by the tests of this block, so it outlives each of them.
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const written = await writeGeneratedCorpus(dir, { attributions: 2000, seed: 11 });
  const corpus = await loadCorpus(dir);

  it('is written as four JSONL files with exactly the attributions asked for', () => {
    expect(corpus.files).toEqual(['actors.jsonl', 'attributions.jsonl', 'claims.jsonl', 'sources.jsonl']);
    expect(written.counts.attribution).toBe(2000);
    expect(corpus.stats()).toMatchObject({
      attributions: 2000,
      claims: written.counts.claim,
      sources: written.counts.source,
      actors: written.counts.actor,
    });
    expect(corpus.diagnostics).toEqual([]);
  });

  it('passes check without errors, or any other finding', () => {
    const diagnostics = check(corpus);
    expect(bySeverity(diagnostics)).toEqual({});
  });

  it('holds the variety real corpora have: every mode, denials, hedges, chains, relative dates, roles, typographic quotes', () => {
    const stats = corpus.stats();
    for (const mode of ['direct-quote', 'indirect', 'summary', 'own-voice'] as const)
      expect(stats.byMode[mode]).toBeGreaterThan(20);
    expect(stats.byStance.denies).toBeGreaterThan(5);
    expect(stats.byStance.hedges).toBeGreaterThan(0);
    const as = corpus.attributions;
    expect(as.filter((a) => a.via.length === 1).length).toBeGreaterThan(20);
    expect(as.filter((a) => a.via.length === 2).length).toBeGreaterThan(3);
    expect(as.filter((a) => a.relative?.said?.startsWith('on ')).length).toBeGreaterThan(20);
    expect(as.filter((a) => a.roles.some((r) => r.qualifier === 'former')).length).toBeGreaterThan(0);
    expect(as.filter((a) => a.roles.some((r) => r.qualifier === undefined)).length).toBeGreaterThan(50);
    expect(corpus.sources.filter((s) => s.text?.includes('\u201c')).length).toBeGreaterThan(5);
    expect(corpus.claims.filter((c) => c.polarity === 'negated').length).toBeGreaterThan(0);
    expect(corpus.actors.filter((a) => a.aliases.length > 0).length).toBeGreaterThan(5);
  });

  it('anchors every quote at its exact offsets, with the text around it where given', () => {
    let quotes = 0;
    for (const a of corpus.attributions) {
      if (a.mode !== 'direct-quote' && a.mode !== 'indirect') continue;
      const text = corpus.source(a.source)?.text ?? '';
      for (const q of a.quotes) {
        quotes++;
        expect(text.slice(q.start, q.end).replace(/\u2019/g, "'")).toBe(q.text);
        if (q.prefix !== undefined) expect(text.slice(0, q.start).endsWith(q.prefix)).toBe(true);
        if (q.suffix !== undefined) expect(text.slice(q.end).startsWith(q.suffix)).toBe(true);
      }
    }
    expect(quotes).toBeGreaterThan(900);
  });

  it('finds real contradictions: denials of what others asserted, and rival values', () => {
    const kinds = new Set(corpus.contradictions().map((c) => c.kind));
    expect(kinds).toContain('stance');
    expect(kinds).toContain('polarity');
  });

  it('answers queries by speaker', () => {
    const speaker = corpus.attributions[0]?.speaker as string;
    expect(corpus.quotes({ speaker }).length).toBe(corpus.attributions.filter((a) => a.speaker === speaker).length);
  });
});

describe('generation', () => {
  it('is deterministic: one seed gives the same bytes, another seed another corpus', async () => {
    const read = async (seed: number | string) => {
      const dir = tempCorpus({});
      await writeGeneratedCorpus(dir, { attributions: 300, seed });
      return ['actors', 'sources', 'claims', 'attributions'].map((f) => readFileSync(join(dir, `${f}.jsonl`), 'utf8'));
    };
    expect(await read(5)).toEqual(await read(5));
    expect(await read('5')).toEqual(await read(5));
    expect(await read(6)).not.toEqual(await read(5));
  });

  it('streams records in an order a reader can follow: actors first, then each source before its claims and attributions', () => {
    const seen = new Set<string>();
    let actorsDone = false;
    for (const item of generateRecords({ attributions: 500, seed: 3 })) {
      if (item.type !== 'actor') actorsDone = true;
      else expect(actorsDone).toBe(false);
      if (item.type === 'attribution') {
        expect(seen.has(`source ${item.record.source}`)).toBe(true);
        expect(seen.has(`claim ${item.record.claim}`)).toBe(true);
        for (const v of item.record.via ?? []) expect(seen.has(`source ${v}`)).toBe(true);
      }
      seen.add(`${item.type} ${item.record.id}`);
    }
  });

  it('cites only sources written before the citing one, in order, so citations never go round in a circle', () => {
    const index = (id: string) => Number(id.slice('src.'.length));
    let chains = 0;
    // Large enough for several sources a day, where ordering by date alone would let two cite each other.
    for (const a of generateCorpus({ attributions: 80_000, seed: 12 }).attributions) {
      const chain = [a.source, ...viaSources(a)].map(index);
      for (let i = 1; i < chain.length; i++) expect(chain[i]).toBeLessThan(chain[i - 1] as number);
      if (chain.length > 2) chains++;
    }
    expect(chains).toBeGreaterThan(5);
  });

  it('refuses a negative or fractional size', () => {
    expect(() => generateCorpus({ attributions: -1 })).toThrow(InvalidOptionError);
    expect(() => generateCorpus({ attributions: 2.5 })).toThrow('whole number');
  });

  it('makes an empty corpus for zero attributions', () => {
    expect(generateCorpus({ attributions: 0 })).toEqual({ actors: [], sources: [], claims: [], attributions: [] });
  });

  it('makes a clean corpus at any size and seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer(), (attributions, seed) => {
        const generated = generateCorpus({ attributions, seed });
        const { corpus, diagnostics } = createCorpus(generated);
        expect(diagnostics).toEqual([]);
        expect(corpus.attributions).toHaveLength(attributions);
        expect(check(corpus).filter((d) => d.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe('claimtrail generate', () => {
  it('writes a corpus and says what it wrote', async () => {
    const dir = join(tempCorpus({}), 'out');
    const { code, stdout } = await runScaleCli('generate', '--attributions', '1_000', '--seed', '2', '--out', dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^✔ Wrote 1,000 attributions, [\d,]+ claims, [\d,]+ sources and [\d,]+ actors \([\d.]+ MB\) to .*out in [\d.]+ s\.\n$/,
    );
    expect((await loadCorpus(dir)).stats().attributions).toBe(1000);
  });

  it('prints JSON with --json', async () => {
    const dir = tempCorpus({});
    const { stdout } = await runScaleCli('generate', '--attributions', '50', '--out', dir, '--json');
    expect(JSON.parse(stdout)).toMatchObject({
      counts: { attribution: 50 },
      files: { attribution: join(dir, 'attributions.jsonl') },
    });
  });

  it('refuses a size that is not a whole number', async () => {
    const { code, stderr } = await runScaleCli('generate', '--attributions', '10k', '--out', tempCorpus({}));
    expect(code).toBe(2);
    expect(stderr).toContain('--attributions must be a whole number');
  });
});
