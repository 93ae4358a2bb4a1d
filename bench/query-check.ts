/**
 * What users feel after a load: `quotes()` by speaker, source, publisher and date range, and
 * `check()` with every rule on. `npm run bench:query` (sizes 100k and 1M attributions), or
 * `BENCH_SIZES=10000 npm run bench:query`. Each corpus is generated into a temporary directory
 * (`TMPDIR` chooses where), loaded once, measured and removed. Targets (issue 18): quotes() at most
 * 5 µs plus 0.5 µs a result, check() at most 12 s at a million attributions. check() is also
 * timed on a corpus a tenth the size, so that its growth (10× the attributions) shows beside it.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../src/check/check.js';
import type { Corpus } from '../src/corpus/corpus.js';
import { loadCorpusSync } from '../src/corpus/load-corpus.js';
import { writeGeneratedCorpusSync } from '../src/generate/write-generated-corpus.js';
import { bestOf, fitLatency, fmt, load } from './measure.js';

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map((s) => Number(s.trim()));

/** `count` keys spread evenly over a list. */
function spread(keys: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(keys.length / count));
  return keys.filter((_, i) => i % step === 0).slice(0, count);
}

/** Months from the earliest to the latest year the corpus's sources are published in. */
function months(corpus: Corpus, count: number): string[] {
  const years = corpus.sources.map((s) => Number(s.published?.slice(0, 4))).filter((y) => Number.isFinite(y));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const all: string[] = [];
  for (let y = first; y <= last; y++) for (let m = 1; m <= 12; m++) all.push(`${y}-${String(m).padStart(2, '0')}`);
  return spread(all, count);
}

type Fit = ReturnType<typeof fitLatency>;
const show = (f: Fit) =>
  `${fmt.us(f.fixedUs)} + ${fmt.us(f.perResultUs)} a result (mean ${f.meanResults.toFixed(0)} results: ${fmt.us(f.meanUs)})`;

/** The issue 18 target for check() with every rule on, at a million attributions. */
const CHECK_TARGET_MS = 12_000;
const CHECK_TARGET_AT = 1_000_000;

/** A generated corpus of `n` attributions, loaded; its directory is removed once loaded. */
function loadGenerated(n: number, log: (what: string) => void): Corpus {
  const dir = mkdtempSync(join(tmpdir(), `claimtrail-bench-query-${n}-`));
  try {
    log(`generating ${fmt.int(n)}`);
    writeGeneratedCorpusSync(dir, { attributions: n, seed: 1 });
    log(`loading ${fmt.int(n)}`);
    return loadCorpusSync(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** check() with every rule, best of two, on a corpus of a tenth the size: the growth to n. */
function checkGrowth(n: number, ms: number, log: (what: string) => void): string[] {
  const tenth = Math.floor(n / 10);
  if (tenth < 1000) return [];
  let small: Corpus | undefined = loadGenerated(tenth, log);
  log(`check() at ${fmt.int(tenth)}`);
  const checked = bestOf(2, () => check(small as Corpus));
  small = undefined;
  return [
    `| check(), every rule, at ${fmt.int(tenth)} | ${fmt.ms(checked.ms)} (${fmt.int(checked.result.length)} findings) |`,
    `| check() growth, ${fmt.int(tenth)} → ${fmt.int(n)} (10× the attributions) | ${fmt.ratio(ms / checked.ms)} |`,
  ];
}

/** quotes(), check() and contradictions() on one generated corpus of `n` attributions. */
function measureCorpus(n: number, log: (what: string) => void): { rows: string[]; checkMs: number } {
  const corpus = loadGenerated(n, log);
  const rows: string[] = [`| load average at start | ${load()} |`];
  log('quotes()');
  const speakers = spread([...corpus.store.bySpeaker.keys()], 300);
  const sources = spread([...corpus.store.bySource.keys()], 300);
  const publishers = [...new Set(corpus.sources.map((s) => s.publisher).filter((p) => p !== undefined))];
  const ranges = months(corpus, 60);
  // The first query of a speaker builds and sorts that speaker's list; later ones copy it.
  let coldResults = 0;
  const coldStart = performance.now();
  for (const id of speakers) coldResults += corpus.quotes({ speaker: id }).length;
  const coldUs = ((performance.now() - coldStart) * 1000) / speakers.length;
  rows.push(
    `| quotes({ speaker }), first query of each speaker | ${fmt.us(coldUs)} (mean ${(coldResults / speakers.length).toFixed(0)} results) |`,
  );
  const speakerFit = fitLatency(speakers, (id) => corpus.quotes({ speaker: id }).length);
  rows.push(`| quotes({ speaker }) | ${show(speakerFit)} |`);
  rows.push(`| quotes({ source }) | ${show(fitLatency(sources, (id) => corpus.quotes({ source: id }).length))} |`);
  rows.push(
    `| quotes({ publisher }) | ${show(fitLatency(spread(publishers, 100), (id) => corpus.quotes({ publisher: id }).length))} |`,
  );
  rows.push(
    `| quotes({ from, to }) (one month) | ${show(fitLatency(ranges, (m) => corpus.quotes({ from: m, to: m }).length))} |`,
  );
  rows.push(
    `| quotes({ speaker, mode }) | ${show(fitLatency(speakers, (id) => corpus.quotes({ speaker: id, mode: 'direct-quote' }).length))} |`,
  );
  log('check()');
  const checked = bestOf(2, () => check(corpus));
  const target =
    n === CHECK_TARGET_AT
      ? `; target ≤ ${fmt.ms(CHECK_TARGET_MS)}: ${checked.ms <= CHECK_TARGET_MS ? 'met' : 'NOT met'}`
      : '';
  rows.push(`| check(), every rule | ${fmt.ms(checked.ms)} (${fmt.int(checked.result.length)} findings${target}) |`);
  const found = bestOf(2, () => corpus.contradictions());
  rows.push(`| contradictions() | ${fmt.ms(found.ms)} (${fmt.int(found.result.length)} found) |`);
  return { rows, checkMs: checked.ms };
}

function measure(n: number): string[] {
  const log = (what: string) => process.stderr.write(`bench:query ${fmt.int(n)}: ${what}\n`);
  // The large corpus is out of reach once measureCorpus returns, before the small one is loaded.
  const { rows, checkMs } = measureCorpus(n, log);
  rows.push(...checkGrowth(n, checkMs, log));
  rows.push(`| load average at end | ${load()} |`);
  return rows;
}

process.stdout.write(`claimtrail bench:query — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
for (const n of sizes) {
  const rows = measure(n);
  process.stdout.write(`\n### ${fmt.int(n)} attributions\n\n| | |\n| --- | ---: |\n${rows.join('\n')}\n`);
}
