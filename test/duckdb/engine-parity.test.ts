/**
 * The DuckDB engine against the in-memory one, which is the reference: over generated corpora
 * with injected defects, both give the same quotes, contradictions and diagnostics of the rules
 * they share, reading the JSONL files in place and reading their Parquet export.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, sortDiagnostics } from '../../src/check/check.js';
import type { Corpus } from '../../src/corpus/corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { DATABASE_RULES, openCorpusDatabase, writeCorpusParquet } from '../../src/duckdb/index.js';
import { type GeneratedCorpus, generateCorpus } from '../../src/generate/generate-corpus.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { viaSources } from '../../src/model/via-sources.js';
import type { QuoteFilter } from '../../src/query/quotes.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

type Lines = Record<'actors' | 'sources' | 'claims' | 'attributions', Record<string, unknown>[]>;

/** A generated corpus with one defect of each kind the shared rules look for, placed by `pick`. */
function withDefects(generated: GeneratedCorpus, pick: (n: number) => number): Lines {
  const lines = structuredClone(generated) as unknown as Lines;
  const { actors, sources, claims, attributions } = lines;
  const at = <T>(list: T[]) => list[pick(list.length)] as T;
  const attribution = () => at(attributions);
  const sourceIds = sources.map((s) => s.id as string);
  // unknown-reference: a typo of an id (with a hint), an alias where an id belongs, a plain miss
  attribution().source = (at(sourceIds) as string).replace('src.', 'scr.');
  const aliased = actors.find((a) => Array.isArray(a.aliases) && a.aliases.length > 0);
  if (aliased)
    attribution().speaker = String((aliased.aliases as string[])[0])
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
  attribution().claim = 'clm.nowhere';
  (at(claims) as { contradicts?: string[] }).contradicts = ['clm.elsewhere'];
  // said-after-published and cited-source-published-later
  attribution().said = '2031-05';
  const citing = attributions.find((a) => Array.isArray(a.via) && a.via.length > 0 && a.source !== 'src.0');
  if (citing) (citing.via as string[])[0] = sourceIds[sourceIds.length - 1] as string;
  // role-not-held: an office nobody holds
  const speaking = attribution();
  speaking.roles = [{ actor: speaking.speaker, title: 'Grand Vizier' }];
  // orphans: an actor and a claim nothing refers to
  actors.push({ id: 'nobody-at-all', kind: 'person', name: 'Nobody At All' });
  claims.push({ id: 'clm.unsaid', text: 'Nobody says this.', subject: 'nobody-at-all', predicate: 'visits' });
  // explicit and temporal contradictions, which the generator does not make
  const [first, second] = [at(claims), at(claims)];
  if (first && second && first.id !== second.id) first.contradicts = [second.id];
  at(claims).first = { since: '2016' };
  // duplicate ids: the same record twice (a warning) and a different one with a taken id (an error)
  attributions.splice(pick(attributions.length), 0, { ...attribution() });
  attributions.push({ ...attribution(), stance: 'doubts' });
  return lines;
}

function writeLines(lines: Lines): string {
  const dir = tempCorpus({});
  for (const [name, records] of Object.entries(lines))
    writeFileSync(join(dir, `${name}.jsonl`), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return dir;
}

/**
 * Diagnostics without their columns, in `check`'s order: the DuckDB engine names the row (the
 * line), not the column, so two findings on one line may come in another order.
 */
const withoutColumns = (list: readonly Diagnostic[]) => sortDiagnostics(list.map(({ column: _c, ...d }) => d));
/** Diagnostics without their places in files, for engines that read different files. */
const withoutPlaces = (list: readonly Diagnostic[]) =>
  sortDiagnostics(
    list.map(({ column: _c, line: _l, file: _f, related, ...d }) => ({
      ...d,
      ...(related ? { related: related.map(({ type, id }) => ({ type, id })) } : {}),
    })),
  );

function filtersFor(corpus: Corpus, pick: (n: number) => number): QuoteFilter[] {
  const speakers = [...new Set(corpus.attributions.map((a) => a.speaker))];
  const speaker = speakers[pick(speakers.length)] as string;
  const cited = corpus.attributions.map((a) => viaSources(a)[0]).find((id) => id !== undefined);
  const topic = corpus.claims.find((c) => c.topics.length > 0)?.topics[0];
  const publisher = corpus.sources.find((s) => s.publisher !== undefined)?.publisher;
  return [
    { speaker },
    { speaker, includeAgents: true, mode: ['direct-quote', 'indirect'] },
    { speaker: corpus.actor(speaker)?.name ?? speaker, stance: 'asserts', from: '2016', to: '2023-06' },
    ...(cited ? [{ source: cited }] : []),
    ...(topic ? [{ topic, stance: ['denies', 'doubts'] as const }] : []),
    ...(publisher ? [{ publisher, limit: 5 }] : []),
    { text: 'the', mode: 'direct-quote', limit: 20 },
    { text: 'ready to defend alliance', fuzzy: true, minScore: 0.5 },
  ];
}

describe('the DuckDB engine gives what the in-memory engine gives', () => {
  it('on JSONL in place and on Parquet, over generated corpora with defects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 40, max: 150 }), async (seed, size) => {
        let state = seed;
        const pick = (n: number) => {
          state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
          return n === 0 ? 0 : state % n;
        };
        const jsonl = writeLines(withDefects(generateCorpus({ attributions: size, seed }), pick));
        const corpus = await loadCorpus(jsonl);
        const parquet = tempCorpus({});
        await writeCorpusParquet(corpus, parquet);
        const reference = check(corpus, { only: [...DATABASE_RULES] });
        expect(reference.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['duplicate-id', 'unknown-reference']));
        const filters = filtersFor(corpus, pick);
        for (const dir of [jsonl, parquet]) {
          const db = await openCorpusDatabase(dir);
          try {
            for (const filter of filters)
              expect(await db.quotes(filter), JSON.stringify(filter)).toEqual(corpus.quotes(filter));
            expect(await db.contradictions()).toEqual(corpus.contradictions());
            expect(await db.contradictions({ kinds: ['value', 'explicit'], strongOnly: true })).toEqual(
              corpus.contradictions({ kinds: ['value', 'explicit'], strongOnly: true }),
            );
            const diagnostics = await db.check();
            if (dir === jsonl) {
              expect(withoutColumns(diagnostics)).toEqual(withoutColumns(reference));
              expect(await db.stats()).toEqual(corpus.stats());
            } else {
              // The export holds the loaded records, so the duplicates the loader left out are gone.
              const loaded = reference.filter((d) => d.ruleId !== 'duplicate-id');
              expect(withoutPlaces(diagnostics)).toEqual(withoutPlaces(loaded));
            }
          } finally {
            await db.close();
          }
        }
      }),
      { numRuns: 3, seed: 19, endOnFailure: true },
    );
  });

  it('throws the errors the in-memory engine throws for names that fit nothing', async () => {
    const dir = writeLines(withDefects(generateCorpus({ attributions: 60, seed: 5 }), () => 0));
    const corpus = await loadCorpus(dir);
    const db = await openCorpusDatabase(dir);
    try {
      for (const filter of [{ speaker: 'Nobody Known' }, { source: 'No Such Title' }, { from: '2023-13' }]) {
        await expect(db.quotes(filter)).rejects.toThrow(
          (() => {
            try {
              corpus.quotes(filter);
            } catch (error) {
              return (error as Error).message;
            }
            return 'no error';
          })(),
        );
      }
    } finally {
      await db.close();
    }
  });
});
