import { describe, expect, it } from 'vitest';
import { brief, claim, corpusOf, says } from './build.js';

const meets = (id: string, subject: string, object: string, fields = {}) =>
  claim(id, { subject, predicate: 'meets', object: { type: 'actor', id: object }, ...fields });
const summit = (id: string, subject: string, object: string, fields = {}) =>
  claim(id, { subject, predicate: 'holds-summit-with', object: { type: 'actor', id: object }, ...fields });

describe('implies', () => {
  it.each([
    ['ann', 'bob', 'ann', 'bob'],
    ['ann', 'bob', 'bob', 'ann'],
    ['bob', 'ann', 'ann', 'bob'],
    ['bob', 'ann', 'bob', 'ann'],
  ])('a summit of %s and %s, and a denial that %s met %s, conflict', (s1, o1, s2, o2) => {
    const corpus = corpusOf(
      [summit('summit', s1, o1), meets('met', s2, o2)],
      [says('summit'), says('met', { speaker: 'cat', source: 's2', stance: 'denies' })],
    );
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([{ kind: 'stance', strength: 'strong', a: 'ann:summit', b: 'cat:met' }]);
    expect(found[0]?.explanation).toContain('Cat Poe (in Second story, 2025-03-02) denies that Claim met.');
    expect(found[0]?.explanation).toMatch(/By the vocabulary, "holds a summit with" implies "meets"\.$/);
  });

  it('a negated meeting asserted by one outlet conflicts with a summit in the other name order', () => {
    const corpus = corpusOf(
      [summit('summit', 'bob', 'ann'), meets('no-meeting', 'ann', 'bob', { polarity: 'negated' })],
      [says('summit'), says('no-meeting', { speaker: 'cat', source: 's2' })],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'polarity', strength: 'strong', a: 'ann:summit', b: 'cat:no-meeting' },
    ]);
  });

  it('does not run backwards: a meeting does not imply a summit', () => {
    const corpus = corpusOf(
      [meets('met', 'ann', 'bob'), summit('summit', 'bob', 'ann')],
      [says('met'), says('summit', { speaker: 'cat', source: 's2', stance: 'denies' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it('a denial of the summit itself is not a denial of the meeting', () => {
    const corpus = corpusOf(
      [summit('summit', 'ann', 'bob'), meets('met', 'ann', 'bob')],
      [says('summit', { stance: 'denies' }), says('met', { speaker: 'cat', source: 's2' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it('follows chains of implication: supplying weapons is military aid, which is support', () => {
    const corpus = corpusOf(
      [
        claim('arms', { subject: 'china', predicate: 'supplies-weapons-to', object: { type: 'actor', id: 'kim' } }),
        claim('opposes', { subject: 'china', predicate: 'opposes', object: { type: 'actor', id: 'kim' } }),
      ],
      [says('arms'), says('opposes', { speaker: 'bob', source: 's2' })],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'polarity', strength: 'strong', a: 'bob:opposes', b: 'ann:arms' },
    ]);
  });
});

describe('excludes', () => {
  it.each([
    ['supports', 'opposes'],
    ['opposes', 'supports'],
  ])('one outlet says ann %s china, another that she %s it: a conflict, found once', (first, second) => {
    const corpus = corpusOf(
      [
        claim('x', { subject: 'ann', predicate: first, object: { type: 'actor', id: 'china' } }),
        claim('y', { subject: 'ann', predicate: second, object: { type: 'actor', id: 'china' } }),
      ],
      [says('x'), says('y', { speaker: 'bob', source: 's2' })],
    );
    const found = corpus.contradictions();
    expect(found.map(brief)).toHaveLength(1);
    expect(found[0]?.kind).toBe('polarity');
    expect(found[0]?.explanation).toMatch(/"(supports|opposes)" and "(supports|opposes)" exclude each other\.$/);
  });

  it.each([
    ['kim', 'china', 'kim', 'china'],
    ['kim', 'china', 'china', 'kim'],
  ])('no diplomatic ties between %s and %s versus ties between %s and %s (both symmetric)', (s1, o1, s2, o2) => {
    const corpus = corpusOf(
      [
        claim('none', { subject: s1, predicate: 'has-no-diplomatic-ties-with', object: { type: 'actor', id: o1 } }),
        claim('ties', { subject: s2, predicate: 'has-ties-with', object: { type: 'actor', id: o2 } }),
      ],
      [says('none'), says('ties', { speaker: 'bob', source: 's2' })],
    );
    expect(corpus.contradictions()).toHaveLength(1);
  });

  it('different times do not conflict', () => {
    const corpus = corpusOf(
      [
        claim('x', { subject: 'ann', predicate: 'supports', object: { type: 'actor', id: 'china' }, when: '2020' }),
        claim('y', { subject: 'ann', predicate: 'opposes', object: { type: 'actor', id: 'china' }, when: '2024' }),
      ],
      [says('x'), says('y', { speaker: 'bob', source: 's2' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it('a denial of a supporting statement and an opposing statement agree', () => {
    const corpus = corpusOf(
      [
        claim('x', { subject: 'ann', predicate: 'supports', object: { type: 'actor', id: 'china' } }),
        claim('y', { subject: 'ann', predicate: 'opposes', object: { type: 'actor', id: 'china' } }),
      ],
      [says('x', { stance: 'denies' }), says('y', { speaker: 'bob', source: 's2' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });
});

describe('inverse', () => {
  it.each([
    ['office-held-by first', 0],
    ['holds-office first', 1],
  ])('an office held by ann versus ann denied to hold it (%s)', (_name, order) => {
    const claims = [
      claim('held-by', {
        subject: { literal: 'Mayor of Springfield' },
        predicate: 'office-held-by',
        object: { type: 'actor', id: 'ann' },
      }),
      claim('holds', {
        subject: 'ann',
        predicate: 'holds-office',
        object: { type: 'text', value: 'mayor of springfield' },
      }),
    ];
    const corpus = corpusOf(order === 0 ? claims : [...claims].reverse(), [
      says('held-by'),
      says('holds', { speaker: 'bob', source: 's2', stance: 'denies' }),
    ]);
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([{ kind: 'stance', strength: 'strong', a: 'ann:held-by', b: 'bob:holds' }]);
    expect(found[0]?.explanation).toMatch(/say the same with subject and object swapped\.$/);
  });

  it('receiving weapons from someone is their supplying weapons, and so military aid', () => {
    const corpus = corpusOf(
      [
        claim('receives', {
          subject: 'kim',
          predicate: 'receives-weapons-from',
          object: { type: 'actor', id: 'china' },
        }),
        claim('aid', { subject: 'china', predicate: 'aids-militarily', object: { type: 'actor', id: 'kim' } }),
      ],
      [says('receives'), says('aid', { speaker: 'bob', source: 's2', stance: 'denies' })],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'stance', strength: 'strong', a: 'ann:receives', b: 'bob:aid' },
    ]);
  });
});

describe('user vocabulary', () => {
  it('a predicate the user adds takes part in the reasoning', () => {
    const corpus = corpusOf(
      [
        claim('dine', { subject: 'ann', predicate: 'dines-with', object: { type: 'actor', id: 'bob' } }),
        meets('met', 'bob', 'ann'),
      ],
      [says('dine'), says('met', { speaker: 'cat', source: 's2', stance: 'denies' })],
    );
    expect(corpus.contradictions()).toEqual([]);
    const predicates = { 'dines-with': { label: 'dines with', symmetric: true, implies: ['meets'] } };
    expect(corpus.contradictions({ predicates }).map(brief)).toEqual([
      { kind: 'stance', strength: 'strong', a: 'ann:dine', b: 'cat:met' },
    ]);
  });
});
