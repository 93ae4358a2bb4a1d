import { testRule } from '../rule-tester.js';
import { CLAIM, JAPAN, KISHIDA, world } from '../world.js';

const KIM = { id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un' };
const G7 = { id: 'g7', kind: 'organization', name: 'Group of Seven' };
const AP = { id: 'ap-report', kind: 'wire', title: 'Kishida says he is ready to meet Kim' };

testRule('orphan', {
  valid: [
    { name: 'the base world, where everything is used', corpus: { records: world() } },
    {
      name: "an actor used only as another's group, and a source used only as a via",
      corpus: {
        records: world({
          actors: [G7, { ...JAPAN, memberOf: ['g7'] }],
          sources: [AP],
          attributions: [{ ...(world().attributions[0] as object), via: ['ap-report'] }],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'an actor nothing refers to',
      corpus: { records: world({ actors: [KIM] }) },
      errors: [
        {
          messageId: 'actor',
          severity: 'warning',
          message:
            'Actor "kim-jong-un" (Kim Jong Un) is not referred to by any other record: no attribution, claim, source or actor mentions it.',
          entity: { type: 'actor', id: 'kim-jong-un' },
          line: 'record',
          path: ['actors', 5],
        },
      ],
    },
    {
      name: 'an actor that refers only to itself',
      corpus: { records: world({ actors: [{ ...G7, memberOf: ['g7'] }] }) },
      errors: [
        {
          messageId: 'actor',
          message:
            'Actor "g7" (Group of Seven) is not referred to by any other record: no attribution, claim, source or actor mentions it.',
          entity: { type: 'actor', id: 'g7' },
          line: 'record',
          path: ['actors', 5],
        },
      ],
    },
    {
      name: 'a source with no attributions, and a claim nobody makes though another contradicts it',
      corpus: {
        records: world({
          sources: [AP],
          claims: [
            { ...CLAIM, contradicts: ['c-kishida-refuses'] },
            { ...CLAIM, id: 'c-kishida-refuses', polarity: 'negated' },
          ],
        }),
      },
      errors: [
        {
          messageId: 'source',
          message:
            'Source "ap-report" ("Kishida says he is ready to meet Kim") has no attributions and no attribution cites it.',
          entity: { type: 'source', id: 'ap-report' },
          line: 'record',
          path: ['sources', 1],
        },
        {
          messageId: 'claim',
          message: 'Claim "c-kishida-refuses" is not attributed to anyone in any source.',
          entity: { type: 'claim', id: 'c-kishida-refuses' },
          line: 'record',
          path: ['claims', 1],
        },
      ],
    },
    {
      name: 'an actor mentioned only by an orphan still counts as mentioned',
      corpus: {
        records: world({
          actors: [G7, { ...KISHIDA, id: 'yoshihide-suga', name: 'Yoshihide Suga', aliases: [], memberOf: ['g7'] }],
        }),
      },
      errors: [
        {
          messageId: 'actor',
          message:
            'Actor "yoshihide-suga" (Yoshihide Suga) is not referred to by any other record: no attribution, claim, source or actor mentions it.',
          entity: { type: 'actor', id: 'yoshihide-suga' },
          line: 'record',
          path: ['actors', 6],
        },
      ],
    },
  ],
});
