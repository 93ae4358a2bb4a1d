import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, world } from '../world.js';

const report = (id: string) => ({ id, kind: 'wire', title: `Report ${id}` });
const citing = (id: string, source: string, via: string[]) => ({ ...ATTRIBUTION, id, source, via });
const sources = [report('ap-report'), report('kcna-report'), report('yonhap-report')];
const src = (id: string) => ({ type: 'source', id }) as const;
const att = (id: string) => ({ type: 'attribution', id }) as const;

testRule('via-chain-cycle', {
  valid: [
    { name: 'no via at all', corpus: { records: world() } },
    {
      name: 'a chain',
      corpus: { records: world({ sources, attributions: [{ ...ATTRIBUTION, via: ['ap-report', 'kcna-report'] }] }) },
    },
    {
      name: 'a diamond: two routes to the same document are not a circle',
      corpus: {
        records: world({
          sources,
          attributions: [
            { ...ATTRIBUTION, via: ['ap-report', 'kcna-report'] },
            citing('a-2', 'wire-kishida-ready', ['yonhap-report', 'kcna-report']),
            citing('a-3', 'ap-report', ['yonhap-report']),
          ],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'a source that cites itself',
      corpus: { records: world({ attributions: [{ ...ATTRIBUTION, via: ['wire-kishida-ready'] }] }) },
      errors: [
        {
          messageId: 'cycle',
          message:
            'Attribution "a-matsuno-ready" closes a circle of citations: "wire-kishida-ready" cites "wire-kishida-ready". A document cannot cite itself, even through others.',
          entity: att('a-matsuno-ready'),
          line: 'record',
          path: ['attributions', 0, 'via'],
          related: [src('wire-kishida-ready')],
        },
      ],
    },
    {
      name: 'a circle through three documents and three attributions, listed whole',
      corpus: {
        records: world({
          sources,
          attributions: [
            { ...ATTRIBUTION, via: ['ap-report'] },
            citing('a-ap-cites-kcna', 'ap-report', ['kcna-report']),
            citing('a-kcna-cites-wire', 'kcna-report', ['wire-kishida-ready']),
          ],
        }),
      },
      errors: [
        {
          messageId: 'cycle',
          message:
            'Attribution "a-kcna-cites-wire" closes a circle of citations: "wire-kishida-ready" cites "ap-report", which cites "kcna-report", which cites "wire-kishida-ready". A document cannot cite itself, even through others.',
          entity: att('a-kcna-cites-wire'),
          line: 'record',
          path: ['attributions', 2, 'via'],
          related: [
            src('wire-kishida-ready'),
            src('ap-report'),
            src('kcna-report'),
            att('a-matsuno-ready'),
            att('a-ap-cites-kcna'),
          ],
        },
      ],
    },
    {
      name: 'a circle within one via chain',
      corpus: {
        records: world({ sources, attributions: [{ ...ATTRIBUTION, via: ['ap-report', 'kcna-report', 'ap-report'] }] }),
      },
      errors: [
        {
          messageId: 'cycle',
          message:
            'Attribution "a-matsuno-ready" closes a circle of citations: "ap-report" cites "kcna-report", which cites "ap-report". A document cannot cite itself, even through others.',
          entity: att('a-matsuno-ready'),
          line: 'record',
          path: ['attributions', 0, 'via'],
          related: [src('ap-report'), src('kcna-report')],
        },
      ],
    },
    {
      name: 'two circles, each reported once though one is made twice',
      corpus: {
        records: world({
          sources,
          attributions: [
            citing('a-1', 'ap-report', ['kcna-report']),
            citing('a-2', 'kcna-report', ['ap-report']),
            citing('a-3', 'kcna-report', ['ap-report']),
            citing('a-4', 'yonhap-report', ['yonhap-report']),
          ],
        }),
      },
      errors: [
        {
          messageId: 'cycle',
          message:
            'Attribution "a-2" closes a circle of citations: "ap-report" cites "kcna-report", which cites "ap-report". A document cannot cite itself, even through others.',
          entity: att('a-2'),
          line: 'record',
          path: ['attributions', 2, 'via'],
          related: [src('ap-report'), src('kcna-report'), att('a-1')],
        },
        {
          messageId: 'cycle',
          message:
            'Attribution "a-4" closes a circle of citations: "yonhap-report" cites "yonhap-report". A document cannot cite itself, even through others.',
          entity: att('a-4'),
          line: 'record',
          path: ['attributions', 4, 'via'],
          related: [src('yonhap-report')],
        },
      ],
    },
  ],
});

const relayed = (id: string, speaker: string, via: unknown[]) => ({
  ...ATTRIBUTION,
  id,
  speaker,
  via,
  mode: 'indirect',
  quotes: [],
  roles: [],
});
const actor = (id: string) => ({ type: 'actor', id }) as const;

testRule('via-chain-cycle', {
  valid: [
    {
      name: 'a spokesman relaying his prime minister',
      corpus: {
        records: world({ attributions: [relayed('a-kishida', 'fumio-kishida', [{ actor: 'hirokazu-matsuno' }])] }),
      },
    },
    {
      name: 'a relay linked to the attribution it is reported in',
      corpus: {
        records: world({
          attributions: [
            relayed('a-kishida', 'fumio-kishida', [{ actor: 'hirokazu-matsuno', attribution: 'a-matsuno-ready' }]),
          ],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'a speaker relaying their own words',
      corpus: {
        records: world({ attributions: [relayed('a-kishida', 'fumio-kishida', [{ actor: 'fumio-kishida' }])] }),
      },
      errors: [
        {
          messageId: 'actorCycle',
          message:
            'Attribution "a-kishida" has Fumio Kishida relay words that Fumio Kishida speaks or relays further down the same chain: a speaker cannot pass words on to themselves.',
          entity: att('a-kishida'),
          line: 'record',
          path: ['attributions', 1, 'speaker'],
          related: [actor('fumio-kishida')],
        },
      ],
    },
    {
      name: 'a speaker twice among the relays',
      corpus: {
        records: world({
          attributions: [
            relayed('a-kishida', 'fumio-kishida', [
              { actor: 'hirokazu-matsuno' },
              { actor: 'government-of-japan' },
              { actor: 'hirokazu-matsuno' },
            ]),
          ],
        }),
      },
      errors: [
        {
          messageId: 'actorCycle',
          message:
            'Attribution "a-kishida" has Hirokazu Matsuno relay words that Hirokazu Matsuno speaks or relays further down the same chain: a speaker cannot pass words on to themselves.',
          entity: att('a-kishida'),
          line: 'record',
          path: ['attributions', 1, 'via', 2, 'actor'],
          related: [actor('hirokazu-matsuno')],
        },
      ],
    },
    {
      name: 'two attributions each relayed inside the other',
      corpus: {
        records: world({
          attributions: [
            { ...ATTRIBUTION, via: [{ actor: 'fumio-kishida', attribution: 'a-kishida' }] },
            relayed('a-kishida', 'fumio-kishida', [{ actor: 'hirokazu-matsuno', attribution: 'a-matsuno-ready' }]),
          ],
        }),
      },
      errors: [
        {
          messageId: 'relayCycle',
          message:
            'Attribution "a-kishida" closes a circle of relayed speech: "a-matsuno-ready" is relayed in "a-kishida", which is relayed in "a-matsuno-ready". Words cannot be reported inside themselves.',
          entity: att('a-kishida'),
          line: 'record',
          path: ['attributions', 1, 'via'],
          related: [att('a-matsuno-ready')],
        },
      ],
    },
  ],
});
