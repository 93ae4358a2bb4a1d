import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { loadCase } from './rule-tester.js';
import { world } from './world.js';

describe('the base world the rule tests start from', () => {
  it('loads and passes every rule', async () => {
    const { corpus } = await loadCase({ records: world() });
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.attributions.map((a) => a.id)).toEqual(['a-matsuno-ready']);
    expect(check(corpus)).toEqual([]);
  });

  it('puts each record on its own line, so tests can point at it', async () => {
    const { corpus, lines } = await loadCase({ records: world() });
    expect(lines.get('attribution:a-matsuno-ready')).toBe(12);
    expect(corpus.origin('attribution', 'a-matsuno-ready')?.locate()?.line).toBe(12);
  });
});
