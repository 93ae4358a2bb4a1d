import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightText } from '../../src/report/highlight-text.js';
import type { Passage } from '../../src/report/passages.js';

const BREAK = /[^\S\n]*\n\s*/g;

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

interface Walk {
  paragraphs: string[];
  /** Text inside each passage's marks, by anchor. */
  covered: Map<string, string>;
  primaries: Map<string, number>;
}

/** Walks the HTML as a tiny parser would, failing on any tag that is not properly nested. */
function walk(html: string): Walk {
  const tokens = html.match(/<[^>]+>|[^<]+/g) ?? [];
  const stack: { tag: string; anchor?: string }[] = [];
  const out: Walk = { paragraphs: [], covered: new Map(), primaries: new Map() };
  for (const token of tokens) {
    if (token === '<p>') {
      expect(stack).toEqual([]);
      stack.push({ tag: 'p' });
      out.paragraphs.push('');
    } else if (token === '</p>') {
      expect(stack.map((s) => s.tag)).toEqual(['p']);
      stack.pop();
    } else if (token.startsWith('<mark')) {
      expect(stack[0]?.tag).toBe('p');
      const id = /\sid="([^"]+)"/.exec(token)?.[1];
      const anchor = id ?? /data-passage="([^"]+)"/.exec(token)?.[1];
      expect(anchor).toBeDefined();
      if (id) out.primaries.set(id, (out.primaries.get(id) ?? 0) + 1);
      stack.push({ tag: 'mark', anchor: anchor as string });
    } else if (token === '</mark>') {
      expect(stack[stack.length - 1]?.tag).toBe('mark');
      stack.pop();
    } else {
      expect(token).not.toMatch(/[<>"']/);
      const text = decodeEntities(token);
      expect(stack[0]?.tag).toBe('p');
      out.paragraphs[out.paragraphs.length - 1] += text;
      for (const s of stack) if (s.anchor) out.covered.set(s.anchor, (out.covered.get(s.anchor) ?? '') + text);
    }
  }
  expect(stack).toEqual([]);
  return out;
}

/** Which characters of the text are paragraph-break whitespace, which the HTML leaves out. */
function breakMask(text: string): boolean[] {
  const mask = Array.from({ length: text.length }, () => false);
  for (const m of text.matchAll(BREAK)) for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  return mask;
}

const look = (p: Passage) => ({ className: 'hl-direct', describedBy: `tip-${p.anchor}` });

describe('highlightText', () => {
  it('keeps every character, nests marks properly, and marks each passage once with the focusable id', () => {
    const textArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '<', '&', '"', "'", '’'), maxLength: 60 });
    const caseArb = textArb
      .filter((t) => t.length > 0)
      .chain((text) =>
        fc.record({
          text: fc.constant(text),
          ranges: fc.array(
            fc
              .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: text.length }))
              .map(([a, len]) => [a, Math.min(text.length, a + len)] as const),
            { maxLength: 6 },
          ),
        }),
      );
    fc.assert(
      fc.property(caseArb, ({ text, ranges }) => {
        const passages: Passage[] = ranges.map(([start, end], i) => ({
          anchor: `q-${i}`,
          start,
          end,
          refs: [],
          moved: false,
        }));
        const html = highlightText(text, passages, look);
        const result = walk(html);
        expect(result.paragraphs).toEqual(text.split(BREAK).filter((p) => p !== ''));
        const mask = breakMask(text);
        for (const p of passages) {
          const visible = [...text.slice(p.start, p.end)].filter((_, k) => !mask[p.start + k]).join('');
          expect(result.covered.get(p.anchor) ?? '').toBe(visible);
          expect(result.primaries.get(p.anchor) ?? 0).toBe(visible === '' ? 0 : 1);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('splits a passage that crosses another into a focusable first part and a continuation', () => {
    const html = highlightText(
      'one two three',
      [
        { anchor: 'q-a-0', start: 0, end: 7, refs: [], moved: false },
        { anchor: 'q-b-0', start: 4, end: 13, refs: [], moved: false },
      ],
      look,
    );
    expect(html).toBe(
      '<p><mark class="hl hl-direct" id="q-a-0" tabindex="0" aria-describedby="tip-q-a-0" data-tip="tip-q-a-0" data-refs="">one ' +
        '<mark class="hl hl-direct" id="q-b-0" tabindex="0" aria-describedby="tip-q-b-0" data-tip="tip-q-b-0" data-refs="">two</mark></mark>' +
        '<mark class="hl hl-direct hl-cont" data-passage="q-b-0" data-tip="tip-q-b-0"> three</mark></p>',
    );
  });

  it('carries a quote across a paragraph break as two marks, one of them focusable', () => {
    const html = highlightText(
      'He said “yes.\n\nAnd no.” Then left.',
      [{ anchor: 'q-x-0', start: 9, end: 22, refs: [], moved: false }],
      look,
    );
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toContain('id="q-x-0"');
    expect(html).toContain(
      '<p><mark class="hl hl-direct hl-cont" data-passage="q-x-0" data-tip="tip-q-x-0">And no.</mark>',
    );
  });
});
