import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecords } from '../../src/cache/codec.js';

const roundTrip = (records: unknown[], blockSize?: number) => {
  const out: unknown[] = [];
  decodeRecords(encodeRecords(records, blockSize ? { blockSize } : {}), (r) => out.push(r));
  return out;
};

describe('the cache codec', () => {
  it('gives back any JSON data it was given (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.integer({ min: 1, max: 50 }), (records, blockSize) => {
        expect(roundTrip(records, blockSize)).toEqual(records);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps key order, undefined values, -0, large and negative numbers, and strings of every script', () => {
    const records = [
      { b: 1, a: undefined, c: -0, d: 2 ** 40, e: -5, f: 0.5, g: 'Budánov “quoted” 日本', h: [] },
      { __proto__: null, x: [{ y: ['a', 'b'] }, [1, 'two', null, true, false]] },
    ];
    const [first, second] = roundTrip(records) as Record<string, unknown>[];
    expect(Object.keys(first ?? {})).toEqual(['b', 'a', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect('a' in (first ?? {})).toBe(true);
    expect(Object.is(first?.c, -0)).toBe(true);
    expect(first).toEqual(records[0]);
    expect(second).toEqual({ x: [{ y: ['a', 'b'] }, [1, 'two', null, true, false]] });
  });

  it('stores a "__proto__" key as an own property, never as the prototype', () => {
    const record = JSON.parse('{"__proto__": {"polluted": true}, "id": "a"}');
    const [back] = roundTrip([record]) as Record<string, unknown>[];
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back ?? {}, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores each distinct string once', () => {
    const encoded = encodeRecords([
      { a: 'same', b: 'same' },
      { a: 'same', b: 'other' },
    ]);
    expect(encoded.lengths.length).toBe(2);
    expect(encoded.shapes).toHaveLength(1);
  });

  it('refuses values that are not data', () => {
    expect(() => encodeRecords([{ f: () => 1 }])).toThrow('cannot store a value of type function');
  });

  it('notices damaged data instead of returning wrong records', () => {
    const encoded = encodeRecords([{ a: 'x' }]);
    expect(() => decodeRecords({ ...encoded, tags: Uint8Array.of(42) }, () => {})).toThrow('damaged');
    expect(() => decodeRecords({ ...encoded, count: 2 }, () => {})).toThrow();
  });
});
