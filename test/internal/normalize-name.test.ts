/**
 * normalizeName takes a one-pass path for ASCII input (most source texts): it must give what the
 * general path (NFKD, marks removed, lowercased, split into words) gives for the same words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/internal/normalize-name.js';

const arbAscii = fc.string({
  unit: fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)),
  maxLength: 80,
});

describe('normalizeName on ASCII', () => {
  it('agrees with the general path', () => {
    fc.assert(
      fc.property(arbAscii, (text) => {
        // An em dash splits words and sends the text down the general path without adding any.
        expect(normalizeName(text)).toBe(normalizeName(`${text} —`));
      }),
      { numRuns: 2000 },
    );
  });

  it('is lowercase letters and digits, apostrophes dropped, words between single spaces', () => {
    fc.assert(
      fc.property(arbAscii, (text) => {
        const words = text
          .toLowerCase()
          .replace(/['`]/g, '')
          .split(/[^a-z0-9]+/)
          .filter((word) => word !== '');
        expect(normalizeName(text)).toBe(words.join(' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps working on texts longer than its buffer', () => {
    const long = 'Kim  Jong-UN’s '.replace('’', "'").repeat(5000);
    expect(normalizeName(long)).toBe('kim jong uns '.repeat(5000).trim());
    expect(normalizeName('Kim Jong-un')).toBe('kim jong un');
  });
});
