import type { FirstSince } from '../model/claim.js';
import type { QuoteRecord } from '../query/quote-record.js';
import { holdsOf } from './find-stance.js';
import { type Accept, keepBest, strengthOf } from './pairs.js';
import {
  claimTime,
  describeFirst,
  impliedPrevious,
  pointSpan,
  showYear,
  spansOverlap,
  whenSpan,
  type YearSpan,
} from './temporal.js';
import type { Contradiction } from './types.js';
import { cite } from './types.js';
import { content, sentenceStart } from './wording.js';

interface FirstStatement {
  readonly record: QuoteRecord;
  readonly first: FirstSince;
  /** When the event happens, narrowed to a point where one end is open. */
  readonly at: YearSpan;
  /** Where the statement puts the previous occurrence. */
  readonly previous: YearSpan;
}

interface Occurrence {
  readonly record: QuoteRecord;
  readonly span: YearSpan;
}

const DAY = 1 / 365;

const words = content;

const showSpan = ([lo, hi]: YearSpan) =>
  showYear(lo) === showYear(hi - DAY) ? showYear(lo) : `${showYear(lo)} to ${showYear(hi - DAY)}`;

/** The index of the last occurrence (sorted by end) that ends by `limit`, or -1. */
function lastEndingBy(sorted: readonly Occurrence[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Occurrence).span[1] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function firstAgainstFirst(x: FirstStatement, y: FirstStatement, accept: Accept, out: Contradiction[]) {
  if (spansOverlap(x.previous, y.previous)) return;
  const strength = strengthOf(x.record, y.record);
  if (!accept('temporal', strength)) return;
  const fx = describeFirst(x.first);
  const fy = describeFirst(y.first);
  out.push({
    kind: 'temporal',
    strength,
    a: x.record,
    b: y.record,
    explanation: `${sentenceStart(cite(x.record))} calls it the ${fx} (${words(x.record)}), ${cite(y.record)} the ${fy} (${words(y.record)}): they cannot both be right about when it last happened.`,
    arithmetic: `The ${fx} at ${showSpan(x.at)} puts the previous one in ${showSpan(x.previous)}; the ${fy} at ${showSpan(y.at)} puts it in ${showSpan(y.previous)}; these do not overlap.`,
  });
}

function firstAgainstRecord(
  f: FirstStatement,
  inGap: Occurrence | undefined,
  latest: Occurrence,
  accept: Accept,
  out: Contradiction[],
) {
  const fx = describeFirst(f.first);
  const gap = (o: Occurrence) => `${showSpan(f.at)} − ${showSpan(o.span)} ≈ ${(f.at[0] - o.span[0]).toFixed(1)} years`;
  if (inGap) {
    const strength = strengthOf(f.record, inGap.record);
    if (!accept('temporal', strength)) return;
    out.push({
      kind: 'temporal',
      strength,
      a: f.record,
      b: inGap.record,
      explanation: `${sentenceStart(cite(f.record))} calls it the ${fx} (${words(f.record)}), but ${cite(inGap.record)} records one in ${showSpan(inGap.span)}, inside that gap (${words(inGap.record)}).`,
      arithmetic: `The ${fx} puts the previous one in ${showSpan(f.previous)}; ${gap(inGap)}.`,
    });
  } else if (latest.span[1] <= f.previous[0] && accept('temporal', 'weak')) {
    out.push({
      kind: 'temporal',
      strength: 'weak',
      a: f.record,
      b: latest.record,
      explanation: `${sentenceStart(cite(f.record))} calls it the ${fx} (${words(f.record)}), but the latest one the corpus records is older than that: ${showSpan(latest.span)}, by ${cite(latest.record)} (${words(latest.record)}). Unless a later one went unrecorded, the figure is wrong.`,
      arithmetic: `The ${fx} puts the previous one in ${showSpan(f.previous)}; ${gap(latest)}.`,
    });
  }
}

/**
 * Temporal conflicts within one proposition group. Two "first since/in" statements about the same
 * occurrence whose implied previous occurrences cannot coincide conflict. A "first" statement also
 * meets the occurrences the corpus records before it (other "first" statements count as
 * occurrences too): one lying wholly inside the claimed gap is a conflict as strong as its
 * statements; a latest one older than the gap allows is a weak one, since an unrecorded occurrence
 * could fill it. Each claim is stood for by its strongest, earliest assertion; denials, doubts and
 * negated claims record nothing.
 *
 * @param group - the statements of one proposition
 * @param accept - which strengths are wanted
 * @param out - where conflicts are appended
 *
 * @example
 * findTemporal([firstInSixYears2025, firstSince2017], () => true, out);
 * out[0]?.arithmetic
 * //=> 'The first in 6 years at 2025-01 to 2025-12 puts the previous one in 2018-01 to 2020-06; the first since 2017 …'
 */
export function findTemporal(group: readonly QuoteRecord[], accept: Accept, out: Contradiction[]): void {
  const byClaim = new Map<string, QuoteRecord>();
  for (const r of group)
    if (holdsOf(r) === 'affirmed' && r.claim.polarity === 'affirmed') keepBest(byClaim, r.claim.id, r);
  const firsts: FirstStatement[] = [];
  const occurrences: Occurrence[] = [];
  for (const record of byClaim.values()) {
    const time = claimTime(record.claim, record.date);
    if (time === undefined) continue;
    const span = whenSpan(time);
    occurrences.push({ record, span });
    const first = record.claim.first;
    if (first) firsts.push({ record, first, at: pointSpan(span), previous: impliedPrevious(first, time) });
  }
  // Statements about the same occurrence: sorted by time, each meets those that start before it ends.
  firsts.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1]);
  for (let i = 0; i < firsts.length; i++) {
    const x = firsts[i] as FirstStatement;
    for (let j = i + 1; j < firsts.length && (firsts[j] as FirstStatement).at[0] < x.at[1]; j++) {
      firstAgainstFirst(x, firsts[j] as FirstStatement, accept, out);
    }
  }
  if (firsts.length === 0 || occurrences.length < 2) return;
  // Sorted by end, with the latest start so far: binary search gives, for each "first" statement,
  // the occurrence that ends last before it and the one that starts last (the best gap witness).
  occurrences.sort((x, y) => x.span[1] - y.span[1]);
  const latestStart: Occurrence[] = [];
  for (const o of occurrences) {
    const prev = latestStart[latestStart.length - 1];
    latestStart.push(prev && prev.span[0] >= o.span[0] ? prev : o);
  }
  for (const f of firsts) {
    const k = lastEndingBy(occurrences, f.at[0] + 1e-9);
    if (k < 0) continue;
    const starter = latestStart[k] as Occurrence;
    firstAgainstRecord(
      f,
      starter.span[0] >= f.previous[1] ? starter : undefined,
      occurrences[k] as Occurrence,
      accept,
      out,
    );
  }
}
