import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check/check.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { loadCase, testRule } from '../rule-tester.js';
import { GOVERNMENT, KISHIDA, MATSUNO, recordsYaml, world } from '../world.js';

// Written as escapes: in the source they would look exactly like the Latin letters, which is the point.
const CYRILLIC_A = '\u0430';
const CYRILLIC_O = '\u043e';
const GREEK_O = '\u03bf';
const ZWSP = '\u200b';

const DESCRIBE_A = 'a Cyrillic small letter "\u0430" (U+0430), which looks like the Latin "a"';
const CHECK_BOTH = 'Check whether both are the same actor, or whether one was typed or copied wrongly.';
const KISHIDA_COPY = { id: 'kishida-fumio', kind: 'person', name: `Fumio Kishid${CYRILLIC_A}` };
const PUTIN = { id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'] };
const yaml = (records: Parameters<typeof recordsYaml>[0]) => recordsYaml(records).text;

testRule('confusable-name', {
  valid: [
    { name: 'the base world, where every name is distinct', corpus: { records: world() } },
    {
      name: 'a name in one non-Latin script: all-Cyrillic "Владимир Путин" beside "Vladimir Putin"',
      corpus: { records: world({ actors: [{ ...PUTIN, aliases: ['Putin', 'Владимир Путин', 'Путин'] }] }) },
    },
    {
      name: 'a Greek name, accents and all',
      corpus: { records: world({ actors: [{ id: 'mitsotakis', kind: 'person', name: 'Κυριάκος Μητσοτάκης' }] }) },
    },
    {
      name: 'Japanese, which mixes kanji and kana inside a word',
      corpus: { records: world({ actors: [{ ...KISHIDA, aliases: ['Kishida', '岸田文雄', '岸田ふみお'] }] }) },
    },
    {
      name: 'namesakes: two actors whose names are spelt the same, up to case, hyphens and accents',
      corpus: {
        records: world({
          actors: [
            { id: 'kim-jong-un', kind: 'person', name: 'Kim Jong-un' },
            { id: 'kim-jong-un-namesake', kind: 'person', name: 'KIM JONG UN' },
            { id: 'budanov', kind: 'person', name: 'Kyrylo Budánov' },
            { id: 'budanov-namesake', kind: 'person', name: 'Kyrylo Budanov' },
          ],
        }),
      },
    },
    {
      name: 'a no-break space, which shows as a space',
      corpus: { records: world({ actors: [{ ...MATSUNO, name: 'Hirokazu\u00a0Matsuno' }] }) },
    },
  ],
  invalid: [
    {
      name: 'two actors whose names differ only by a Cyrillic "а"',
      corpus: { records: world({ actors: [KISHIDA_COPY] }) },
      errors: [
        {
          messageId: 'mixedScript',
          message: `Actor "kishida-fumio" has the name "Fumio Kishid${CYRILLIC_A}", whose word "Kishid${CYRILLIC_A}" mixes Latin and Cyrillic letters (${DESCRIBE_A}); a look-alike letter has probably slipped in.`,
          entity: { type: 'actor', id: 'kishida-fumio' },
          line: 'record',
          path: ['actors', 5, 'name'],
          actual: `Fumio Kishid${CYRILLIC_A}`,
        },
        {
          messageId: 'confusable',
          message: `Actor "kishida-fumio" has the name "Fumio Kishid${CYRILLIC_A}", which looks the same as the name "Fumio Kishida" of actor "fumio-kishida" but is written with different characters (${DESCRIBE_A}). ${CHECK_BOTH}`,
          entity: { type: 'actor', id: 'kishida-fumio' },
          line: 'record',
          path: ['actors', 5, 'name'],
          actual: `Fumio Kishid${CYRILLIC_A}`,
          expected: 'Fumio Kishida',
          related: [{ type: 'actor', id: 'fumio-kishida' }],
        },
      ],
    },
    {
      name: 'the look-alike in another file, colliding by name and by alias: the pair is reported once',
      corpus: {
        files: {
          'corpus.yaml': yaml(world()),
          'more/actors.yaml': yaml({ actors: [{ ...KISHIDA_COPY, aliases: [`Kishid${CYRILLIC_A}`] }] }),
        },
      },
      errors: [
        {
          messageId: 'mixedScript',
          message: `Actor "kishida-fumio" has the name "Fumio Kishid${CYRILLIC_A}", whose word "Kishid${CYRILLIC_A}" mixes Latin and Cyrillic letters (${DESCRIBE_A}); a look-alike letter has probably slipped in.`,
          entity: { type: 'actor', id: 'kishida-fumio' },
          file: 'more/actors.yaml',
          line: 2,
          path: ['actors', 0, 'name'],
          actual: `Fumio Kishid${CYRILLIC_A}`,
        },
        {
          messageId: 'confusable',
          message: `Actor "kishida-fumio" has the name "Fumio Kishid${CYRILLIC_A}", which looks the same as the name "Fumio Kishida" of actor "fumio-kishida" but is written with different characters (${DESCRIBE_A}). ${CHECK_BOTH}`,
          entity: { type: 'actor', id: 'kishida-fumio' },
          file: 'more/actors.yaml',
          line: 2,
          path: ['actors', 0, 'name'],
          actual: `Fumio Kishid${CYRILLIC_A}`,
          expected: 'Fumio Kishida',
          related: [{ type: 'actor', id: 'fumio-kishida' }],
        },
        {
          messageId: 'mixedScript',
          message: `Actor "kishida-fumio" has the alias "Kishid${CYRILLIC_A}", whose word "Kishid${CYRILLIC_A}" mixes Latin and Cyrillic letters (${DESCRIBE_A}); a look-alike letter has probably slipped in.`,
          entity: { type: 'actor', id: 'kishida-fumio' },
          file: 'more/actors.yaml',
          line: 2,
          path: ['actors', 0, 'aliases', 0],
          actual: `Kishid${CYRILLIC_A}`,
        },
      ],
    },
    {
      name: 'a zero-width space inside a name',
      corpus: { records: world({ actors: [{ ...MATSUNO, name: `Hirokazu Matsu${ZWSP}no` }] }) },
      errors: [
        {
          messageId: 'invisible',
          message:
            'Actor "hirokazu-matsuno" has the name "Hirokazu Matsu<U+200B>no", which contains an invisible zero-width space (U+200B). Invisible characters make a name look like another while not matching it.',
          entity: { type: 'actor', id: 'hirokazu-matsuno' },
          line: 'record',
          path: ['actors', 1, 'name'],
          actual: `Hirokazu Matsu${ZWSP}no`,
        },
      ],
    },
    {
      name: 'a second actor whose name hides a zero-width space',
      corpus: { records: world({ actors: [{ id: 'matsuno-h', kind: 'person', name: `Hirokazu Mats${ZWSP}uno` }] }) },
      errors: [
        {
          messageId: 'invisible',
          message:
            'Actor "matsuno-h" has the name "Hirokazu Mats<U+200B>uno", which contains an invisible zero-width space (U+200B). Invisible characters make a name look like another while not matching it.',
          entity: { type: 'actor', id: 'matsuno-h' },
          line: 'record',
          path: ['actors', 5, 'name'],
          actual: `Hirokazu Mats${ZWSP}uno`,
        },
        {
          messageId: 'confusable',
          message: `Actor "matsuno-h" has the name "Hirokazu Mats<U+200B>uno", which looks the same as the name "Hirokazu Matsuno" of actor "hirokazu-matsuno" but is written with different characters (an invisible zero-width space (U+200B)). ${CHECK_BOTH}`,
          entity: { type: 'actor', id: 'matsuno-h' },
          line: 'record',
          path: ['actors', 5, 'name'],
          actual: `Hirokazu Mats${ZWSP}uno`,
          expected: 'Hirokazu Matsuno',
          related: [{ type: 'actor', id: 'hirokazu-matsuno' }],
        },
      ],
    },
    {
      name: 'an alias that mixes scripts in one word: a Greek omicron in "Fumio"',
      corpus: { records: world({ actors: [{ ...KISHIDA, aliases: ['Kishida', `Fumi${GREEK_O}`] }] }) },
      errors: [
        {
          messageId: 'mixedScript',
          message: `Actor "fumio-kishida" has the alias "Fumi${GREEK_O}", whose word "Fumi${GREEK_O}" mixes Latin and Greek letters (a Greek small letter "${GREEK_O}" (U+03BF), which looks like the Latin "o"); a look-alike letter has probably slipped in.`,
          entity: { type: 'actor', id: 'fumio-kishida' },
          line: 'record',
          path: ['actors', 0, 'aliases', 1],
          actual: `Fumi${GREEK_O}`,
        },
      ],
    },
    {
      name: 'a word written wholly in Cyrillic look-alikes: no mixed script, but it matches an alias',
      corpus: { records: world({ actors: [{ id: 'tokyo-city', kind: 'organization', name: 'Токуо' }] }) },
      errors: [
        {
          messageId: 'confusable',
          message: `Actor "tokyo-city" has the name "Токуо", which looks the same as the alias "Tokyo" of actor "government-of-japan" but is written with different characters (a Cyrillic capital letter "Т" (U+0422), which looks like the Latin "T"; a Cyrillic small letter "${CYRILLIC_O}" (U+043E), which looks like the Latin "o"; a Cyrillic small letter "к" (U+043A), which looks like the Latin "k"; a Cyrillic small letter "у" (U+0443), which looks like the Latin "y"). ${CHECK_BOTH}`,
          entity: { type: 'actor', id: 'tokyo-city' },
          line: 'record',
          path: ['actors', 5, 'name'],
          actual: 'Токуо',
          expected: GOVERNMENT.aliases[0],
          related: [{ type: 'actor', id: 'government-of-japan' }],
        },
      ],
    },
  ],
});

describe('confusable-name on real and generated names', () => {
  it('stays quiet on the bundled seed corpus', async () => {
    const seed = await loadCorpus();
    expect(seed.actors.length).toBeGreaterThan(0);
    expect(check(seed, { only: ['confusable-name'] })).toEqual([]);
  });

  // Lower-case Latin letters and the Cyrillic letters that print like them.
  const SWAPS: Readonly<Record<string, string>> = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у' };
  const word = fc
    .array(fc.constantFrom(...'abcdefghijklmnoprstuvwxyz'), { minLength: 2, maxLength: 9 })
    .map((letters) => letters.join(''));

  it('catches one look-alike letter swapped into any two-word name', async () => {
    await fc.assert(
      fc.asyncProperty(word, word, fc.nat(), async (first, last, pick) => {
        const name = `${first[0]?.toUpperCase()}${first.slice(1)} ${last[0]?.toUpperCase()}${last.slice(1)}`;
        // Capitals are left alone so that only the Cyrillic small letters are exercised.
        const spots = [...name].flatMap((ch, i) => (i > 0 && name[i - 1] !== ' ' && SWAPS[ch] ? [i] : []));
        fc.pre(spots.length > 0);
        const at = spots[pick % spots.length] as number;
        const copy = `${name.slice(0, at)}${SWAPS[name[at] as string]}${name.slice(at + 1)}`;
        const { corpus } = await loadCase({
          records: {
            actors: [
              { id: 'original', kind: 'person', name },
              { id: 'copy', kind: 'person', name: copy },
            ],
          },
        });
        expect(corpus.diagnostics).toEqual([]);
        const found = check(corpus, { only: ['confusable-name'] });
        expect(found.map((d) => [d.entity?.id, d.path?.join('.')])).toEqual([
          ['copy', 'actors.1.name'],
          ['copy', 'actors.1.name'],
        ]);
        expect(found[1]).toMatchObject({ actual: copy, expected: name, related: [{ type: 'actor', id: 'original' }] });
      }),
      { numRuns: 30 },
    );
  });
});
