import { MONTH_NAMES } from '../internal/month-names.js';

/** Days since 1970-01-01 (UTC): plain numbers make date arithmetic in the generator cheap. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** The day number of a `YYYY-MM-DD` date. */
export function dayOf(date: string): DayNumber {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

/** A day number as `YYYY-MM-DD`. */
export function formatDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The weekday of a day number, 0 for Sunday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** "March 4, 2019", as a dateline prints it. */
export function longDate(day: DayNumber): string {
  const d = new Date(day * MS_PER_DAY);
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
