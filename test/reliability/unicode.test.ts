/**
 * Odd Unicode in ids and names: look-alike letters from other scripts, zero-width characters,
 * direction marks. Ids are ASCII by schema, so such ids are refused with the character named;
 * names may be in any script, so names that only look alike are flagged by `confusable-name`.
 */
import { describe, expect, it } from 'vitest';
import { confusableName } from '../../src/check/rules/confusable-name.js';
import { builtinRules, type CorpusInput, check, createCorpus, type Diagnostic, loadCorpus } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const CYRILLIC_A = '\u0430';
const CYRILLIC_O = '\u043e';

/** The rule's findings, whether or not the built-in rule list includes it yet. */
function confusables(input: CorpusInput): Diagnostic[] {
  const { corpus, diagnostics } = createCorpus(input);
  expect(diagnostics).toEqual([]);
  const builtin = builtinRules.some((r) => r.meta.id === 'confusable-name');
  return check(corpus, { only: ['confusable-name'], ...(builtin ? {} : { extraRules: [confusableName] }) });
}

describe('ids with characters outside ASCII', () => {
  async function refusedId(id: string) {
    const corpus = await loadCorpus(
      tempCorpus({ 'a.json': JSON.stringify({ actors: [{ id, kind: 'person', name: 'Kim Jong Un' }] }) }),
    );
    expect(corpus.actors).toEqual([]);
    expect(corpus.diagnostics).toHaveLength(1);
    const d = corpus.diagnostics[0] as Diagnostic;
    expect(d).toMatchObject({ ruleId: 'schema', severity: 'error', path: ['actors', 0, 'id'] });
    return d;
  }

  it('a Cyrillic "а" in "kim-jong-un" is named, with the Latin letter it imitates, and the fix is suggested', async () => {
    const d = await refusedId(`kim-jong-un-${CYRILLIC_A}`);
    expect(d.message).toBe(
      `Actor "kim-jong-un-${CYRILLIC_A}" has a bad field "id": the id "kim-jong-un-${CYRILLIC_A}" contains at position 13, a Cyrillic small letter "${CYRILLIC_A}" (U+0430), which looks like the Latin "a". Ids are plain ASCII (lowercase letters and digits joined by single "-" or ".") so that two different ids can never look the same; write it as "kim-jong-un-a". It was not loaded.`,
    );
    expect(d.suggestion).toBe('kim-jong-un-a');
  });

  it.each([
    ['a zero-width space', 'kim\u200b-jong-un', 'at position 4, an invisible zero-width space (U+200B)', 'kim-jong-un'],
    ['a right-to-left mark', 'kim-jong-un\u200f', 'an invisible right-to-left mark (U+200F)', 'kim-jong-un'],
    ['a right-to-left override', '\u202ekim-jong-un', 'an invisible right-to-left override (U+202E)', 'kim-jong-un'],
    [
      'a byte order mark',
      'kim\ufeff-jong-un',
      'an invisible zero-width no-break space (byte order mark) (U+FEFF)',
      'kim-jong-un',
    ],
    ['a soft hyphen', 'kim-jong\u00adun', 'an invisible soft hyphen (U+00AD)', 'kim-jongun'],
    [
      'a Greek omicron',
      `kim-j\u03bfng-un`,
      'a Greek small letter "\u03bf" (U+03BF), which looks like the Latin "o"',
      'kim-jong-un',
    ],
    ['fullwidth letters', 'ｋｉｍ', 'the character "ｋ" (U+FF4B), a wide or styled form of "k"', 'kim'],
    ['a no-break space', 'kim\u00a0jong', 'a no-break space (U+00A0)', undefined],
  ])('%s is named in the message', async (_label, id, named, suggestion) => {
    const d = await refusedId(id);
    expect(d.message).toContain(named);
    expect(d.message).toContain('Ids are plain ASCII');
    expect(d.suggestion).toBe(suggestion);
    // The id is quoted with its invisible characters made visible.
    expect(d.message).not.toMatch(/[\u200b\u200f\u202e\ufeff\u00ad]/);
  });

  it('a look-alike in a reference (speaker, source, via) is explained the same way', async () => {
    const text = JSON.stringify({
      attributions: [
        {
          id: 'a',
          claim: 'c',
          source: 's',
          speaker: `kim-j${CYRILLIC_O}ng-un`,
          via: ['ap\u200bnews'],
          mode: 'summary',
        },
      ],
    });
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    expect(corpus.diagnostics.map((d) => d.path)).toEqual([
      ['attributions', 0, 'speaker'],
      ['attributions', 0, 'via', 0],
    ]);
    expect(corpus.diagnostics[0]?.message).toContain(
      'a Cyrillic small letter "о" (U+043E), which looks like the Latin "o"',
    );
    expect(corpus.diagnostics[0]?.suggestion).toBe('kim-jong-un');
    expect(corpus.diagnostics[1]?.message).toContain('an invisible zero-width space (U+200B)');
  });

  it('an ASCII id that breaks the pattern keeps the plain explanation, with the slug to write', async () => {
    const d = await refusedId('Kim Jong Un');
    expect(d.message).toBe(
      'Actor "Kim Jong Un" has a bad field "id": an id is lowercase ASCII letters and digits joined by single "-" or "." (e.g. "kim-jong-un"); write it as "kim-jong-un". It was not loaded.',
    );
  });

  it('look-alikes in a predicate are named too', async () => {
    const text = JSON.stringify({
      claims: [{ id: 'c', text: 'T', subject: 'x', predicate: `m${CYRILLIC_O}${CYRILLIC_O}ts` }],
    });
    const corpus = await loadCorpus(tempCorpus({ 'a.json': text }));
    expect(corpus.diagnostics[0]?.message).toContain('a Cyrillic small letter "о" (U+043E)');
  });
});

describe('the confusable-name rule', () => {
  const kim = { id: 'kim-jong-un', kind: 'person' as const, name: 'Kim Jong Un', aliases: ['Kim Jong-un'] };

  it('flags two actors whose names differ only by a look-alike letter, naming both and the letter', () => {
    const found = confusables({ actors: [kim, { id: 'kim-2', kind: 'person', name: `Kim J${CYRILLIC_O}ng Un` }] });
    const pair = found.filter((d) => d.message.includes('looks the same as'));
    expect(pair).toHaveLength(1);
    expect(pair[0]).toMatchObject({
      ruleId: 'confusable-name',
      severity: 'warning',
      entity: { type: 'actor', id: 'kim-2' },
      path: ['actors', 1, 'name'],
      related: [{ type: 'actor', id: 'kim-jong-un' }],
    });
    expect(pair[0]?.message).toBe(
      `Actor "kim-2" has the name "Kim J${CYRILLIC_O}ng Un", which looks the same as the name "Kim Jong Un" of actor "kim-jong-un" but is written with different characters (a Cyrillic small letter "${CYRILLIC_O}" (U+043E), which looks like the Latin "o"). Check whether both are the same actor, or whether one was typed or copied wrongly.`,
    );
  });

  it('compares aliases with names, and uppercase look-alikes too', () => {
    const found = confusables({
      actors: [kim, { id: 'other', kind: 'person', name: 'Someone', aliases: [`\u041aim Jong-un`] }],
    });
    const pair = found.find((d) => d.message.includes('looks the same as'));
    expect(pair?.message).toContain('the alias "Кim Jong-un"');
    expect(pair?.message).toContain('a Cyrillic capital letter "К" (U+041A), which looks like the Latin "K"');
    expect(pair?.path).toEqual(['actors', 1, 'aliases', 0]);
  });

  it('flags a name that mixes scripts in one word, even without a twin', () => {
    const found = confusables({ actors: [{ id: 'putin', kind: 'person', name: `Vl${CYRILLIC_A}dimir Putin` }] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      `Actor "putin" has the name "Vl${CYRILLIC_A}dimir Putin", whose word "Vl${CYRILLIC_A}dimir" mixes Latin and Cyrillic letters (a Cyrillic small letter "${CYRILLIC_A}" (U+0430), which looks like the Latin "a"); a look-alike letter has probably slipped in.`,
    );
  });

  it('flags invisible characters in a name, and names that differ only by them', () => {
    const found = confusables({ actors: [kim, { id: 'kim-3', kind: 'person', name: 'Kim Jo\u200bng Un' }] });
    expect(found.map((d) => d.message)).toEqual([
      'Actor "kim-3" has the name "Kim Jo<U+200B>ng Un", which contains an invisible zero-width space (U+200B). Invisible characters make a name look like another while not matching it.',
      'Actor "kim-3" has the name "Kim Jo<U+200B>ng Un", which looks the same as the name "Kim Jong Un" of actor "kim-jong-un" but is written with different characters (an invisible zero-width space (U+200B)). Check whether both are the same actor, or whether one was typed or copied wrongly.',
    ]);
  });

  it('leaves honest names alone: other scripts, Japanese, diacritics, shared spellings', () => {
    const found = confusables({
      actors: [
        kim,
        { id: 'putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Владимир Путин', 'Putin'] },
        { id: 'kishida', kind: 'person', name: 'Fumio Kishida', aliases: ['岸田 文雄', 'きしだ ふみお', 'キシダ'] },
        { id: 'budanov', kind: 'person', name: 'Kyrylo Budanov', aliases: ['Kirilo Budánov', 'Кирило Буданов'] },
        { id: 'moscow', kind: 'government', name: 'Government of Russia', aliases: ['Moscow', 'the Kremlin'] },
        { id: 'nbsp', kind: 'group', name: 'North\u00a0Korean officials' },
      ],
    });
    expect(found).toEqual([]);
  });

  it('finds nothing in the seed corpus', async () => {
    const corpus = await loadCorpus();
    const builtin = builtinRules.some((r) => r.meta.id === 'confusable-name');
    const found = check(corpus, { only: ['confusable-name'], ...(builtin ? {} : { extraRules: [confusableName] }) });
    expect(found).toEqual([]);
  });
});
