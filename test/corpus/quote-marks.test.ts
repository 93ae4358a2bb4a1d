import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from './quote-marks.js';

const texts = (s: string) => findQuoteMarks(s).pairs.map((p) => p.text);

describe('findQuoteMarks', () => {
  it('pairs curly double marks and gives the offsets of the text between them', () => {
    const s = 'Japan said “without preconditions,” two days after.';
    const { pairs, unbalanced } = findQuoteMarks(s);
    expect(pairs).toEqual([{ open: 11, close: 34, start: 12, end: 34, text: 'without preconditions,' }]);
    expect(s.slice(12, 34)).toBe('without preconditions,');
    expect(unbalanced).toEqual([]);
  });

  it('tells apostrophes from closing single marks', () => {
    expect(findQuoteMarks('Kim’s trip; Kim hasn’t attended; the leaders’ plans.')).toEqual({
      pairs: [],
      unbalanced: [],
    });
    expect(texts('the people of ‘Greater Russia’ in Ukraine')).toEqual(['Greater Russia']);
    // a closing mark after a plural s closes an open single quote, and is an apostrophe otherwise
    expect(texts('a ‘win for the leaders’ at home')).toEqual(['win for the leaders']);
    expect(texts('the ‘Greater Russia’ of the leaders’ dreams')).toEqual(['Greater Russia']);
    expect(texts('Kim’s ‘Greater Russia’ and Putin’s')).toEqual(['Greater Russia']);
  });

  it('pairs straight double marks by position and ignores straight apostrophes', () => {
    const s = 'stating that "Japan is determined."\nMoscow called it "complete nonsense" and Russia\'s ties "normal".';
    expect(texts(s)).toEqual(['Japan is determined.', 'complete nonsense', 'normal']);
    expect(findQuoteMarks(s).unbalanced).toEqual([]);
  });

  it('pairs straight single marks used as quotes', () => {
    expect(texts("the 'Greater Russia' of Kim's speech")).toEqual(['Greater Russia']);
  });

  it('does not take an elision such as ‘90s for an opening mark', () => {
    expect(findQuoteMarks('since the ‘90s, he said “yes”')).toEqual({
      pairs: [{ open: 24, close: 28, start: 25, end: 28, text: 'yes' }],
      unbalanced: [],
    });
  });

  it('reports the unbalanced marks of article 001: two opening marks and one closing mark', () => {
    const s =
      '“Prime Minister Kishida has expressed his determination to meet Kim Jong Un in person “at any time and without prior conditions,” the Japanese government spokesman said.';
    const { pairs, unbalanced } = findQuoteMarks(s);
    expect(pairs.map((p) => p.text)).toEqual(['at any time and without prior conditions,']);
    expect(unbalanced).toEqual([{ at: 0, mark: '“', kind: 'open' }]);
  });

  it('reports a closing mark with no opening mark, and an opening mark never closed', () => {
    expect(findQuoteMarks('he said yes” and then “no')).toEqual({
      pairs: [],
      unbalanced: [
        { at: 11, mark: '”', kind: 'close' },
        { at: 22, mark: '“', kind: 'open' },
      ],
    });
  });

  it('lists pairs in the order of their opening marks, nested ones after the outer one', () => {
    expect(texts('“He said ‘no’ twice,” she wrote, “then left.”')).toEqual(['He said ‘no’ twice,', 'no', 'then left.']);
  });

  it('finds any text without marks when it is put between curly marks', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '.', '\n', 'é', '—', '(', ')') });
    fc.assert(
      fc.property(
        plain,
        plain,
        fc.string({ minLength: 1, unit: fc.constantFrom('x', 'y', ' ', ',') }),
        (before, after, quoted) => {
          const s = `${before}“${quoted}”${after}`;
          const { pairs, unbalanced } = findQuoteMarks(s);
          expect(unbalanced).toEqual([]);
          expect(pairs).toHaveLength(1);
          const [pair] = pairs;
          expect(pair?.text).toBe(quoted);
          expect(s.slice(pair?.start, pair?.end)).toBe(quoted);
        },
      ),
    );
  });

  it('never reports more marks than the text holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '“', '”', '‘', '’', '"', "'", '.') }), (s) => {
        const { pairs, unbalanced } = findQuoteMarks(s);
        const marks = [...s].filter((c) => '“”‘’"\''.includes(c)).length;
        expect(pairs.length * 2 + unbalanced.length).toBeLessThanOrEqual(marks);
        for (const p of pairs) expect(s.slice(p.start, p.end)).toBe(p.text);
      }),
    );
  });
});
