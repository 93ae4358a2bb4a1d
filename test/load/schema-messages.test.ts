import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../src/index.js';

const source = { id: 's', kind: 'article', title: 'T', text: 'He said it was fine.' };
const attribution = (changes: Record<string, unknown>) => ({
  id: 'a',
  claim: 'c',
  source: 's',
  speaker: 'p',
  mode: 'direct-quote',
  quotes: [{ text: 'it was fine', start: 8, end: 19 }],
  ...changes,
});

function messages(attributions: unknown[], sources: unknown[] = [source]): string[] {
  return createCorpus({ sources, attributions }).diagnostics.map((d) => d.message);
}

describe("the loader's own wording for schema problems", () => {
  it('names bounds in words, not in zod’s', () => {
    expect(messages([attribution({ quotes: [{ text: 'it was fine', start: -1, end: 10 }] })])).toEqual([
      'Attribution "a" has a bad field "quotes[0].start": it must be 0 or more. It was not loaded.',
    ]);
    expect(messages([attribution({ quotes: [] })])).toEqual([
      'Attribution "a" has a bad field "quotes": it needs at least 1 item. It was not loaded.',
    ]);
    expect(messages([attribution({ cue: '' })])).toEqual([
      'Attribution "a" has a bad field "cue": it must not be empty. It was not loaded.',
    ]);
    expect(messages([], [{ ...source, url: 'not a url' }])).toEqual([
      'Source "s" has a bad field "url": it must be an absolute URL (https://...). It was not loaded.',
    ]);
  });

  it('never passes zod’s own phrasing through', () => {
    const bad = [
      attribution({ confidence: 2 }),
      attribution({ confidence: -1 }),
      attribution({ quotes: [{ text: '' }] }),
      attribution({ stance: 'maybe' }),
      attribution({ said: '2023-02-30' }),
      attribution({ rating: { label: 'False', value: 9, best: 6, worst: 1 } }),
    ].map((a, i) => ({ ...a, id: `a${i}` }));
    const found = messages(bad);
    expect(found).toHaveLength(bad.length);
    for (const message of found) expect(message).not.toMatch(/Too (small|big)|Invalid (input|option)|expected \w+ to/);
  });

  it('suggests the slug for an id that is not one', () => {
    const { diagnostics } = createCorpus({
      actors: [{ id: 'Sunarto', kind: 'person', name: 'Sunarto' }],
      attributions: [attribution({ speaker: 'Hirokazu_Matsuno' })],
    });
    expect(diagnostics.map((d) => [d.path?.join('.'), d.suggestion])).toEqual([
      ['actors.0.id', 'sunarto'],
      ['attributions.0.speaker', 'hirokazu-matsuno'],
    ]);
    expect(diagnostics[0]?.message).toContain('write it as "sunarto"');
  });
});
