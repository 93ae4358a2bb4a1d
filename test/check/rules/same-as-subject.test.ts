import { testRule } from '../rule-tester.js';
import { CLAIM, world } from '../world.js';

const C = { type: 'claim', id: 'c-kishida-ready' } as const;
const other = (fields: object) => ({
  id: 'c-other',
  text: 'Another wording.',
  subject: 'fumio-kishida',
  predicate: 'proposes',
  object: { type: 'text', value: 'a summit with Kim Jong Un' },
  ...fields,
});
const linked = (fields: object, own: object = {}) =>
  world({ claims: [{ ...CLAIM, sameAs: ['c-other'], ...own }, other(fields)] });

testRule('same-as-subject', {
  valid: [
    { name: 'the same subject in other words', corpus: { records: linked({}) } },
    {
      name: 'a symmetric predicate, names in the other order',
      corpus: {
        records: linked(
          { subject: 'japan', predicate: 'meets', object: { type: 'actor', id: 'fumio-kishida' } },
          { predicate: 'meets', object: { type: 'actor', id: 'japan' } },
        ),
      },
    },
    {
      name: 'an inverse predicate: the office held by Kishida',
      corpus: {
        records: linked(
          {
            subject: { literal: 'Prime Minister of Japan' },
            predicate: 'office-held-by',
            object: { type: 'actor', id: 'fumio-kishida' },
          },
          { predicate: 'holds-office', object: { type: 'text', value: 'Prime Minister of Japan' } },
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a link between claims about different subjects',
      corpus: { records: linked({ subject: 'government-of-japan' }) },
      errors: [
        {
          messageId: 'differs',
          message:
            'Claim "c-kishida-ready" is recorded as the same proposition as "c-other", but one is about fumio-kishida and the other about government-of-japan. Link only claims that state the same thing about the same subject.',
          entity: C,
          line: 'record',
          path: ['claims', 0, 'sameAs', 0],
          actual: 'c-other',
        },
      ],
    },
    {
      name: 'an inverse read the wrong way round',
      corpus: {
        records: linked(
          { subject: 'japan', predicate: 'receives-weapons-from', object: { type: 'actor', id: 'fumio-kishida' } },
          { subject: 'fumio-kishida', predicate: 'receives-weapons-from', object: { type: 'actor', id: 'japan' } },
        ),
      },
      errors: [
        {
          messageId: 'differs',
          message:
            'Claim "c-kishida-ready" is recorded as the same proposition as "c-other", but one is about fumio-kishida and the other about japan. Link only claims that state the same thing about the same subject.',
          entity: C,
          line: 'record',
          path: ['claims', 0, 'sameAs', 0],
          actual: 'c-other',
        },
      ],
    },
  ],
});
