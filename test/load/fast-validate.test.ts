import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/generate/generate-corpus.js';
import { validateRecordFast } from '../../src/load/fast-validate.js';
import type { Origin } from '../../src/load/origin.js';
import { validateRecord } from '../../src/load/validate-record.js';
import type { EntityType } from '../../src/model/diagnostic.js';

const origin: Origin = { file: 'f.jsonl', path: [], locate: () => ({ line: 1, column: 1 }) };
const sample = generateCorpus({ attributions: 300, seed: 21 });
const pools: Record<EntityType, unknown[]> = {
  actor: sample.actors,
  source: sample.sources,
  claim: sample.claims,
  attribution: sample.attributions,
};

/** A record with one field replaced, removed or nested value changed: valid or not. */
const mutated = fc
  .tuple(
    fc.constantFrom<EntityType>('actor', 'source', 'claim', 'attribution'),
    fc.nat(),
    fc.nat(),
    fc.oneof(
      fc.constant<'delete'>('delete'),
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        '',
        '2023-02-29',
        '2024-02-29',
        '0999',
        'x',
        'kim-jong-un',
        'Kim',
        -1,
        0,
        1.5,
        2024,
        null,
        [],
        {},
      ),
    ),
  )
  .map(([type, pick, field, change]) => {
    const pool = pools[type];
    const record = structuredClone(pool[pick % pool.length]) as Record<string, unknown>;
    const keys = [...Object.keys(record), 'extra', 'quotes', 'said', 'when', 'url'];
    const key = keys[field % keys.length] as string;
    if (change === 'delete') delete record[key];
    else record[key] = change;
    return { type, record };
  });

describe('validateRecordFast', () => {
  it('gives exactly what validateRecord gives, for valid and broken records alike', () => {
    fc.assert(
      fc.property(mutated, ({ type, record }) => {
        expect(validateRecordFast(type, record, origin)).toEqual(validateRecord(type, record, origin));
      }),
      { numRuns: 600 },
    );
  });

  it('accepts every generated record with the schema defaults filled in', () => {
    for (const [type, pool] of Object.entries(pools) as [EntityType, unknown[]][]) {
      for (const record of pool) {
        const fast = validateRecordFast(type, record, origin);
        expect(fast.diagnostics).toEqual([]);
        expect(fast.record).toEqual(validateRecord(type, record, origin).record);
      }
    }
  });
});
