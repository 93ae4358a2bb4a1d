import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, SOURCE, world } from '../world.js';

const S = { type: 'source', id: 'wire-kishida-ready' } as const;
const withoutText = { ...SOURCE, text: undefined };
const second = { ...ATTRIBUTION, id: 'a-matsuno-tokyo', quotes: [{ text: 'will not give up' }] };

testRule('source-text-missing', {
  valid: [
    { name: 'a quoted attribution whose source holds its text', corpus: { records: world() } },
    {
      name: 'a source without text that only carries summaries',
      corpus: {
        records: world({
          sources: [withoutText],
          attributions: [{ ...ATTRIBUTION, mode: 'summary', quotes: undefined }],
        }),
      },
    },
    {
      name: 'an indirect attribution without quoted fragments',
      corpus: {
        records: world({ sources: [withoutText], attributions: [{ ...ATTRIBUTION, mode: 'indirect', quotes: [] }] }),
      },
    },
  ],
  invalid: [
    {
      name: 'one quoted attribution',
      corpus: { records: world({ sources: [withoutText] }) },
      errors: [
        {
          messageId: 'missing',
          severity: 'info',
          message:
            'Source "wire-kishida-ready" has 1 attribution with quoted words, but the corpus does not hold its text, so the quotes cannot be checked against it.',
          entity: S,
          line: 'record',
          path: ['sources', 0],
        },
      ],
    },
    {
      name: 'two quoted attributions, reported once for the source',
      corpus: { records: world({ sources: [withoutText], attributions: [second] }) },
      errors: [
        {
          messageId: 'missing',
          message:
            'Source "wire-kishida-ready" has 2 attributions with quoted words, but the corpus does not hold its text, so the quotes cannot be checked against it.',
          entity: S,
          line: 'record',
          path: ['sources', 0],
        },
      ],
    },
  ],
});
