import { unattributedQuote } from '../../../src/check/rules/unattributed-quote.js';
import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, anchor, SOURCE, world } from '../world.js';

const S = { type: 'source', id: 'wire-kishida-ready' } as const;
const giveUp = { ...ATTRIBUTION, id: 'a-give-up', mode: 'indirect', quotes: [anchor('will not give up')] };
const withText = (text: string, quote: string) =>
  world({ sources: [{ ...SOURCE, text }], attributions: [{ ...ATTRIBUTION, quotes: [{ text: quote }] }] });

testRule(unattributedQuote, {
  valid: [
    { name: 'every quoted statement attributed', corpus: { records: world({ attributions: [giveUp] }) } },
    {
      name: 'a quote without an anchor covers its words',
      corpus: { records: world({ attributions: [{ ...giveUp, quotes: [{ text: 'will not give up' }] }] }) },
    },
    {
      name: 'titles, nicknames and scare quotes need no attribution',
      corpus: {
        records: withText(
          'Ann Lee said “we won.” She sang the song titled “Nine Days on the Quay”. Critics dubbed it “the long pause”. The “reform” did little.',
          'we won.',
        ),
      },
    },
    {
      name: 'a source no attribution quotes is not annotated yet',
      corpus: {
        records: world({
          sources: [{ ...SOURCE, id: 'raw', text: 'Bob said: “Nobody quoted me.”' }],
          attributions: [giveUp],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'a quoted statement nobody is credited with',
      corpus: { records: world() },
      errors: [
        {
          messageId: 'unattributed',
          message:
            'Source "wire-kishida-ready" quotes "will not give up" (line 3 of its text), but no attribution of the source quotes these words.',
          severity: 'info',
          entity: S,
          line: 'record',
          path: ['sources', 0, 'text'],
          actual: { start: 243, end: 259 },
        },
      ],
    },
  ],
});
