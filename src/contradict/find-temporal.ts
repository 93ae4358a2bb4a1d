import type { QuoteRecord } from '../query/quote-record.js';
import { byDate } from '../query/quotes.js';
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
import { type Contradiction, cite, isHedged } from './types.js';

interface FirstStatement {
  readonly record: QuoteRecord;
  readonly at: YearSpan;
  readonly previous: YearSpan;
}

const showSpan = ([lo, hi]: YearSpan) =>
  showYear(lo) === showYear(hi - 1 / 365) ? showYear(lo) : `${showYear(lo)} to ${showYear(hi - 1 / 365)}`;

/**
 * Temporal conflicts within one proposition group: two "first since/in" statements whose implied
 * previous occurrences cannot coincide, and a "first" statement against the occurrences the corpus
 * records (one inside the claimed gap is a strong conflict; a latest one older than the gap allows
 * is a weak one, since an unrecorded occurrence could fill it).
 */
export function findTemporal(group: readonly QuoteRecord[], out: Contradiction[]): void {
  const firsts: FirstStatement[] = [];
  const occurrences: { record: QuoteRecord; span: YearSpan }[] = [];
  const seenClaims = new Set<string>();
  for (const record of [...group].sort(byDate)) {
    if (seenClaims.has(record.claim.id)) continue; // the first appearance of each claim stands for it
    seenClaims.add(record.claim.id);
    if (record.attribution.stance === 'denies' || record.claim.polarity === 'negated') continue;
    const time = claimTime(record.claim, record.date);
    if (time === undefined) continue;
    if (record.claim.first) {
      firsts.push({ record, at: pointSpan(whenSpan(time)), previous: impliedPrevious(record.claim.first, time) });
    } else {
      occurrences.push({ record, span: whenSpan(time) });
    }
  }
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) {
      const x = firsts[i] as FirstStatement;
      const y = firsts[j] as FirstStatement;
      if (spansOverlap(x.previous, y.previous)) continue;
      const fx = describeFirst(x.record.claim.first as never);
      const fy = describeFirst(y.record.claim.first as never);
      out.push({
        kind: 'temporal',
        strength: isHedged(x.record) || isHedged(y.record) ? 'weak' : 'strong',
        a: x.record,
        b: y.record,
        explanation: `${cite(x.record)} calls it the ${fx}, ${cite(y.record)} the ${fy}: they put the previous time in different years.`,
        arithmetic: `"${fx}" at ${showSpan(x.at)} puts the previous one in ${showSpan(x.previous)}; "${fy}" at ${showSpan(y.at)} puts it in ${showSpan(y.previous)}; these do not overlap.`,
      });
    }
  }
  for (const f of firsts) {
    const before = occurrences.filter((o) => o.span[1] <= f.at[0] + 1e-9);
    if (before.length === 0) continue;
    const latest = before.reduce((a, b) => (b.span[1] > a.span[1] ? b : a));
    const fx = describeFirst(f.record.claim.first as never);
    const gap = `${showSpan(f.at)} − ${showSpan(latest.span)} ≈ ${(f.at[0] - latest.span[0]).toFixed(1)} years`;
    if (latest.span[0] >= f.previous[1]) {
      out.push({
        kind: 'temporal',
        strength: isHedged(f.record) || isHedged(latest.record) ? 'weak' : 'strong',
        a: f.record,
        b: latest.record,
        explanation: `${cite(f.record)} calls it the ${fx}, but ${cite(latest.record)} records one in ${showSpan(latest.span)}, inside that gap.`,
        arithmetic: `"${fx}" puts the previous one in ${showSpan(f.previous)}; ${gap}.`,
      });
    } else if (latest.span[1] <= f.previous[0]) {
      out.push({
        kind: 'temporal',
        strength: 'weak',
        a: f.record,
        b: latest.record,
        explanation: `${cite(f.record)} calls it the ${fx}, but the latest one the corpus records, by ${cite(latest.record)}, is older than that (${showSpan(latest.span)}); unless a later one went unrecorded, the figure is wrong.`,
        arithmetic: `"${fx}" puts the previous one in ${showSpan(f.previous)}; ${gap}.`,
      });
    }
  }
}
