import { MONTH_NAMES } from '../internal/month-names.js';

/** What a dateline ("TOKYO, Sept 15 (Reuters) -") or a date line near the top of an article gives. */
export interface Dateline {
  /** The date, YYYY-MM-DD, when the line gives a full date. */
  readonly date?: string;
  readonly place?: string;
}

const MONTH = new Map<string, number>();
for (const [i, name] of MONTH_NAMES.entries()) {
  MONTH.set(name.toLowerCase(), i + 1);
  MONTH.set(name.slice(0, 3).toLowerCase(), i + 1);
}
MONTH.set('sept', 9);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a dateline or a date line from the first lines of an article: "TOKYO, Sept. 15, 2023
 * (Reuters) -", "Published 15 September 2023", "2023-09-15".
 *
 * @param text - the article text
 * @returns the date (only when the year is given) and the place, or undefined
 *
 * @example
 * readDateline('TOKYO, Sept. 15, 2023 (Reuters) - Japan said…')
 * //=> { date: '2023-09-15', place: 'TOKYO' }
 */
export function readDateline(text: string): Dateline | undefined {
  const head = text.split('\n').slice(0, 8).join('\n');
  const place = /^([A-Z][A-Z .'-]{2,}),/m.exec(head)?.[1];
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
  if (iso) return { date: iso[0], ...(place ? { place } : {}) };
  const mdy = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(head);
  const dmy = /\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/.exec(head);
  const parts = mdy
    ? { month: MONTH.get((mdy[1] as string).toLowerCase()), day: Number(mdy[2]), year: mdy[3] }
    : dmy
      ? { month: MONTH.get((dmy[2] as string).toLowerCase()), day: Number(dmy[1]), year: dmy[3] }
      : undefined;
  if (parts?.month && parts.day >= 1 && parts.day <= 31) {
    return { date: `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`, ...(place ? { place } : {}) };
  }
  return place ? { place } : undefined;
}
