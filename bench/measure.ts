/** Timing and memory helpers for bench/run.ts. */

import { loadavg } from 'node:os';

const gc = (globalThis as { gc?: () => void }).gc;

/** Whether heap figures can be taken (node --expose-gc). */
export const canMeasureHeap = typeof gc === 'function';

/** Collects garbage thoroughly, so heapUsed reflects what is alive. */
export function collect(): void {
  if (!gc) return;
  for (let i = 0; i < 3; i++) gc();
}

/** Milliseconds one call takes; the best of `runs` (the least disturbed by other work on the machine). */
export function bestOf<T>(runs: number, f: () => T): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    result = f();
    best = Math.min(best, performance.now() - start);
    if (i < runs - 1) result = undefined;
  }
  return { ms: best, result: result as T };
}

/** Memory held: the JavaScript heap plus the array buffers outside it (file buffers, typed arrays). */
const held = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

/**
 * The memory a value holds on to: heapUsed plus arrayBuffers after making it, less before, so a
 * file buffer kept alive outside the heap counts too. The value is kept alive until measured.
 */
export function heapOf<T>(make: () => T): { bytes: number; ms: number; value: T } {
  collect();
  const before = held();
  const start = performance.now();
  const value = make();
  const ms = performance.now() - start;
  collect();
  const bytes = held() - before;
  return { bytes, ms, value };
}

/**
 * Per-call time of a query over many inputs, fitted as `fixed + perResult × results` with the
 * Theil–Sen estimator (the median of the slopes between pairs of inputs), which a few slow
 * outliers on a busy machine cannot drag: the fixed part is what the query costs before it has
 * anything to return.
 */
export function fitLatency<I>(
  inputs: readonly I[],
  run: (input: I) => number,
  budgetMs = 2,
): { fixedUs: number; perResultUs: number; meanUs: number; meanResults: number; fewUs: number; fewResults: number } {
  const points: [number, number][] = [];
  for (const input of inputs) {
    let results = run(input);
    let iterations = 0;
    const start = performance.now();
    do {
      results = run(input);
      iterations++;
    } while (performance.now() - start < budgetMs && iterations < 10_000);
    points.push([results, ((performance.now() - start) * 1000) / iterations]);
  }
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [x1, y1] = points[i] as [number, number];
      const [x2, y2] = points[j] as [number, number];
      if (x1 !== x2) slopes.push((y2 - y1) / (x2 - x1));
    }
  }
  const perResultUs = slopes.length > 0 ? median(slopes) : 0;
  const fixedUs = median(points.map(([x, y]) => y - perResultUs * x));
  const mean = (f: (p: [number, number]) => number) => points.reduce((s, p) => s + f(p), 0) / points.length;
  // What a query with few results costs, measured rather than extrapolated: the fifth of the
  // inputs with the fewest results.
  const few = [...points].sort((a, b) => a[0] - b[0]).slice(0, Math.max(1, Math.floor(points.length / 5)));
  return {
    fixedUs,
    perResultUs,
    meanUs: mean(([, y]) => y),
    meanResults: mean(([x]) => x),
    fewUs: median(few.map(([, y]) => y)),
    fewResults: median(few.map(([x]) => x)),
  };
}

/** Load average of the machine, to print beside timings taken on a shared machine. */
export function load(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
}

export const fmt = {
  ms: (ms: number) =>
    ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`,
  us: (us: number) => `${us.toFixed(us < 10 ? 2 : 1)} µs`,
  mb: (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`,
  ratio: (x: number) => `${x.toFixed(2)}×`,
  int: (n: number) => n.toLocaleString('en-US'),
  rate: (bytes: number, ms: number) => `${(bytes / 1_048_576 / (ms / 1000)).toFixed(0)} MB/s`,
};
