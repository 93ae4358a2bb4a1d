import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual } from '../../src/internal/deep-equal.js';
import { sha256, toBase64 } from '../../src/internal/sha256.js';

// The core's own replacements for node:crypto and node:util agree with Node's.
describe('sha256 and toBase64', () => {
  const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

  it('hash the empty text and block-boundary lengths as Node does', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = 'é'.repeat(length);
      expect(toBase64(sha256(text))).toBe(node(text));
    }
  });

  it('hash any text as Node does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => toBase64(sha256(text)) === node(text)),
    );
  });

  it('encode any bytes as Buffer does', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 50 }),
        (bytes) => toBase64(bytes) === Buffer.from(bytes).toString('base64'),
      ),
    );
  });
});

describe('deepEqual', () => {
  it('agrees with util.isDeepStrictEqual on JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => deepEqual(a, b) === isDeepStrictEqual(a, b)));
    fc.assert(fc.property(fc.jsonValue(), (a) => deepEqual(a, structuredClone(a))));
  });

  it('tells a missing key from one holding undefined', () => {
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual([1, [2, { c: 'x' }]], [1, [2, { c: 'x' }]])).toBe(true);
  });
});
