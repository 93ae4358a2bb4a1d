import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check/check.js';
import { loadCase, testRule } from '../rule-tester.js';
import { ATTRIBUTION, anchor, SOURCE, TEXT, world } from '../world.js';

const A = { type: 'attribution', id: 'a-matsuno-ready' } as const;
const quoting = (...quotes: object[]) => world({ attributions: [{ ...ATTRIBUTION, quotes }] });
const indirect = (...quotes: object[]) => world({ attributions: [{ ...ATTRIBUTION, mode: 'indirect', quotes }] });

// The same words in two Unicode normal forms: "Budánov" with á as one character, and as a + accent.
const NFC = 'Kirilo Budánov said the café was “closed.”';
const NFD = NFC.normalize('NFD');
const withText = (text: string, quote: string) =>
  world({ sources: [{ ...SOURCE, text }], attributions: [{ ...ATTRIBUTION, quotes: [{ text: quote }] }] });

testRule('quote-not-in-source', {
  valid: [
    { name: 'an exact quote at its anchor', corpus: { records: world() } },
    {
      name: 'a straight apostrophe for the curly one in the text',
      corpus: { records: quoting({ text: "Japan's chief cabinet secretary" }) },
    },
    {
      name: 'straight double quotes for curly ones',
      corpus: { records: quoting({ text: 'Kishida is "ready to meet Kim Jong Un at any time," without' }) },
    },
    {
      name: 'a hyphen or an en dash for the em dash',
      corpus: { records: quoting({ text: '(Wire News) - Japan’s' }, { text: '(Wire News) – Japan’s' }) },
    },
    {
      name: 'one space for a run of spaces, and for the blank line between paragraphs',
      corpus: {
        records: quoting({ text: 'The government spokesman added' }, { text: 'without conditions. The government' }),
      },
    },
    {
      name: 'a quote in NFC against a text in NFD',
      corpus: { records: withText(NFD, 'Budánov said the café') },
    },
    {
      name: 'a quote in NFD against a text in NFC',
      corpus: { records: withText(NFC, 'Budánov said the café'.normalize('NFD')) },
    },
    {
      name: 'an anchor with a matching prefix and suffix, typed with straight quotes',
      corpus: {
        records: quoting({
          ...anchor('ready to meet Kim Jong Un at any time,'),
          prefix: 'Fumio Kishida is "',
          suffix: '" without conditions.',
        }),
      },
    },
    {
      name: 'a prefix with one space where the text has three',
      corpus: { records: quoting({ ...anchor('added that Tokyo'), prefix: 'The government spokesman ' }) },
    },
    {
      name: 'quoted fragments of an indirect attribution',
      corpus: { records: indirect(anchor('will not give up')) },
    },
    {
      name: 'a summary, which quotes nothing',
      corpus: { records: world({ attributions: [{ ...ATTRIBUTION, mode: 'summary', quotes: undefined }] }) },
    },
    {
      name: 'a source without text (source-text-missing reports that)',
      corpus: { records: world({ sources: [{ ...SOURCE, text: undefined }] }) },
    },
  ],
  invalid: [
    {
      name: 'a misspelt quote, with the nearest wording of the text',
      corpus: { records: quoting({ text: 'ready to meet Kim Jong-un at any time', start: 137, end: 174 }) },
      errors: [
        {
          messageId: 'notFound',
          message:
            'Attribution "a-matsuno-ready" quotes "ready to meet Kim Jong-un at any time", but these words are not in the text of source "wire-kishida-ready". The nearest wording, at line 1, is "ready to meet Kim Jong Un at any time" (2 characters different).',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'text'],
          actual: 'ready to meet Kim Jong-un at any time',
          expected: 'ready to meet Kim Jong Un at any time',
          suggestion: `text: "ready to meet Kim Jong Un at any time", start: 137, end: 174, if the text's wording is the right one (claimtrail anchor --write takes it)`,
        },
      ],
    },
    {
      name: 'a near miss on the third line of the text',
      corpus: { records: indirect({ text: 'will not give in' }) },
      errors: [
        {
          messageId: 'notFound',
          message:
            'Attribution "a-matsuno-ready" quotes "will not give in", but these words are not in the text of source "wire-kishida-ready". The nearest wording, at line 3, is "will not give up" (2 characters different).',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'text'],
          actual: 'will not give in',
          expected: 'will not give up',
          suggestion: `text: "will not give up", start: 243, end: 259, if the text's wording is the right one (claimtrail anchor --write takes it)`,
        },
      ],
    },
    {
      name: 'a letter changed by a different accent is not typographic variation',
      corpus: { records: withText(NFC, 'Budanov said') },
      errors: [
        {
          messageId: 'notFound',
          message:
            'Attribution "a-matsuno-ready" quotes "Budanov said", but these words are not in the text of source "wire-kishida-ready". The nearest wording, at line 1, is "Budánov said" (1 character different).',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'text'],
          actual: 'Budanov said',
          expected: 'Budánov said',
          suggestion: `text: "Budánov said", start: 7, end: 19, if the text's wording is the right one (claimtrail anchor --write takes it)`,
        },
      ],
    },
    {
      name: 'a quote against an empty text',
      corpus: { records: withText('', 'anything') },
      errors: [
        {
          messageId: 'notFoundNoNearMiss',
          message:
            'Attribution "a-matsuno-ready" quotes "anything", but these words are not in the text of source "wire-kishida-ready", nor anything like them.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'text'],
          actual: 'anything',
        },
      ],
    },
    {
      name: 'a quote that shares no word with the text',
      corpus: { records: quoting({ text: 'Pyongyang rejected the offer' }) },
      errors: [
        {
          messageId: 'notFoundNoNearMiss',
          message:
            'Attribution "a-matsuno-ready" quotes "Pyongyang rejected the offer", but these words are not in the text of source "wire-kishida-ready", nor anything like them.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'text'],
          actual: 'Pyongyang rejected the offer',
        },
      ],
    },
    {
      name: 'the words found by one rare word, though a common word occurs often',
      corpus: {
        records: world({
          sources: [{ ...SOURCE, text: `${'the end of the day, '.repeat(100)}the day of the summit` }],
          attributions: [{ ...ATTRIBUTION, quotes: [{ text: 'the day of the summmit' }] }],
        }),
      },
      errors: [
        {
          messageId: 'notFound',
          message:
            'Attribution "a-matsuno-ready" quotes "the day of the summmit", but these words are not in the text of source "wire-kishida-ready". The nearest wording, at line 1, is "the day of the summit" (1 character different).',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'text'],
          actual: 'the day of the summmit',
          expected: 'the day of the summit',
          suggestion: `text: "the day of the summit", start: 2000, end: 2021, if the text's wording is the right one (claimtrail anchor --write takes it)`,
        },
      ],
    },
    {
      name: 'an anchor eight characters off',
      corpus: { records: quoting({ text: 'Kim Jong Un at any time', start: 159, end: 182 }) },
      errors: [
        {
          messageId: 'anchorMismatch',
          message:
            'Attribution "a-matsuno-ready": the anchor of the quote "Kim Jong Un at any time" (characters 159 to 182) points at " Un at any time,” witho"; the quoted words are at characters 151 to 174, line 1.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'start'],
          actual: { start: 159, end: 182 },
          expected: { start: 151, end: 174 },
          suggestion: 'start: 151, end: 174 (claimtrail anchor --write sets them)',
        },
      ],
    },
    {
      name: 'an anchor past the end of the text',
      corpus: { records: quoting({ text: 'abduction issue', start: TEXT.length - 16, end: TEXT.length + 10 }) },
      errors: [
        {
          messageId: 'anchorOutOfRange',
          message:
            'Attribution "a-matsuno-ready": the anchor of its quote (characters 269 to 295) runs past the end of the text of source "wire-kishida-ready", which has 285 characters.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'end'],
          actual: 295,
          expected: 'at most 285',
        },
      ],
    },
    {
      name: 'a prefix and a suffix that do not match the text around the anchor',
      corpus: {
        records: quoting({
          ...anchor('ready to meet Kim Jong Un at any time,'),
          prefix: 'Kishida was “',
          suffix: '” and without',
        }),
      },
      errors: [
        {
          messageId: 'contextMismatch',
          message:
            'Attribution "a-matsuno-ready": the text just before the quote "ready to meet Kim Jong Un at any time," reads "Fumio Kishida is “", not "Kishida was “" as its prefix says.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'prefix'],
          actual: 'Fumio Kishida is “',
          expected: 'Kishida was “',
        },
        {
          messageId: 'contextMismatch',
          message:
            'Attribution "a-matsuno-ready": the text just after the quote "ready to meet Kim Jong Un at any time," reads "” without conditions.", not "” and without" as its suffix says.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 0, 'suffix'],
          actual: '” without conditions.',
          expected: '” and without',
        },
      ],
    },
    {
      name: 'the second fragment of a quote is wrong',
      corpus: { records: indirect(anchor('will not give up'), { text: 'abduction issues' }) },
      errors: [
        {
          messageId: 'notFound',
          message:
            'Attribution "a-matsuno-ready" quotes "abduction issues", but these words are not in the text of source "wire-kishida-ready". The nearest wording, at line 3, is "abduction issue." (1 character different).',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'quotes', 1, 'text'],
          actual: 'abduction issues',
          expected: 'abduction issue.',
          suggestion: `text: "abduction issue.", start: 268, end: 284, if the text's wording is the right one (claimtrail anchor --write takes it)`,
        },
      ],
    },
  ],
});

describe('quote-not-in-source on generated texts', () => {
  // Words with the typographic variants news texts carry, and how a person may type each.
  const WORDS: readonly (readonly [string, string])[] = [
    ['Kim', 'Kim'],
    ['said', 'said'],
    ['“ready', '"ready'],
    ['time,”', 'time,"'],
    ['don’t', "don't"],
    ['—', '-'],
    ['–', '-'],
    ['café', 'café'.normalize('NFD')],
    ['Budánov'.normalize('NFD'), 'Budánov'],
    ['Jong-un', 'Jong-un'],
    ['1,000', '1,000'],
  ];
  const SPACES = ['  ', '\n', ' \n\n ', '\t'];

  it('finds any run of words, typed plainly, with or without its anchor', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ...SPACES)), { minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        async (parts, a, b, anchored) => {
          const text = parts.map(([[word], space]) => word + space).join('');
          const from = a % parts.length;
          const to = from + 1 + (b % (parts.length - from));
          const start = parts.slice(0, from).reduce((n, [[word], space]) => n + word.length + space.length, 0);
          const original = parts.slice(from, to).map(([[word], space], i) => (i < to - from - 1 ? word + space : word));
          const typed = parts
            .slice(from, to)
            .map(([[, plain]]) => plain)
            .join(' ');
          const quote = anchored ? { text: typed, start, end: start + original.join('').length } : { text: typed };
          const records = world({
            sources: [{ ...SOURCE, text }],
            attributions: [{ ...ATTRIBUTION, quotes: [quote] }],
          });
          const loaded = await loadCase({ records });
          expect(check(loaded.corpus, { only: ['quote-not-in-source'] })).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
