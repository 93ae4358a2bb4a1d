/**
 * claimtrail's benchmark: `npm run bench` (sizes 10k, 100k and 1M attributions), or
 * `BENCH_SIZES=10000 npm run bench` for a quick smoke run. Each corpus is generated into a
 * temporary directory, measured, and removed. `BENCH_SQLITE=0` skips the SQLite comparison;
 * `BENCH_JSON=path` also writes the figures as JSON. Timings are the best of a few runs, since
 * other work on a shared machine only ever makes a run slower.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndexCacheSync } from '../src/cache/build-index-cache.js';
import { readIndexCache } from '../src/cache/load-corpus-cached.js';
import { check } from '../src/check/check.js';
import type { Corpus } from '../src/corpus/corpus.js';
import { createCorpus } from '../src/corpus/create-corpus.js';
import { loadCorpusSync } from '../src/corpus/load-corpus.js';
import { writeGeneratedCorpusSync } from '../src/generate/write-generated-corpus.js';
import { jsonlTypeFromName, parseJsonlLine } from '../src/load/parse-jsonl.js';
import { readLinesSync } from '../src/load/read-lines.js';
import { validateRecord } from '../src/load/validate-record.js';
import { bestOf, canMeasureHeap, collect, fitLatency, fmt, heapOf, load } from './measure.js';
import { loadIntoSqlite, sqlite } from './sqlite.js';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map((s) => Number(s.trim()));
const withSqlite = process.env.BENCH_SQLITE !== '0';
const FILES = ['actors.jsonl', 'sources.jsonl', 'claims.jsonl', 'attributions.jsonl'];

/** Runs of each timing: more for small corpora, where noise weighs more. */
const runsFor = (n: number) => (n <= 10_000 ? 5 : n <= 100_000 ? 3 : 1);

/** Every line of the corpus files, read and handed to `each`. */
function eachLine(dir: string, each: (text: string, line: number, file: string) => void): void {
  for (const file of FILES)
    for (const { text, line } of readLinesSync(join(dir, file))) if (text !== '') each(text, line, file);
}

function speakersOf(corpus: Corpus, count: number): string[] {
  const ids = [...corpus.store.bySpeaker.keys()];
  const step = Math.max(1, Math.floor(ids.length / count));
  return ids.filter((_, i) => i % step === 0).slice(0, count);
}

interface SizeResult {
  [key: string]: unknown;
}

function measure(n: number): SizeResult {
  const runs = runsFor(n);
  const dir = mkdtempSync(join(tmpdir(), `claimtrail-bench-${n}-`));
  const out: SizeResult = { attributions: n, loadAverageAtStart: load() };
  const log = (what: string) => process.stderr.write(`bench ${fmt.int(n)}: ${what}\n`);
  try {
    log('generating');
    const generated = bestOf(1, () => writeGeneratedCorpusSync(dir, { attributions: n, seed: 1 }));
    const { counts, bytes } = generated.result;
    Object.assign(out, { counts, bytes, generateMs: generated.ms });
    let lines = 0;
    eachLine(dir, () => lines++);
    out.lines = lines;

    log('JSON.parse floor and the cost of each step of a load');
    out.readMs = bestOf(runs, () => eachLine(dir, () => {})).ms;
    out.parseMs = bestOf(runs, () => eachLine(dir, (text) => JSON.parse(text))).ms;
    // The same, keeping every object: what any loader that holds the records pays in garbage collection.
    out.parseKeptMs = bestOf(runs, () => {
      const kept: unknown[] = [];
      eachLine(dir, (text) => kept.push(JSON.parse(text)));
      return kept.length;
    }).ms;
    // zod on every record, as the loader did before it generated its validator from the schemas.
    const types = Object.fromEntries(FILES.map((f) => [f, jsonlTypeFromName(f)]));
    out.validateZodMs = bestOf(runs, () =>
      eachLine(dir, (text, line, file) => {
        const r = parseJsonlLine(text, line, file, types[file]);
        if (r && 'record' in r) validateRecord(r.record.type, r.record.value, r.record.origin);
      }),
    ).ms;

    log('loadCorpusSync (validating load)');
    const loaded = heapOf(() => loadCorpusSync(dir));
    out.loadHeap = loaded.bytes;
    out.loadMs = Math.min(loaded.ms, runs > 1 ? bestOf(runs - 1, () => loadCorpusSync(dir)).ms : loaded.ms);
    const corpus = loaded.value;

    log('persistent index');
    const built = bestOf(1, () => buildIndexCacheSync(dir));
    out.indexBuildMs = built.ms;
    out.indexBytes = built.result.bytes;
    const cachedLoad = (verify: 'hash' | 'stat') => () => {
      const r = readIndexCache(dir, verify);
      if (!('corpus' in r)) throw new Error(`the index was not used: ${r.reason}`);
      return r.corpus;
    };
    out.cachedHashMs = bestOf(runs, cachedLoad('hash')).ms;
    out.cachedStatMs = bestOf(runs, cachedLoad('stat')).ms;
    out.cachedHeap = heapOf(cachedLoad('stat')).bytes;
    collect();

    log('speaker queries');
    const speakers = speakersOf(corpus, n <= 10_000 ? 100 : 300);
    out.quotes = fitLatency(speakers, (id) => corpus.quotes({ speaker: id }).length);
    out.bySpeaker = fitLatency(speakers, (id) => corpus.attributionsBySpeaker(id).length);
    const all = corpus.attributions;
    out.linearScan = fitLatency(speakers.slice(0, 30), (id) => all.filter((a) => a.speaker === id).length, 5);

    log('corpus.with: adding one attribution');
    const extra = { ...all[0], id: 'bench.extra' };
    out.withOneUs = bestOf(5, () => {
      const start = performance.now();
      for (let i = 0; i < 20; i++) corpus.with({ attributions: [extra] });
      return ((performance.now() - start) * 1000) / 20;
    }).result;
    const empty = createCorpus({}).corpus;
    out.withOneEmptyUs = bestOf(5, () => {
      const start = performance.now();
      for (let i = 0; i < 20; i++) empty.with({ attributions: [extra] });
      return ((performance.now() - start) * 1000) / 20;
    }).result;

    log('check');
    // At least two runs even for the largest corpus: the growth figures rest on these.
    const checked = bestOf(Math.max(2, runs), () => check(corpus));
    out.checkMs = checked.ms;
    out.checkErrors = checked.result.filter((d) => d.severity === 'error').length;
    log('contradictions');
    const found = bestOf(Math.max(2, runs), () => corpus.contradictions());
    out.contradictionsMs = found.ms;
    out.contradictions = found.result.length;

    if (withSqlite) {
      const Database = sqlite();
      if (typeof Database === 'string') out.sqlite = Database;
      else {
        log('SQLite');
        const first = bestOf(1, () => loadIntoSqlite(Database, dir));
        out.sqliteLoadMs = first.ms;
        out.sqliteBytes = first.result.bytes;
        const db = first.result;
        out.sqliteRows = fitLatency(speakers, (id) => db.bySpeaker.all(id).length);
        out.sqliteObjects = fitLatency(
          speakers,
          (id) => db.bySpeaker.all(id).map((json) => JSON.parse(json as string)).length,
        );
        db.db.close();
      }
    }
    out.loadAverageAtEnd = load();
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Fit = ReturnType<typeof fitLatency>;
const num = (r: SizeResult, key: string) => r[key] as number;
const latencyOf = (r: SizeResult, key: string) => r[key] as Fit | undefined;

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function report(results: SizeResult[]): string {
  const cols = results.map((r) => fmt.int(num(r, 'attributions')));
  const row = (label: string, f: (r: SizeResult) => string) => [label, ...results.map(f)];
  const perAttr = (key: string) => (r: SizeResult) =>
    canMeasureHeap ? `${fmt.int(Math.round(num(r, key) / num(r, 'attributions')))} B` : 'run with --expose-gc';
  // Against JSON.parse with its objects kept: any loader that holds its records pays that much.
  const vsParse = (key: string) => (r: SizeResult) =>
    `${fmt.ms(num(r, key))} (${fmt.ratio(num(r, 'parseKeptMs') / num(r, key))})`;
  const latency = (key: string) => (r: SizeResult) => {
    const f = latencyOf(r, key);
    return f ? `${fmt.us(f.fewUs)} at ${f.fewResults} results; +${fmt.us(f.perResultUs)} per result` : 'n/a';
  };
  const sections = [
    '### Corpus',
    table(
      ['', ...cols],
      [
        row('claims / sources / actors', (r) => {
          const c = r.counts as Record<string, number>;
          return `${fmt.int(c.claim ?? 0)} / ${fmt.int(c.source ?? 0)} / ${fmt.int(c.actor ?? 0)}`;
        }),
        row('JSONL on disk', (r) => fmt.mb(num(r, 'bytes'))),
        row('generate', (r) => fmt.ms(num(r, 'generateMs'))),
        row('load average (start → end)', (r) => `${r.loadAverageAtStart} → ${r.loadAverageAtEnd}`),
      ],
    ),
    '### Load: time (throughput as a share of JSON.parse of the same lines with the objects kept)',
    table(
      ['', ...cols],
      [
        row(
          'JSON.parse of every line, objects dropped',
          (r) => `${fmt.ms(num(r, 'parseMs'))} (${fmt.rate(num(r, 'bytes'), num(r, 'parseMs'))})`,
        ),
        row('JSON.parse of every line, objects kept (1.00×)', vsParse('parseKeptMs')),
        row('loadCorpusSync: every record validated', vsParse('loadMs')),
        row('index: loadCorpusCached, hashes checked', vsParse('cachedHashMs')),
        row('index: loadCorpusCached, sizes+times only', vsParse('cachedStatMs')),
        row(
          'index: build (claimtrail index)',
          (r) => `${fmt.ms(num(r, 'indexBuildMs'))}, ${fmt.mb(num(r, 'indexBytes'))}`,
        ),
        ...(withSqlite
          ? [
              row('SQLite bulk load + speaker index', (r) =>
                typeof r.sqlite === 'string' ? 'skipped' : vsParse('sqliteLoadMs')(r),
              ),
            ]
          : []),
      ],
    ),
    '### Where a load spends its time (same lines)',
    table(
      ['', ...cols],
      [
        row('read and split lines', (r) => fmt.ms(num(r, 'readMs'))),
        row('read + JSON.parse', (r) => fmt.ms(num(r, 'parseMs'))),
        row('read + JSON.parse + zod on every record (the loader before issue 18)', (r) =>
          fmt.ms(num(r, 'validateZodMs')),
        ),
        row('loadCorpusSync (generated validator, store and indices)', (r) => fmt.ms(num(r, 'loadMs'))),
      ],
    ),
    '### Memory per attribution (heap and array buffers the corpus holds, divided by its attributions)',
    table(
      ['', ...cols],
      [row('loadCorpusSync', perAttr('loadHeap')), row('loadCorpusCached (from the index)', perAttr('cachedHeap'))],
    ),
    '### Speaker query: time for a speaker with few results, and per further result (Theil–Sen slope over many speakers)',
    table(
      ['', ...cols],
      [
        row('corpus.quotes({ speaker })', latency('quotes')),
        row('corpus.attributionsBySpeaker()', latency('bySpeaker')),
        row('linear scan of corpus.attributions', (r) => fmt.us(latencyOf(r, 'linearScan')?.meanUs ?? Number.NaN)),
        ...(withSqlite
          ? [
              row('SQLite, rows (json text)', latency('sqliteRows')),
              row('SQLite, rows + JSON.parse', latency('sqliteObjects')),
            ]
          : []),
        row('results per query (mean)', (r) => (latencyOf(r, 'quotes')?.meanResults ?? 0).toFixed(1)),
      ],
    ),
    '### Rules and contradictions',
    table(
      ['', ...cols],
      [
        row('check()', (r) => `${fmt.ms(num(r, 'checkMs'))} (${num(r, 'checkErrors')} errors)`),
        row(
          'contradictions()',
          (r) => `${fmt.ms(num(r, 'contradictionsMs'))} (${fmt.int(num(r, 'contradictions'))} found)`,
        ),
        row(
          'corpus.with(one attribution)',
          (r) => `${fmt.us(num(r, 'withOneUs'))} (empty corpus: ${fmt.us(num(r, 'withOneEmptyUs'))})`,
        ),
      ],
    ),
  ];
  const at = (n: number) => results.find((r) => r.attributions === n);
  const small = at(100_000);
  const big = at(1_000_000);
  if (small && big) {
    sections.push(
      '### Growth from 100,000 to 1,000,000 attributions (10× the data; target ≤ 12×)',
      table(
        ['', 'growth'],
        [
          ['check()', fmt.ratio(num(big, 'checkMs') / num(small, 'checkMs'))],
          ['contradictions()', fmt.ratio(num(big, 'contradictionsMs') / num(small, 'contradictionsMs'))],
          ['loadCorpusSync', fmt.ratio(num(big, 'loadMs') / num(small, 'loadMs'))],
        ],
      ),
    );
  }
  sections.push('### Targets of issue 18', targets(results));
  return sections.join('\n\n');
}

/** Each target of issue 18 against the largest corpus measured (check() against 1,000,000 only). */
function targets(results: SizeResult[]): string {
  const largest = results.reduce((a, b) => (num(b, 'attributions') > num(a, 'attributions') ? b : a));
  const at = `at ${fmt.int(num(largest, 'attributions'))}`;
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const loadRatio = num(largest, 'parseKeptMs') / num(largest, 'loadMs');
  const quotes = latencyOf(largest, 'quotes');
  const memory = num(largest, 'cachedHeap') / num(largest, 'attributions');
  const million = results.find((r) => r.attributions === 1_000_000);
  const rows = [
    [
      'validating load, as a share of JSON.parse with objects kept',
      '≥ 0.6×',
      `${fmt.ratio(loadRatio)} ${at}`,
      // Below 100,000 the floor pays almost no garbage collection, so the ratio says little: the
      // target is about corpora large enough for the load time to matter.
      num(largest, 'attributions') >= 100_000 ? verdict(loadRatio >= 0.6) : 'judged from 100,000',
    ],
    quotes
      ? [
          'corpus.quotes({ speaker })',
          '≤ 5 µs + 0.5 µs a result',
          `${fmt.us(quotes.fixedUs)} + ${fmt.us(quotes.perResultUs)} a result ${at}`,
          verdict(quotes.fixedUs <= 5 && quotes.perResultUs <= 0.5),
        ]
      : ['corpus.quotes({ speaker })', '≤ 5 µs + 0.5 µs a result', 'n/a', ''],
    million
      ? [
          'check(), every rule, at 1,000,000',
          '≤ 12 s',
          fmt.ms(num(million, 'checkMs')),
          verdict(num(million, 'checkMs') <= 12_000),
        ]
      : ['check(), every rule, at 1,000,000', '≤ 12 s', 'not measured (add 1000000 to BENCH_SIZES)', ''],
    canMeasureHeap
      ? [
          'memory of a cached load (heap and array buffers), an attribution',
          '< 1 KiB',
          `${fmt.int(Math.round(memory))} B ${at}`,
          num(largest, 'attributions') >= 100_000 ? verdict(memory < 1024) : 'judged from 100,000',
        ]
      : ['memory of a cached load, an attribution', '< 1 KiB', 'run with --expose-gc', ''],
  ];
  return table(['', 'target', 'measured', ''], rows);
}

const results: SizeResult[] = [];
for (const n of sizes) {
  results.push(measure(n));
  collect();
}
const header = `claimtrail bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}, sizes ${sizes.join(', ')}${canMeasureHeap ? '' : ' (no --expose-gc: heap figures skipped)'}`;
process.stdout.write(`${header}\n\n${report(results)}\n`);
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
