import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, SOURCE, world } from '../world.js';

const attribution = (said: string) => ({ ...ATTRIBUTION, said, relative: undefined });

testRule('said-after-published', {
  valid: [
    { name: 'said two days before publication', corpus: { records: world() } },
    {
      name: 'said on the day of publication',
      corpus: { records: world({ attributions: [attribution('2023-09-15')] }) },
    },
    {
      name: 'a coarser said date that contains the publication date',
      corpus: { records: world({ attributions: [attribution('2023-09')] }) },
    },
    {
      name: 'a source without a publication date',
      corpus: {
        records: world({ sources: [{ ...SOURCE, published: undefined }], attributions: [attribution('2031')] }),
      },
    },
  ],
  invalid: [
    {
      name: 'said the day after publication',
      corpus: { records: world({ attributions: [attribution('2023-09-16')] }) },
      errors: [
        {
          messageId: 'after',
          message:
            'Attribution "a-matsuno-ready" dates the words 2023-09-16, but source "wire-kishida-ready" was published earlier, on 2023-09-15: a source cannot report what had not yet been said.',
          entity: { type: 'attribution', id: 'a-matsuno-ready' },
          line: 'record',
          path: ['attributions', 0, 'said'],
          actual: '2023-09-16',
          expected: 'on or before 2023-09-15',
        },
      ],
    },
    {
      name: 'said in a later month, at month precision',
      corpus: { records: world({ attributions: [attribution('2023-10')] }) },
      errors: [
        {
          messageId: 'after',
          message:
            'Attribution "a-matsuno-ready" dates the words 2023-10, but source "wire-kishida-ready" was published earlier, on 2023-09-15: a source cannot report what had not yet been said.',
          entity: { type: 'attribution', id: 'a-matsuno-ready' },
          line: 'record',
          path: ['attributions', 0, 'said'],
          actual: '2023-10',
          expected: 'on or before 2023-09-15',
        },
      ],
    },
  ],
});
