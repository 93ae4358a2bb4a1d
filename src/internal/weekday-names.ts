/**
 * English weekday names in lower case, Sunday first, so that a name's index is the day number
 * `Date.getUTCDay()` and date-fns's `getDay` give.
 */
export const WEEKDAY_NAMES: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
