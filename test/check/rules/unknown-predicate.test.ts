import { testRule } from '../rule-tester.js';
import { CLAIM, world } from '../world.js';

const C = { type: 'claim', id: 'c-kishida-ready' } as const;
const claim = (changes: object) => world({ claims: [{ ...CLAIM, ...changes }] });

testRule('unknown-predicate', {
  valid: [
    { name: 'a predicate from the vocabulary with the object type it expects', corpus: { records: world() } },
    { name: 'a predicate that expects an object, given none', corpus: { records: claim({ object: undefined }) } },
    { name: 'a predicate that takes any object', corpus: { records: claim({ predicate: 'supports' }) } },
    {
      name: 'a predicate the user adds to the vocabulary',
      corpus: { records: claim({ predicate: 'is-ready-to' }) },
      options: { predicates: { 'is-ready-to': { label: 'is ready to', object: 'text' } } },
    },
  ],
  invalid: [
    {
      name: 'a misspelt predicate: the closest one is suggested',
      corpus: { records: claim({ predicate: 'is-wiling-to' }) },
      errors: [
        {
          messageId: 'unknownWithHint',
          message:
            'Claim "c-kishida-ready" uses the predicate "is-wiling-to", which is not in the vocabulary, so it cannot be compared with other claims. Did you mean "is-willing-to"?',
          entity: C,
          line: 'record',
          path: ['claims', 0, 'predicate'],
          actual: 'is-wiling-to',
          expected: 'is-willing-to',
          suggestion: 'is-willing-to',
        },
      ],
    },
    {
      name: 'a predicate like nothing in the vocabulary',
      corpus: { records: claim({ predicate: 'frobnicates' }) },
      errors: [
        {
          messageId: 'unknown',
          message:
            'Claim "c-kishida-ready" uses the predicate "frobnicates", which is not in the vocabulary, so it cannot be compared with other claims.',
          entity: C,
          line: 'record',
          path: ['claims', 0, 'predicate'],
          actual: 'frobnicates',
        },
      ],
    },
    {
      name: 'an object of the wrong type',
      corpus: { records: claim({ predicate: 'meets' }) },
      errors: [
        {
          messageId: 'objectType',
          message:
            'Claim "c-kishida-ready": "meets" (meets) takes an object of type actor, but this claim gives one of type text.',
          entity: C,
          line: 'record',
          path: ['claims', 0, 'object', 'type'],
          actual: 'text',
          expected: 'actor',
        },
      ],
    },
    {
      name: 'a user predicate with its own object type',
      corpus: { records: claim({ predicate: 'is-ready-to' }) },
      options: { predicates: { 'is-ready-to': { label: 'is ready to', object: 'date' } } },
      errors: [
        {
          messageId: 'objectType',
          message:
            'Claim "c-kishida-ready": "is-ready-to" (is ready to) takes an object of type date, but this claim gives one of type text.',
          entity: C,
          line: 'record',
          path: ['claims', 0, 'object', 'type'],
          actual: 'text',
          expected: 'date',
        },
      ],
    },
  ],
});
