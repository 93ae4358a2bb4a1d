import type { z } from 'zod';

const plural = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

/** How a value's size is counted in a message, by what zod says was measured. */
function sized(origin: string, n: number | bigint): string {
  if (origin === 'string') return plural(n, 'character', 'characters');
  if (origin === 'array' || origin === 'set') return plural(n, 'item', 'items');
  return String(n);
}

/** A readable name for the string formats the model uses. */
const FORMAT: Record<string, string> = {
  url: 'an absolute URL (https://...)',
  regex: 'text of the expected form',
  datetime: 'a date and time (ISO 8601)',
  date: 'a date (YYYY-MM-DD)',
  email: 'an e-mail address',
};

/**
 * The loader's wording for what zod finds wrong with a field, in one place: a clause that follows
 * "has a bad field "x": ", in the words of the format docs rather than zod's ("Too small: expected
 * number to be >=0"). A message a schema sets itself is kept; issues not listed keep zod's text.
 * Given to `safeParse` per call, so zod's global configuration, which users share, is left alone.
 *
 * @param issue - the issue zod found
 * @returns the message, or undefined to keep zod's own
 * @example
 * z.array(z.string()).min(1).safeParse([], { error: schemaMessage }).error?.issues[0]?.message
 * //=> 'it needs at least 1 item'
 */
export const schemaMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'it must not be empty';
      const bound = sized(issue.origin, issue.minimum);
      if (issue.origin === 'number' || issue.origin === 'bigint' || issue.origin === 'int')
        return issue.inclusive === false ? `it must be more than ${bound}` : `it must be ${bound} or more`;
      return `it needs at least ${bound}`;
    }
    case 'too_big': {
      const bound = sized(issue.origin, issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'bigint' || issue.origin === 'int')
        return issue.inclusive === false ? `it must be less than ${bound}` : `it must be ${bound} or less`;
      return `it may have at most ${bound}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `it must be ${JSON.stringify(issue.values[0])}`
        : `it must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `it must be ${FORMAT[issue.format] ?? `a valid ${issue.format}`}`;
    case 'not_multiple_of':
      return `it must be a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
};
