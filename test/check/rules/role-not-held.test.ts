import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, CLAIM, SOURCE, world } from '../world.js';

const A = { type: 'attribution', id: 'a-matsuno-ready' } as const;
const KISHIDA_PM = [{ from: '2021-10-04', to: '2024-10-01' }];
const SUGGEST_QUALIFIER =
  'if the source writes "former Prime Minister" or "then-Prime Minister", record qualifier: former or then';

/**
 * The story, republished on `published`, calling Kishida by `title` with `qualifier`; the claim is
 * dated `when` and the attribution carries no said date (so the publication date counts).
 */
function story(published: string, mention: object, when = '2023-09-13', said?: string) {
  return world({
    sources: [{ ...SOURCE, published }],
    claims: [{ ...CLAIM, when }],
    attributions: [{ ...ATTRIBUTION, said, relative: undefined, roles: [{ actor: 'fumio-kishida', ...mention }] }],
  });
}

testRule('role-not-held', {
  valid: [
    { name: '"Prime Minister Kishida" in 2023', corpus: { records: world() } },
    {
      name: '"then-Prime Minister" for a 2022 claim, in a 2025 article',
      corpus: { records: story('2025-03-01', { title: 'Prime Minister', qualifier: 'then' }, '2022-05') },
    },
    {
      name: '"former Prime Minister" in 2025',
      corpus: { records: story('2025-03-01', { title: 'Prime Minister', qualifier: 'former' }) },
    },
    {
      name: 'an alias of the office, in another case',
      corpus: { records: story('2023-09-15', { title: 'PREMIER' }) },
    },
    {
      name: 'the words said while in office, reported after it ended',
      corpus: { records: story('2025-03-01', { title: 'Prime Minister' }, '2023-09-13', '2024-09-30') },
    },
    {
      name: 'a year that overlaps the term',
      corpus: { records: story('2024', { title: 'Prime Minister' }) },
    },
  ],
  invalid: [
    {
      name: '"Prime Minister Kishida" in 2025',
      corpus: { records: story('2025-03-01', { title: 'Prime Minister' }) },
      errors: [
        {
          messageId: 'notHeld',
          message:
            'Attribution "a-matsuno-ready" calls Fumio Kishida "Prime Minister" as of 2025-03-01, but Fumio Kishida held that office only from 2021-10-04 to 2024-10-01.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'roles', 0],
          actual: '2025-03-01',
          expected: KISHIDA_PM,
          suggestion: SUGGEST_QUALIFIER,
        },
      ],
    },
    {
      name: 'before taking office: no suggestion of "former"',
      corpus: { records: story('2021-06', { title: 'Prime Minister' }) },
      errors: [
        {
          messageId: 'notHeld',
          message:
            'Attribution "a-matsuno-ready" calls Fumio Kishida "Prime Minister" as of 2021-06, but Fumio Kishida held that office only from 2021-10-04 to 2024-10-01.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'roles', 0],
          actual: '2021-06',
          expected: KISHIDA_PM,
        },
      ],
    },
    {
      name: '"then-Prime Minister" for a claim dated after the term',
      corpus: { records: story('2025-03-01', { title: 'Prime Minister', qualifier: 'then' }, '2025-01') },
      errors: [
        {
          messageId: 'notHeld',
          message:
            'Attribution "a-matsuno-ready" calls Fumio Kishida "Prime Minister" as of 2025-01, but Fumio Kishida held that office only from 2021-10-04 to 2024-10-01.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'roles', 0],
          actual: '2025-01',
          expected: KISHIDA_PM,
        },
      ],
    },
    {
      name: '"former Prime Minister" while still in office',
      corpus: { records: story('2023-09-15', { title: 'Prime Minister', qualifier: 'former' }) },
      errors: [
        {
          messageId: 'notFormer',
          message:
            'Attribution "a-matsuno-ready" calls Fumio Kishida "former Prime Minister", but when source "wire-kishida-ready" was published (2023-09-15) Fumio Kishida still held that office (from 2021-10-04 to 2024-10-01).',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'roles', 0],
          actual: '2023-09-15',
          expected: KISHIDA_PM,
        },
      ],
    },
    {
      name: 'an office the corpus does not record',
      corpus: { records: story('2023-09-15', { title: 'Foreign Minister' }) },
      errors: [
        {
          messageId: 'unknownTitle',
          message:
            'Attribution "a-matsuno-ready" calls Fumio Kishida "Foreign Minister", but none of the offices the corpus records for Fumio Kishida has that title or alias.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'roles', 0, 'title'],
          actual: 'Foreign Minister',
        },
      ],
    },
    {
      name: '"then-" with no date to check it against',
      corpus: {
        records: world({
          claims: [{ ...CLAIM, when: undefined }],
          attributions: [
            {
              ...ATTRIBUTION,
              said: undefined,
              relative: undefined,
              roles: [{ actor: 'fumio-kishida', title: 'Prime Minister', qualifier: 'then' }],
            },
          ],
        }),
      },
      errors: [
        {
          messageId: 'noTime',
          message:
            'Attribution "a-matsuno-ready" calls Fumio Kishida "then-Prime Minister", but neither the claim nor the attribution has a date to check it against.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'roles', 0],
        },
      ],
    },
    {
      name: 'an office held twice, at a time between the terms',
      corpus: {
        records: world({
          actors: [
            {
              id: 'robert-fico',
              kind: 'person',
              name: 'Robert Fico',
              roles: [
                { title: 'Prime Minister', from: '2012-04-04', to: '2018-03-22' },
                { title: 'Prime Minister', from: '2023-10-25' },
              ],
            },
          ],
          attributions: [
            {
              ...ATTRIBUTION,
              said: '2020-02',
              relative: undefined,
              roles: [{ actor: 'robert-fico', title: 'Prime Minister' }],
            },
          ],
        }),
      },
      errors: [
        {
          messageId: 'notHeld',
          message:
            'Attribution "a-matsuno-ready" calls Robert Fico "Prime Minister" as of 2020-02, but Robert Fico held that office only from 2012-04-04 to 2018-03-22 and from 2023-10-25.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'roles', 0],
          actual: '2020-02',
          expected: [{ from: '2012-04-04', to: '2018-03-22' }, { from: '2023-10-25' }],
          suggestion:
            'if the source writes "former Prime Minister" or "then-Prime Minister", record qualifier: former or then',
        },
      ],
    },
  ],
});
