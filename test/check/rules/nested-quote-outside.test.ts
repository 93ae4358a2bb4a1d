import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, anchor, world } from '../world.js';

// Kishida's own words inside Matsuno's quotation: "ready to meet Kim Jong Un at any time,".
const kishida = (
  fragment: string,
  via: unknown[] = [{ actor: 'hirokazu-matsuno', attribution: 'a-matsuno-ready' }],
) => ({
  ...ATTRIBUTION,
  id: 'a-kishida-any-time',
  speaker: 'fumio-kishida',
  via,
  quotes: [anchor(fragment)],
  roles: [],
});

testRule('nested-quote-outside', {
  valid: [
    { name: 'no nested speech', corpus: { records: world() } },
    {
      name: 'the inner words inside the outer quote',
      corpus: { records: world({ attributions: [kishida('at any time')] }) },
    },
    {
      name: 'the inner words filling the whole outer quote',
      corpus: { records: world({ attributions: [kishida('ready to meet Kim Jong Un at any time,')] }) },
    },
    {
      name: 'a relaying speaker without a linked attribution is not checked',
      corpus: { records: world({ attributions: [kishida('will not give up', [{ actor: 'hirokazu-matsuno' }])] }) },
    },
    {
      name: 'an outer attribution without anchors is not checked',
      corpus: {
        records: world({
          attributions: [{ ...ATTRIBUTION, mode: 'summary', quotes: undefined }, kishida('will not give up')],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'the inner words outside the outer quote',
      corpus: { records: world({ attributions: [kishida('will not give up')] }) },
      errors: [
        {
          messageId: 'outside',
          message:
            'Attribution "a-kishida-any-time" quotes "will not give up" at 243–259 as relayed in attribution "a-matsuno-ready", but no quote of "a-matsuno-ready" spans those characters: the inner words must stand inside the outer quote.',
          entity: { type: 'attribution', id: 'a-kishida-any-time' },
          line: 'record',
          path: ['attributions', 1, 'via', 0, 'attribution'],
          actual: { start: 243, end: 259 },
          expected: '137–175',
          related: [{ type: 'attribution', id: 'a-matsuno-ready' }],
        },
      ],
    },
    {
      name: 'inner words that overlap the outer quote but run past its end',
      corpus: { records: world({ attributions: [kishida('at any time,” without')] }) },
      errors: [
        {
          messageId: 'outside',
          message:
            'Attribution "a-kishida-any-time" quotes "at any time,” without" at 163–184 as relayed in attribution "a-matsuno-ready", but no quote of "a-matsuno-ready" spans those characters: the inner words must stand inside the outer quote.',
          entity: { type: 'attribution', id: 'a-kishida-any-time' },
          line: 'record',
          path: ['attributions', 1, 'via', 0, 'attribution'],
          actual: { start: 163, end: 184 },
          expected: '137–175',
          related: [{ type: 'attribution', id: 'a-matsuno-ready' }],
        },
      ],
    },
  ],
});
