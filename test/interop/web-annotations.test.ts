import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffset, utf16Offset } from '../../src/interop/internal/code-points.js';
import { toWebAnnotations } from '../../src/interop/to-web-annotations.js';
import { corpusOf } from './helpers/corpus.js';
import { expand } from './helpers/expand.js';

describe('UTF-16 offsets to code points', () => {
  it('counts a character outside the BMP once', () => {
    const text = 'a😀b𝒳c';
    expect(text.length).toBe(7);
    expect([0, 1, 3, 4, 6, 7].map((o) => codePointOffset(text, o))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((p) => utf16Offset(text, p))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('counts a lone surrogate as one code point, like the string iterator', () => {
    expect(codePointOffset('\ud83dx', 2)).toBe(2);
    expect(codePointOffset('😀', 1)).toBe(1);
  });

  it('agrees with the string iterator on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        expect(codePointOffset(text, offset)).toBe([...text.slice(0, offset)].length);
      }),
    );
  });

  it('slices the same words by code points as by UTF-16 offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 3 }), { maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (parts, i, j) => {
          // Offsets at boundaries between the generated pieces never split a surrogate pair.
          const text = parts.join('');
          const bounds = [0];
          for (const p of parts) bounds.push((bounds[bounds.length - 1] as number) + p.length);
          const [a, b] = [bounds[i % bounds.length] as number, bounds[j % bounds.length] as number].sort(
            (x, y) => x - y,
          );
          const points = [...text];
          expect(points.slice(codePointOffset(text, a as number), codePointOffset(text, b as number)).join('')).toBe(
            text.slice(a, b),
          );
          expect(utf16Offset(text, codePointOffset(text, a as number))).toBe(a);
        },
      ),
    );
  });
});

const TEXT = 'Seoul 😀 — Kim said “we are ready 🚀 now” on Friday. Later Kim said “we are ready 🚀 now” again.';

function attribution(id: string, quote: Record<string, unknown>) {
  return { id, claim: 'c1', source: 's1', speaker: 'kim', mode: 'direct-quote', quotes: [quote] };
}

describe('toWebAnnotations on a hand-made corpus', () => {
  const quote = 'we are ready 🚀 now';
  const first = TEXT.indexOf(quote);
  const second = TEXT.indexOf(quote, first + 1);

  async function annotate(attributions: unknown[], text: string | undefined = TEXT) {
    const corpus = await corpusOf({
      actors: [{ id: 'kim', kind: 'person', name: 'Kim Jong Un' }],
      sources: [{ id: 's1', kind: 'article', title: 'T', url: 'https://example.com/a', ...(text ? { text } : {}) }],
      claims: [
        { id: 'c1', text: 'Kim is ready.', subject: 'kim', predicate: 'is', object: { type: 'text', value: 'ready' } },
      ],
      attributions,
    });
    expect(corpus.diagnostics).toEqual([]);
    return toWebAnnotations(corpus);
  }

  it('converts UTF-16 anchors to code point positions', async () => {
    const doc = await annotate([attribution('a1', { text: quote, start: second, end: second + quote.length })]);
    const [annotation] = doc.first.items;
    expect(annotation?.target.source).toBe('https://example.com/a');
    const [selector, position] = annotation?.target.selector ?? [];
    // Two astral characters before the second occurrence (😀 and the 🚀 of the first), one inside it.
    expect(position).toEqual({ type: 'TextPositionSelector', start: second - 2, end: second - 2 + [...quote].length });
    expect([...TEXT].slice(second - 2, second - 2 + [...quote].length).join('')).toBe(quote);
    expect(selector).toEqual({
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: TEXT.slice(second - 32, second),
      suffix: TEXT.slice(second + quote.length, second + quote.length + 32),
    });
    const expanded = await expand(doc);
    expect(JSON.stringify(expanded)).toContain('"@value":' + String(second - 2));
  });

  it('keeps a recorded prefix and suffix that match the text', async () => {
    const doc = await annotate([
      attribution('a1', { text: quote, start: first, end: first + quote.length, prefix: 'said “', suffix: '” on' }),
    ]);
    expect(doc.first.items[0]?.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: 'said “',
      suffix: '” on',
    });
  });

  it('gives no position for words that occur twice without an anchor, but still quotes them', async () => {
    const doc = await annotate([attribution('a1', { text: quote })]);
    expect(doc.first.items[0]?.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: quote }]);
  });

  it('places unanchored words that occur once', async () => {
    const doc = await annotate([attribution('a1', { text: 'on Friday' })]);
    const at = TEXT.indexOf('on Friday');
    expect(doc.first.items[0]?.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: at - 2,
      end: at - 2 + 9,
    });
  });

  it('quotes without positions when the source has no text', async () => {
    const doc = await annotate([attribution('a1', { text: quote, start: 3, end: 22, prefix: 'x' })], undefined);
    expect(doc.first.items[0]?.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: quote, prefix: 'x' }]);
  });

  it('annotates each fragment of a broken quotation, and skips summaries', async () => {
    const doc = await annotate([
      { ...attribution('a1', { text: 'we are ready' }), quotes: [{ text: 'Seoul' }, { text: 'again' }] },
      { id: 'a2', claim: 'c1', source: 's1', speaker: 'kim', mode: 'summary' },
    ]);
    expect(doc.first.items.map((a) => a.id)).toEqual([
      'urn:claimtrail:attribution:a1#quote-1',
      'urn:claimtrail:attribution:a1#quote-2',
    ]);
    expect(doc.first.items[0]?.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'identifying',
      value: 'Kim Jong Un',
      format: 'text/plain',
    });
  });
});
