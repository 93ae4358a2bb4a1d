import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check/check.js';
import { loadCase, testRule } from '../rule-tester.js';
import { ATTRIBUTION, CLAIM, SOURCE, world } from '../world.js';

const A = { type: 'attribution', id: 'a-matsuno-ready' } as const;
/** The base story (published Friday 2023-09-15) with the attribution's dates changed. */
const dated = (changes: object, claim: object = {}) =>
  world({ claims: [{ ...CLAIM, ...claim }], attributions: [{ ...ATTRIBUTION, ...changes }] });

testRule('relative-date', {
  valid: [
    { name: '"on Wednesday" from a Friday is the Wednesday two days before', corpus: { records: world() } },
    {
      name: 'a stored date coarser than what the words give',
      corpus: { records: dated({ said: '2023-09' }) },
    },
    {
      name: '"next week" is the Monday-to-Sunday week after, and a day in it fits',
      corpus: { records: dated({ said: undefined, relative: { when: 'next week' } }, { when: '2023-09-20' }) },
    },
    {
      name: '"last year" for the claim, with a month of that year stored',
      corpus: { records: dated({ relative: { said: 'on Wednesday', when: 'last year' } }, { when: '2022-05' }) },
    },
    {
      name: '"two days after", counted from its own anchor',
      corpus: { records: dated({ said: '2023-09-15', relative: { said: 'two days after', anchor: '2023-09-13' } }) },
    },
    {
      name: 'no relative wording, nothing to check',
      corpus: { records: dated({ said: '2020-01-01', relative: undefined }) },
    },
  ],
  invalid: [
    {
      name: '"on Wednesday" from a Friday, stored as the Thursday',
      corpus: { records: dated({ said: '2023-09-14' }) },
      errors: [
        {
          messageId: 'mismatch',
          message:
            'Attribution "a-matsuno-ready": "on Wednesday", counted from Friday 2023-09-15, means Wednesday 2023-09-13, but the said date stored is Thursday 2023-09-14.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'relative', 'said'],
          actual: '2023-09-14',
          expected: '2023-09-13',
        },
      ],
    },
    {
      name: '"on Wednesday" stored as the Wednesday a week earlier',
      corpus: { records: dated({ said: '2023-09-06' }) },
      errors: [
        {
          messageId: 'mismatch',
          message:
            'Attribution "a-matsuno-ready": "on Wednesday", counted from Friday 2023-09-15, means Wednesday 2023-09-13, but the said date stored is Wednesday 2023-09-06.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'relative', 'said'],
          actual: '2023-09-06',
          expected: '2023-09-13',
        },
      ],
    },
    {
      name: '"last year" against the claim\'s date',
      corpus: { records: dated({ relative: { said: 'on Wednesday', when: 'last year' } }) },
      errors: [
        {
          messageId: 'mismatch',
          message:
            'Attribution "a-matsuno-ready": "last year", counted from Friday 2023-09-15, means 2022, but the claim\'s date (when) stored is Wednesday 2023-09-13.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'relative', 'when'],
          actual: '2023-09-13',
          expected: '2022',
        },
      ],
    },
    {
      name: '"next week" against a day of this week',
      corpus: { records: dated({ said: undefined, relative: { when: 'next week' } }) },
      errors: [
        {
          messageId: 'mismatch',
          message:
            'Attribution "a-matsuno-ready": "next week", counted from Friday 2023-09-15, means Monday 2023-09-18 to Sunday 2023-09-24, but the claim\'s date (when) stored is Wednesday 2023-09-13.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'relative', 'when'],
          actual: '2023-09-13',
          expected: { from: '2023-09-18', to: '2023-09-24' },
        },
      ],
    },
    {
      name: 'wording the resolver does not know',
      corpus: { records: dated({ relative: { said: 'the other day' } }) },
      errors: [
        {
          messageId: 'unresolved',
          message:
            'Attribution "a-matsuno-ready" keeps a relative date that cannot be checked: "the other day" is not an expression claimtrail knows how to resolve.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'relative', 'said'],
        },
      ],
    },
    {
      name: 'a day counted from a month',
      corpus: {
        records: world({
          sources: [{ ...SOURCE, published: '2023-09' }],
          attributions: [{ ...ATTRIBUTION, relative: { said: 'yesterday' } }],
        }),
      },
      errors: [
        {
          messageId: 'unresolved',
          message:
            'Attribution "a-matsuno-ready" keeps a relative date that cannot be checked: "yesterday" needs a date known to the day, but 2023-09 is known only to the month.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'relative', 'said'],
        },
      ],
    },
    {
      name: 'nothing to count from',
      corpus: { records: world({ sources: [{ ...SOURCE, published: undefined }] }) },
      errors: [
        {
          messageId: 'noAnchor',
          message:
            'Attribution "a-matsuno-ready": "on Wednesday" cannot be checked, because neither an anchor date nor the publication date of source "wire-kishida-ready" is recorded.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'relative', 'said'],
        },
      ],
    },
    {
      name: 'the wording kept, the date not',
      corpus: { records: dated({ said: undefined }) },
      errors: [
        {
          messageId: 'missing',
          message:
            'Attribution "a-matsuno-ready" keeps the wording "on Wednesday" but no said date; counted from Friday 2023-09-15, it means Wednesday 2023-09-13.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'relative', 'said'],
          expected: '2023-09-13',
        },
      ],
    },
  ],
});

describe('relative-date on generated dates', () => {
  const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const iso = (d: Date) => d.toISOString().slice(0, 10);

  it('"on <weekday>" accepts the latest such day on or before publication, and nothing a week off', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.nat(6),
        fc.constantFrom(-7, 7),
        async (published, weekday, off) => {
          const back = (published.getUTCDay() - weekday + 7) % 7;
          const day = new Date(published.getTime() - back * 86_400_000);
          const wrong = new Date(day.getTime() + off * 86_400_000);
          const make = (said: Date) =>
            world({
              sources: [{ ...SOURCE, published: iso(published) }],
              attributions: [{ ...ATTRIBUTION, said: iso(said), relative: { said: `on ${WEEKDAYS[weekday]}` } }],
            });
          const right = await loadCase({ records: make(day) });
          expect(check(right.corpus, { only: ['relative-date'] })).toEqual([]);
          const mistaken = await loadCase({ records: make(wrong) });
          const found = check(mistaken.corpus, { only: ['relative-date'] });
          expect(found.map((d) => [d.actual, d.expected])).toEqual([[iso(wrong), iso(day)]]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
