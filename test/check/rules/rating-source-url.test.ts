import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, SOURCE, world } from '../world.js';

// The wire story's publisher rates the spokesman's words: its source must be a page to link to.
const rated = { ...ATTRIBUTION, rating: { label: 'Accurate', value: 5, best: 5, worst: 1 } };
const withUrl = { ...SOURCE, url: 'https://wire.example/2023/09/15/kishida-ready' };

testRule('rating-source-url', {
  valid: [
    { name: 'no rating at all, and no url', corpus: { records: world() } },
    {
      name: 'a rating whose source has a url',
      corpus: { records: world({ sources: [withUrl], attributions: [rated] }) },
    },
  ],
  invalid: [
    {
      name: 'a rating whose source has no url',
      corpus: { records: world({ attributions: [rated] }) },
      errors: [
        {
          messageId: 'missing',
          severity: 'warning',
          message:
            'Attribution "a-matsuno-ready" rates the claim "Accurate", but its source "wire-kishida-ready" has no url: its ClaimReview will lack the url Google requires. Give the source the address of the fact check.',
          entity: { type: 'attribution', id: 'a-matsuno-ready' },
          line: 'record',
          path: ['attributions', 0, 'rating'],
        },
      ],
    },
  ],
});
