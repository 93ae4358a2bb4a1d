import { describe, expect, it } from 'vitest';
import { brief, claim, corpusOf, SOURCES, says } from './build.js';

describe('stance', () => {
  it('one asserts, another denies: a strong conflict with a sentence naming both', () => {
    const corpus = corpusOf([claim('c')], [says('c'), says('c', { speaker: 'bob', source: 's2', stance: 'denies' })]);
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([{ kind: 'stance', strength: 'strong', a: 'ann:c', b: 'bob:c' }]);
    expect(found[0]?.explanation).toBe(
      'Ann Lee (in First story, 2025-03-01) asserts that Claim c. Bob Roe (in Second story, 2025-03-02) denies it.',
    );
    expect(found[0]?.a.source.id).toBe('s1');
    expect(found[0]?.b.source.id).toBe('s2');
  });

  it('quotes the denier’s words when there are some', () => {
    const corpus = corpusOf(
      [claim('c')],
      [
        says('c'),
        says('c', { speaker: 'bob', stance: 'denies', mode: 'indirect', quotes: [{ text: 'complete nonsense' }] }),
      ],
    );
    expect(corpus.contradictions()[0]?.explanation).toMatch(
      /Bob Roe \(in First story, 2025-03-01\) denies it \(“complete nonsense”\)\.$/,
    );
  });

  it('a doubt is a weak conflict, kept unless strongOnly', () => {
    const corpus = corpusOf([claim('c')], [says('c'), says('c', { speaker: 'bob', stance: 'doubts' })]);
    expect(corpus.contradictions().map(brief)).toEqual([{ kind: 'stance', strength: 'weak', a: 'ann:c', b: 'bob:c' }]);
    expect(corpus.contradictions({ strongOnly: true })).toEqual([]);
  });

  it.each([
    ['probable', 'weak'],
    ['possible', 'weak'],
    ['certain', 'strong'],
  ] as const)('an assertion whose factuality is %s makes a %s conflict', (factuality, strength) => {
    const corpus = corpusOf([claim('c')], [says('c', { factuality }), says('c', { speaker: 'bob', stance: 'denies' })]);
    expect(corpus.contradictions().map((c) => c.strength)).toEqual([strength]);
  });

  it('a hedged and an unhedged assertion by the same speaker: the unhedged one stands for both', () => {
    const corpus = corpusOf(
      [claim('c')],
      [
        says('c', { factuality: 'probable', id: 'hedged' }),
        says('c', { source: 's2', id: 'firm' }),
        says('c', { speaker: 'bob', source: 's3', stance: 'denies' }),
      ],
    );
    const [only, ...rest] = corpus.contradictions();
    expect(rest).toEqual([]);
    expect(only?.strength).toBe('strong');
    expect(only?.a.attribution.id).toBe('firm');
  });

  it('repeating a statement across sources adds no conflicts: one per pair of speakers', () => {
    const corpus = corpusOf(
      [claim('c')],
      [
        says('c', { source: 's3' }),
        says('c', { source: 's1', id: 'earliest' }),
        says('c', { source: 's2' }),
        says('c', { speaker: 'bob', source: 's2', stance: 'denies' }),
        says('c', { speaker: 'bob', source: 's3', stance: 'denies' }),
        says('c', { speaker: 'cat', source: 's3', stance: 'denies' }),
      ],
    );
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([
      { kind: 'stance', strength: 'strong', a: 'ann:c', b: 'bob:c' },
      { kind: 'stance', strength: 'strong', a: 'ann:c', b: 'cat:c' },
    ]);
    expect(found[0]?.a.attribution.id).toBe('earliest');
  });

  it('many against many: each speaker meets its strongest, earliest opponent, and nobody is left out', () => {
    const corpus = corpusOf(
      [claim('c')],
      [
        says('c', { speaker: 'ann', source: 's1' }),
        says('c', { speaker: 'bob', source: 's2' }),
        says('c', { speaker: 'cat', source: 's2', stance: 'denies' }),
        says('c', { speaker: 'kim', source: 's3', stance: 'denies' }),
      ],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'stance', strength: 'strong', a: 'ann:c', b: 'cat:c' },
      { kind: 'stance', strength: 'strong', a: 'ann:c', b: 'kim:c' },
      { kind: 'stance', strength: 'strong', a: 'bob:c', b: 'cat:c' },
    ]);
  });

  it('a strong opponent is preferred to an earlier hedged one', () => {
    const corpus = corpusOf(
      [claim('c')],
      [
        says('c'),
        says('c', { speaker: 'bob', stance: 'doubts' }),
        says('c', { speaker: 'cat', source: 's3', stance: 'denies' }),
      ],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'stance', strength: 'weak', a: 'ann:c', b: 'bob:c' },
      { kind: 'stance', strength: 'strong', a: 'ann:c', b: 'cat:c' },
    ]);
  });

  it('a speaker who asserts and later denies the same claim contradicts itself', () => {
    const corpus = corpusOf([claim('c')], [says('c'), says('c', { source: 's2', stance: 'denies' })]);
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'stance', strength: 'strong', a: 'ann:c', b: 'ann:c' },
    ]);
    // Even when someone else disagrees with her first.
    const crowded = corpusOf(
      [claim('c')],
      [says('c'), says('c', { speaker: 'bob', stance: 'denies' }), says('c', { source: 's3', stance: 'denies' })],
    );
    expect(crowded.contradictions().map(brief)).toEqual([
      { kind: 'stance', strength: 'strong', a: 'ann:c', b: 'bob:c' },
      { kind: 'stance', strength: 'strong', a: 'ann:c', b: 'ann:c' },
    ]);
  });

  it('two claims of one proposition for times that cannot overlap do not conflict', () => {
    const corpus = corpusOf(
      [claim('then', { when: '2019' }), claim('now', { when: '2025' })],
      [says('then'), says('now', { speaker: 'bob', stance: 'denies' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it('denying a negated claim agrees with asserting the affirmed one', () => {
    const corpus = corpusOf(
      [claim('yes'), claim('no', { polarity: 'negated' })],
      [says('yes'), says('no', { speaker: 'bob', stance: 'denies' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it('claims about other things never meet', () => {
    const corpus = corpusOf(
      [claim('c'), claim('d', { object: { type: 'actor', id: 'ann' } })],
      [says('c'), says('d', { speaker: 'bob', stance: 'denies' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });
});

describe('polarity', () => {
  it('two claims with the same subject, predicate and object but opposite polarity', () => {
    const corpus = corpusOf(
      [
        claim('yes', { text: 'Kim visits China.' }),
        claim('no', { text: 'Kim does not visit China.', polarity: 'negated' }),
      ],
      [says('yes'), says('no', { speaker: 'bob', source: 's2' })],
    );
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([{ kind: 'polarity', strength: 'strong', a: 'ann:yes', b: 'bob:no' }]);
    expect(found[0]?.explanation).toBe(
      'Ann Lee (in First story, 2025-03-01) asserts that Kim visits China. Bob Roe (in Second story, 2025-03-02) asserts the opposite: that Kim does not visit China.',
    );
    expect(corpus.contradictions({ kinds: ['stance'] })).toEqual([]);
    expect(corpus.contradictions({ kinds: ['polarity'] })).toHaveLength(1);
  });

  it('a symmetric predicate matches either order: "Ann meets Bob" against "Bob does not meet Ann"', () => {
    const corpus = corpusOf(
      [
        claim('met', { subject: 'ann', predicate: 'meets', object: { type: 'actor', id: 'bob' } }),
        claim('not-met', {
          subject: 'bob',
          predicate: 'meets',
          object: { type: 'actor', id: 'ann' },
          polarity: 'negated',
        }),
      ],
      [says('met'), says('not-met', { speaker: 'cat' })],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'polarity', strength: 'strong', a: 'ann:met', b: 'cat:not-met' },
    ]);
  });

  it('literal subjects and text objects compare without case or punctuation', () => {
    const corpus = corpusOf(
      [
        claim('x', {
          subject: { literal: 'The abduction issue' },
          predicate: 'is',
          object: { type: 'text', value: 'Settled.' },
        }),
        claim('y', {
          subject: { literal: 'the abduction-issue' },
          predicate: 'is',
          object: { type: 'text', value: 'settled' },
          polarity: 'negated',
        }),
      ],
      [says('x'), says('y', { speaker: 'bob' })],
    );
    expect(corpus.contradictions().map((c) => c.kind)).toEqual(['polarity']);
  });
});

describe('value', () => {
  const count = (id: string, value: number, fields: Record<string, unknown> = {}, approx = 'exact') =>
    claim(id, {
      subject: { literal: 'abductees admitted by North Korea' },
      predicate: 'has-count',
      object: { type: 'number', value, approx },
      ...fields,
    });

  it('a single-valued predicate with two values for the same time', () => {
    const corpus = corpusOf(
      [count('thirteen', 13, { when: '2002' }), count('seventeen', 17, { when: '2002' })],
      [says('thirteen'), says('seventeen', { speaker: 'bob', source: 's2' })],
    );
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([{ kind: 'value', strength: 'strong', a: 'ann:thirteen', b: 'bob:seventeen' }]);
    expect(found[0]?.explanation).toBe(
      'has-count has one value at a time, but Ann Lee (in First story, 2025-03-01) gives 13 (in substance: Claim thirteen) and Bob Roe (in Second story, 2025-03-02) gives 17 (in substance: Claim seventeen).',
    );
  });

  it('no conflict when the times do not overlap', () => {
    const corpus = corpusOf(
      [count('then', 13, { when: '2002' }), count('now', 17, { when: '2024' })],
      [says('then'), says('now', { speaker: 'bob' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it.each([
    [13, 'exact', 15, 'about'],
    [20, 'exact', 20, 'nearly'],
    [17, 'exact', 10, 'over'],
    [3, 'exact', 5, 'under'],
  ])('no conflict when the approximations overlap: %d (%s) and %d (%s)', (x, ax, y, ay) => {
    const corpus = corpusOf([count('x', x, {}, ax), count('y', y, {}, ay)], [says('x'), says('y', { speaker: 'bob' })]);
    expect(corpus.contradictions()).toEqual([]);
  });

  it('compares every two values: "about 100" fits 90 and 110, which still contradict each other', () => {
    const corpus = corpusOf(
      [count('about', 100, {}, 'about'), count('ninety', 90), count('hundred-ten', 110)],
      [says('about'), says('ninety', { speaker: 'bob' }), says('hundred-ten', { speaker: 'cat' })],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'value', strength: 'strong', a: 'bob:ninety', b: 'cat:hundred-ten' },
    ]);
  });

  it('three incompatible values: each is in a conflict, in two conflicts', () => {
    const corpus = corpusOf(
      [count('thirteen', 13), count('seventeen', 17), count('twenty', 20)],
      [
        says('thirteen'),
        says('seventeen', { speaker: 'bob', source: 's2' }),
        says('twenty', { speaker: 'cat', source: 's3' }),
      ],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'value', strength: 'strong', a: 'ann:thirteen', b: 'bob:seventeen' },
      { kind: 'value', strength: 'strong', a: 'ann:thirteen', b: 'cat:twenty' },
    ]);
  });

  it('a value repeated many times costs one conflict', () => {
    const attributions = [];
    for (let i = 0; i < 40; i++) attributions.push(says('thirteen', { source: SOURCES[i % 3]?.id }));
    for (let i = 0; i < 40; i++) attributions.push(says('seventeen', { speaker: 'bob', source: SOURCES[i % 3]?.id }));
    const corpus = corpusOf([count('thirteen', 13), count('seventeen', 17)], attributions);
    expect(corpus.contradictions()).toHaveLength(1);
  });

  it('a hedged value makes a weak conflict; strongOnly drops it', () => {
    const corpus = corpusOf(
      [count('thirteen', 13), count('seventeen', 17)],
      [says('thirteen'), says('seventeen', { speaker: 'bob', stance: 'hedges', factuality: 'possible' })],
    );
    expect(corpus.contradictions().map((c) => [c.kind, c.strength])).toEqual([['value', 'weak']]);
    expect(corpus.contradictions({ strongOnly: true })).toEqual([]);
  });

  it('a denied value is not a value', () => {
    const corpus = corpusOf(
      [count('thirteen', 13), count('seventeen', 17)],
      [says('thirteen', { stance: 'denies' }), says('seventeen', { speaker: 'bob' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it('dates: a month holds its days, two different days conflict', () => {
    const on = (id: string, value: string) =>
      claim(id, { subject: { literal: 'the election' }, predicate: 'occurs-on', object: { type: 'date', value } });
    const fits = corpusOf(
      [on('month', '2024-11'), on('day', '2024-11-05')],
      [says('month'), says('day', { speaker: 'bob' })],
    );
    expect(fits.contradictions()).toEqual([]);
    const clash = corpusOf(
      [on('fifth', '2024-11-05'), on('sixth', '2024-11-06')],
      [says('fifth'), says('sixth', { speaker: 'bob' })],
    );
    expect(clash.contradictions().map((c) => c.kind)).toEqual(['value']);
  });

  it('the vocabulary is extensible: a predicate of your own becomes single-valued', () => {
    const capital = (id: string, city: string) =>
      claim(id, { subject: 'china', predicate: 'has-capital', object: { type: 'text', value: city } });
    const corpus = corpusOf(
      [capital('beijing', 'Beijing'), capital('shanghai', 'Shanghai')],
      [says('beijing'), says('shanghai', { speaker: 'bob' })],
    );
    expect(corpus.contradictions()).toEqual([]);
    const found = corpus.contradictions({
      predicates: { 'has-capital': { label: 'has the capital', singleValued: true } },
    });
    expect(found.map(brief)).toEqual([{ kind: 'value', strength: 'strong', a: 'ann:beijing', b: 'bob:shanghai' }]);
    expect(found[0]?.explanation).toContain('gives Beijing (in substance: Claim beijing)');
  });
});

describe('temporal', () => {
  // The articles of 2025 carry no `when`: the claims are dated by their article.
  const in2025 = [
    { id: 'y2025', kind: 'article', title: 'A story of 2025', publisher: 'daily-a', published: '2025' },
    ...SOURCES,
  ];
  const sixYears = claim('six-years', { first: { in: { years: 6 } } });
  const since = (year: string) => claim(`since-${year}`, { first: { since: year } });

  it('"first visit in six years" in 2025 against "first trip since 2017" fires, with its arithmetic', () => {
    const corpus = corpusOf(
      [sixYears, since('2017')],
      [says('six-years', { source: 'y2025' }), says('since-2017', { speaker: 'bob', source: 'y2025' })],
      in2025,
    );
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([
      { kind: 'temporal', strength: 'strong', a: 'ann:six-years', b: 'bob:since-2017' },
    ]);
    expect(found[0]?.arithmetic).toBe(
      'The first in 6 years at 2025-01 to 2025-12 puts the previous one in 2018-01 to 2020-06; the first since 2017 at 2025-01 to 2025-12 puts it in 2017-01 to 2017-12; these do not overlap.',
    );
    expect(found[0]?.explanation).toContain('they cannot both be right about when it last happened');
  });

  it('"first visit in six years" against "first trip since 2019" agrees', () => {
    const corpus = corpusOf(
      [sixYears, since('2019')],
      [says('six-years', { source: 'y2025' }), says('since-2019', { speaker: 'bob', source: 'y2025' })],
      in2025,
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it('an occurrence recorded inside the claimed gap is a strong conflict', () => {
    const corpus = corpusOf(
      [sixYears, claim('visit-2022', { when: '2022-04' })],
      [says('six-years', { source: 'y2025' }), says('visit-2022', { speaker: 'bob' })],
      in2025,
    );
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([
      { kind: 'temporal', strength: 'strong', a: 'ann:six-years', b: 'bob:visit-2022' },
    ]);
    expect(found[0]?.explanation).toContain('records one in 2022-04, inside that gap');
    expect(found[0]?.arithmetic).toBe(
      'The first in 6 years puts the previous one in 2018-01 to 2020-06; 2025-01 to 2025-12 − 2022-04 ≈ 2.8 years.',
    );
  });

  it('an occurrence where the gap says it was is no conflict', () => {
    const corpus = corpusOf(
      [sixYears, claim('visit-2019', { when: '2019-01' })],
      [says('six-years', { source: 'y2025' }), says('visit-2019')],
      in2025,
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it('a latest occurrence older than the gap is a weak conflict: a later one may be unrecorded', () => {
    const corpus = corpusOf(
      [sixYears, claim('visit-2010', { when: '2010' })],
      [says('six-years', { source: 'y2025' }), says('visit-2010')],
      in2025,
    );
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([{ kind: 'temporal', strength: 'weak', a: 'ann:six-years', b: 'ann:visit-2010' }]);
    expect(found[0]?.explanation).toContain('Unless a later one went unrecorded, the figure is wrong.');
    expect(corpus.contradictions({ strongOnly: true })).toEqual([]);
  });

  it('a hedged "first" makes a weak conflict', () => {
    const corpus = corpusOf(
      [sixYears, claim('visit-2022', { when: '2022-04' })],
      [
        says('six-years', { source: 'y2025', stance: 'hedges', factuality: 'probable' }),
        says('visit-2022', { speaker: 'bob' }),
      ],
      in2025,
    );
    expect(corpus.contradictions().map((c) => [c.kind, c.strength])).toEqual([['temporal', 'weak']]);
  });

  it('"first" statements about different occurrences do not compare their gaps', () => {
    const corpus = corpusOf(
      [
        claim('trip-2018', { when: '2018-03', first: { since: '2011' } }),
        claim('trip-2025', { when: '2025-09', first: { since: '2018' } }),
      ],
      [says('trip-2018'), says('trip-2025', { speaker: 'bob' })],
    );
    expect(corpus.contradictions()).toEqual([]);
  });

  it('an earlier "first" statement is an occurrence for a later one', () => {
    const corpus = corpusOf(
      [
        claim('trip-2022', { when: '2022-03', first: { since: '2011' } }),
        claim('trip-2025', { when: '2025-09', first: { since: '2018' } }),
      ],
      [says('trip-2022'), says('trip-2025', { speaker: 'bob' })],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'temporal', strength: 'strong', a: 'bob:trip-2025', b: 'ann:trip-2022' },
    ]);
  });

  it('a denied occurrence records nothing', () => {
    const corpus = corpusOf(
      [sixYears, claim('visit-2022', { when: '2022-04' })],
      [says('six-years', { source: 'y2025' }), says('visit-2022', { speaker: 'bob', stance: 'denies' })],
      in2025,
    );
    expect(corpus.contradictions({ kinds: ['temporal'] })).toEqual([]);
    // The undated "first" claim may hold at any time, so Bob's denial does meet it as a stance.
    expect(corpus.contradictions().map((c) => c.kind)).toEqual(['stance']);
  });
});

describe('explicit', () => {
  it('a claim recorded as contradicting another, reported once even when both say so', () => {
    const corpus = corpusOf(
      [
        claim('x', { text: 'No NATO state attends.', contradicts: ['y'], note: 'Slovakia is in NATO.' }),
        claim('y', { text: 'Slovakia attends.', subject: 'cat', contradicts: ['x'] }),
      ],
      [says('x'), says('y', { source: 's2' })],
    );
    const found = corpus.contradictions();
    expect(found.map(brief)).toEqual([{ kind: 'explicit', strength: 'strong', a: 'ann:x', b: 'ann:y' }]);
    expect(found[0]?.explanation).toBe(
      'The corpus records that the claim that no NATO state attends (Ann Lee (in First story, 2025-03-01)) contradicts the claim that Slovakia attends (Ann Lee (in Second story, 2025-03-02)).',
    );
    expect(found[0]?.note).toBe('Slovakia is in NATO.');
  });

  it('a hedged side makes it weak; a claim nobody states is skipped', () => {
    const corpus = corpusOf(
      [claim('x', { contradicts: ['y', 'z'] }), claim('y', { subject: 'cat' }), claim('z', { subject: 'bob' })],
      [says('x'), says('y', { factuality: 'possible' })],
    );
    expect(corpus.contradictions().map(brief)).toEqual([
      { kind: 'explicit', strength: 'weak', a: 'ann:x', b: 'ann:y' },
    ]);
    expect(corpus.contradictions({ strongOnly: true })).toEqual([]);
    expect(corpus.contradictions({ kinds: ['stance', 'value'] })).toEqual([]);
  });
});
