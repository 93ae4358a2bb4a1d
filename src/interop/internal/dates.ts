import { PartialDateSchema } from '../../model/partial-date.js';

/**
 * The PartialDate at the start of a date or date-time as other tools write it: `2020-01-16
 * 12:00:00` (Quotebank), `2019-06-22T10:00:00-04:00` (schema.org) or `2023-09`. Undefined when
 * the text does not start with a real date.
 */
export function leadingPartialDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return leadingPartialDate(String(value));
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T ])/.exec(value.trim());
  if (!m) return undefined;
  const parsed = PartialDateSchema.safeParse(m[1]);
  return parsed.success ? parsed.data : undefined;
}
