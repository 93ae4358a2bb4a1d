import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, SOURCE, world } from '../world.js';

const A = { type: 'attribution', id: 'a-matsuno-ready' } as const;
/** The base world with another text, and the attribution's speaker and mode changed. */
const story = (text: string, speaker = 'hirokazu-matsuno', mode = 'indirect') =>
  world({
    sources: [{ ...SOURCE, text }],
    attributions: [{ ...ATTRIBUTION, speaker, mode, quotes: mode === 'indirect' ? [] : undefined }],
  });

testRule('speaker-not-in-source', {
  valid: [
    { name: 'the speaker named in full', corpus: { records: world() } },
    { name: 'named by an alias', corpus: { records: story('Matsuno said Kishida was ready.') } },
    { name: 'named by the alias of an office', corpus: { records: story('The government spokesman said so.') } },
    {
      name: 'the government a spokesman speaks for, by its alias',
      corpus: { records: story('Tokyo said Kishida was ready.') },
    },
    {
      name: 'a country speaker, by the alias of its government',
      corpus: { records: story('Tokyo said Kishida was ready.', 'japan') },
    },
    {
      name: 'a country speaker, in the possessive',
      corpus: { records: story('Japan’s position is that Kishida is ready.', 'japan') },
    },
    {
      name: 'case, hyphens and accents do not count',
      corpus: { records: story('HIROKAZU-MATSUNO said it. Matsúno repeated it.') },
    },
    {
      name: 'own-voice attributions are exempt',
      corpus: { records: story('Kishida is ready.', 'hirokazu-matsuno', 'own-voice') },
    },
    {
      name: "the source's publisher is exempt",
      corpus: { records: story('Kishida is ready.', 'wire-news') },
    },
    {
      name: 'a source without text is not checked',
      corpus: { records: world({ sources: [{ ...SOURCE, text: undefined }] }) },
    },
  ],
  invalid: [
    {
      name: 'a text that names neither the speaker nor whom they speak for',
      corpus: { records: story('Prime Minister Fumio Kishida is ready to meet Kim Jong Un, an official said.') },
      errors: [
        {
          messageId: 'absent',
          message:
            'Attribution "a-matsuno-ready" credits the words to Hirokazu Matsuno, but the text of source "wire-kishida-ready" never names Hirokazu Matsuno: not by name, alias or office, nor the government or country they speak for.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'speaker'],
          actual: 'hirokazu-matsuno',
        },
      ],
    },
    {
      name: 'part of a longer word does not count',
      corpus: { records: story('Matsunobu and the Tokyoites said so.') },
      errors: [
        {
          messageId: 'absent',
          message:
            'Attribution "a-matsuno-ready" credits the words to Hirokazu Matsuno, but the text of source "wire-kishida-ready" never names Hirokazu Matsuno: not by name, alias or office, nor the government or country they speak for.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'speaker'],
          actual: 'hirokazu-matsuno',
        },
      ],
    },
    {
      name: 'a country speaker when neither the country nor its government is named',
      corpus: { records: story('Kishida is ready to meet Kim Jong Un.', 'japan') },
      errors: [
        {
          messageId: 'absent',
          message:
            'Attribution "a-matsuno-ready" credits the words to Japan, but the text of source "wire-kishida-ready" never names Japan: not by name, alias or office, nor the government or country they speak for.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'speaker'],
          actual: 'japan',
        },
      ],
    },
  ],
});

const relayedBy = (text: string, relay: string) =>
  world({
    sources: [{ ...SOURCE, text }],
    attributions: [{ ...ATTRIBUTION, speaker: 'fumio-kishida', via: [{ actor: relay }], mode: 'indirect', quotes: [] }],
  });

testRule('speaker-not-in-source', {
  valid: [
    {
      name: 'the speaker and the relaying spokesman both named',
      corpus: { records: relayedBy('Matsuno said Kishida is ready.', 'hirokazu-matsuno') },
    },
    {
      name: 'a relaying outlet that is the publisher',
      corpus: { records: relayedBy('Kishida is ready.', 'wire-news') },
    },
    {
      name: 'a misattribution to someone the text names',
      corpus: { records: world({ attributions: [{ ...ATTRIBUTION, creditedTo: 'fumio-kishida' }] }) },
    },
  ],
  invalid: [
    {
      name: 'a misattribution to someone the text never names',
      corpus: {
        records: world({
          attributions: [{ ...ATTRIBUTION, creditedTo: 'fumio-kishida', mode: 'indirect', quotes: [] }],
          sources: [{ ...SOURCE, text: 'Matsuno said so.' }],
        }),
      },
      errors: [
        {
          messageId: 'creditedAbsent',
          message:
            'Attribution "a-matsuno-ready" records that the text credits the words to Fumio Kishida, but the text of source "wire-kishida-ready" never names Fumio Kishida: not by name, alias or office, nor the government or country they speak for.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'creditedTo'],
          actual: 'fumio-kishida',
        },
      ],
    },
    {
      name: 'a relaying speaker the text never names',
      corpus: { records: relayedBy('Kishida is ready, officials said.', 'hirokazu-matsuno') },
      errors: [
        {
          messageId: 'relayAbsent',
          message:
            'Attribution "a-matsuno-ready" has Hirokazu Matsuno relay the words, but the text of source "wire-kishida-ready" never names Hirokazu Matsuno: not by name, alias or office, nor the government or country they speak for.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'via', 0, 'actor'],
          actual: 'hirokazu-matsuno',
        },
      ],
    },
  ],
});
