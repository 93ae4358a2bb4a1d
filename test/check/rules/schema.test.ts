import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, recordsYaml, world } from '../world.js';

testRule('schema', {
  valid: [{ name: 'records that fit their schemas', corpus: { records: world() } }],
  invalid: [
    {
      name: 'an actor without a name',
      corpus: { records: world({ actors: [{ id: 'kim-jong-un', kind: 'person' }] }) },
      errors: [
        {
          messageId: 'loaded',
          message: 'Actor "kim-jong-un" is missing the required field "name". It was not loaded.',
          entity: { type: 'actor', id: 'kim-jong-un' },
          line: 7,
          path: ['actors', 5, 'name'],
          expected: 'string',
        },
      ],
    },
    {
      name: 'a name where an id belongs',
      corpus: { records: world({ actors: [{ id: 'Kim Jong Un', kind: 'person', name: 'Kim Jong Un' }] }) },
      errors: [
        {
          messageId: 'loaded',
          message:
            'Actor "Kim Jong Un" has a bad field "id": an id is lowercase ASCII letters and digits joined by single "-" or "." (e.g. "kim-jong-un"); write it as "kim-jong-un". It was not loaded.',
          entity: { type: 'actor', id: 'Kim Jong Un' },
          suggestion: 'kim-jong-un',
          line: 7,
          path: ['actors', 5, 'id'],
        },
      ],
    },
    {
      name: 'a direct quote without its words',
      corpus: { records: world({ attributions: [{ ...ATTRIBUTION, quotes: [] }] }) },
      errors: [
        {
          messageId: 'loaded',
          message:
            'Attribution "a-matsuno-ready" has a bad field "quotes": it needs at least 1 item. It was not loaded.',
          entity: { type: 'attribution', id: 'a-matsuno-ready' },
          line: 'record',
          path: ['attributions', 0, 'quotes'],
        },
      ],
    },
    {
      name: 'a misspelt top-level key',
      corpus: { files: { 'corpus.yaml': recordsYaml(world()).text.replace('claims:', 'claim:') } },
      errors: [
        {
          messageId: 'loaded',
          message:
            'corpus.yaml has an unknown top-level key "claim" (did you mean "claims"?); what it holds was not loaded.',
          line: 9,
          path: ['claim'],
          suggestion: 'claims',
        },
      ],
    },
  ],
});
