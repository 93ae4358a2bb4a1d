import { comparePartialDates } from '../time/relate-partial-dates.js';
import type { QuoteRecord } from './quote-record.js';

const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders statements by date, undated last; a coarser date before a finer one starting the same
 * day; then by attribution id.
 *
 * @param a - a statement
 * @param b - another
 * @returns a negative number when `a` comes first, positive when `b` does
 *
 * @example
 * [r2024, r2023, undated].sort(byDate).map((r) => r.date)
 * //=> ['2023', '2024', undefined]
 */
export function byDate(a: QuoteRecord, b: QuoteRecord): number {
  if (a.date === undefined || b.date === undefined) {
    return (
      (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) || codeOrder(a.attribution.id, b.attribution.id)
    );
  }
  return comparePartialDates(a.date, b.date) || codeOrder(a.attribution.id, b.attribution.id);
}
