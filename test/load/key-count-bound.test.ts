import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDuplicateKeys } from '../../src/load/json-syntax.js';
import { countKeysWithin, keyCountBound, MAX_NESTING } from '../../src/load/nesting.js';
import { parseJsonlLine } from '../../src/load/parse-jsonl.js';

/** JSON text of a value, with white space from `spaces` before every colon and after every comma. */
function spaced(value: unknown, spaces: readonly string[]): string {
  let i = 0;
  const space = () => spaces[i++ % spaces.length] ?? '';
  const render = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(render).join(`,${space()}`)}]`;
    if (v !== null && typeof v === 'object')
      return `{${Object.entries(v)
        .map(([k, x]) => `${JSON.stringify(k)}${space()}:${render(x)}`)
        .join(`,${space()}`)}}`;
    return JSON.stringify(v);
  };
  return render(value);
}
const whitespace = fc.array(fc.constantFrom('', ' ', '\t', '  '), { minLength: 1, maxLength: 5 });
const objects = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });

describe('the cheap duplicate-key check', () => {
  it('never counts fewer keys than the text holds, so it cannot hide a duplicate', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), whitespace, (value, spaces) => {
        const text = spaced(value, spaces);
        expect(keyCountBound(text)).toBeGreaterThanOrEqual(countKeysWithin(JSON.parse(text), MAX_NESTING));
      }),
      { numRuns: 500 },
    );
  });

  it('lets no line with a key given twice through, wherever the key and the white space are', () => {
    fc.assert(
      fc.property(objects, fc.string({ maxLength: 6 }), whitespace, fc.nat(), (object, key, spaces, at) => {
        const members = Object.entries(object)
          .filter(([k]) => k !== key)
          .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
        members.splice(at % (members.length + 1), 0, `${JSON.stringify(key)}${spaces[0]}: 1`);
        members.push(`${JSON.stringify(key)}${spaces.at(-1)} :2`);
        const text = `{${members.join(`,${spaces[1 % spaces.length]}`)}}`;
        const result = parseJsonlLine(text, 7, 'actors.jsonl', 'actor');
        expect(result && 'diagnostic' in result ? result.diagnostic.path : undefined).toEqual([key]);
        expect(jsonDuplicateKeys(text)).toEqual([expect.objectContaining({ path: [], key })]);
      }),
      { numRuns: 500 },
    );
  });
});
