import { UTCDate } from '@date-fns/utc';

/**
 * Midnight UTC of a calendar day, as a `UTCDate`: date-fns keeps the `UTCDate` through its
 * arithmetic (`addDays`, `endOfMonth`, `getDay`, ...) and reads it in UTC, so a civil date means the
 * same day whatever the machine's time zone (under `TZ=Pacific/Apia`, local time skipped
 * 2011-12-30 altogether).
 *
 * @param year - the year, any number of digits (years below 100 are not read as 19xx)
 * @param month - the month, 1 to 12; January unless given
 * @param day - the day of the month; the first unless given
 * @returns the day at 00:00 UTC
 * @example
 * civilDate(2011, 12, 30).toISOString()
 * //=> '2011-12-30T00:00:00.000Z'
 */
export function civilDate(year: number, month = 1, day = 1): Date {
  const date = new UTCDate(0);
  // On a UTCDate the setters are UTC ones; setFullYear also keeps years below 100 as given.
  date.setFullYear(year, month - 1, day);
  return date;
}
