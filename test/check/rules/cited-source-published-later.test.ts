import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, world } from '../world.js';

const A = { type: 'attribution', id: 'a-matsuno-ready' } as const;
const report = (id: string, published?: string) => ({
  id,
  kind: 'wire',
  title: `Report ${id}`,
  ...(published ? { published } : {}),
});
/** The base story citing AP, which may cite KCNA. */
const chain = (ap?: string, kcna?: string) =>
  world({
    sources: [report('ap-report', ap), report('kcna-report', kcna)],
    attributions: [{ ...ATTRIBUTION, via: ['ap-report', 'kcna-report'] }],
  });

testRule('cited-source-published-later', {
  valid: [
    { name: 'each cited document is older', corpus: { records: chain('2023-09-14', '2023-09-13') } },
    { name: 'published the same day', corpus: { records: chain('2023-09-15', '2023-09-15') } },
    { name: 'a month that contains the citing day', corpus: { records: chain('2023-09', '2023') } },
    { name: 'undated documents are not checked', corpus: { records: chain(undefined, undefined) } },
  ],
  invalid: [
    {
      name: 'the story cites a report published the next day',
      corpus: { records: chain('2023-09-16', '2023-09-13') },
      errors: [
        {
          messageId: 'later',
          message:
            'Attribution "a-matsuno-ready" has source "wire-kishida-ready" (published 2023-09-15) citing "ap-report", which was published later, on 2023-09-16: a document can only cite what already exists.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'via', 0],
          actual: '2023-09-16',
          expected: 'on or before 2023-09-15',
          related: [
            { type: 'source', id: 'wire-kishida-ready' },
            { type: 'source', id: 'ap-report' },
          ],
        },
      ],
    },
    {
      name: 'further down the chain, at month precision',
      corpus: { records: chain('2023-08', '2023-09') },
      errors: [
        {
          messageId: 'later',
          message:
            'Attribution "a-matsuno-ready" has source "ap-report" (published 2023-08) citing "kcna-report", which was published later, on 2023-09: a document can only cite what already exists.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'via', 1],
          actual: '2023-09',
          expected: 'on or before 2023-08',
          related: [
            { type: 'source', id: 'ap-report' },
            { type: 'source', id: 'kcna-report' },
          ],
        },
      ],
    },
    {
      name: 'the same citation in two attributions is reported once, on the first',
      corpus: {
        records: world({
          sources: [report('ap-report', '2023-10-01')],
          attributions: [
            { ...ATTRIBUTION, via: ['ap-report'] },
            { ...ATTRIBUTION, id: 'a-matsuno-again', via: ['ap-report'] },
          ],
        }),
      },
      errors: [
        {
          messageId: 'later',
          message:
            'Attribution "a-matsuno-ready" has source "wire-kishida-ready" (published 2023-09-15) citing "ap-report", which was published later, on 2023-10-01: a document can only cite what already exists.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'via', 0],
          actual: '2023-10-01',
          expected: 'on or before 2023-09-15',
          related: [
            { type: 'source', id: 'wire-kishida-ready' },
            { type: 'source', id: 'ap-report' },
          ],
        },
      ],
    },
  ],
});
