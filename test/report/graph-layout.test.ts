import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LayoutEdge, type LayoutNode, layeredLayout } from '../../src/report/graph-layout.js';

/** A random citation graph: documents d0..dn citing only later ones (no cycle), each quoting speakers. */
const acyclic = fc
  .record({ docs: fc.integer({ min: 1, max: 8 }), speakers: fc.integer({ min: 0, max: 6 }) })
  .chain(({ docs, speakers }) =>
    fc.record({
      docs: fc.constant(docs),
      speakers: fc.constant(speakers),
      cites: fc.array(fc.tuple(fc.nat({ max: docs - 1 }), fc.nat({ max: docs - 1 })), { maxLength: 12 }),
      quotes:
        speakers === 0
          ? fc.constant([] as [number, number][])
          : fc.array(fc.tuple(fc.nat({ max: docs - 1 }), fc.nat({ max: speakers - 1 })), { maxLength: 12 }),
    }),
  )
  .map(({ docs, speakers, cites, quotes }) => {
    const nodes: LayoutNode[] = [
      ...Array.from({ length: docs }, (_, i) => ({ id: `d${i}`, last: false })),
      ...Array.from({ length: speakers }, (_, i) => ({ id: `s${i}`, last: true })),
    ];
    const edges: LayoutEdge[] = [
      ...cites.filter(([a, b]) => a < b).map(([a, b]) => ({ from: `d${a}`, to: `d${b}` })),
      ...quotes.map(([a, s]) => ({ from: `d${a}`, to: `s${s}` })),
    ];
    return { nodes, edges };
  });

describe('layeredLayout', () => {
  it('puts every edge left to right, through one waypoint per skipped column, speakers last', () => {
    fc.assert(
      fc.property(acyclic, ({ nodes, edges }) => {
        const layout = layeredLayout(nodes, edges);
        const at = (id: string) => layout.nodes.get(id)?.layer as number;
        const lastColumn = layout.layers.length - 1;
        for (const n of nodes) {
          expect(layout.nodes.get(n.id)?.dummy).toBe(false);
          if (n.last) expect(at(n.id)).toBe(lastColumn);
          else if (nodes.some((m) => m.last)) expect(at(n.id)).toBeLessThan(lastColumn);
        }
        edges.forEach((e, i) => {
          const route = [e.from, ...(layout.routes[i] ?? []), e.to];
          route.forEach((id, k) => {
            if (k > 0) expect(at(id)).toBe(at(route[k - 1] as string) + 1);
          });
          for (const w of layout.routes[i] ?? []) expect(layout.nodes.get(w)?.dummy).toBe(true);
        });
        for (const layer of layout.layers) {
          expect(layer.map((id) => layout.nodes.get(id)?.row)).toEqual(layer.map((_, r) => r));
        }
        expect(layeredLayout(nodes, edges)).toEqual(layout);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('puts a document one column after the deepest one that cites it', () => {
    const layout = layeredLayout(
      ['article', 'wire', 'statement', 'speaker'].map((id) => ({ id, last: id === 'speaker' })),
      [
        { from: 'article', to: 'statement' },
        { from: 'article', to: 'wire' },
        { from: 'wire', to: 'statement' },
        { from: 'statement', to: 'speaker' },
        { from: 'article', to: 'speaker' },
      ],
    );
    expect(layout.layers.map((l) => l.filter((id) => !layout.nodes.get(id)?.dummy))).toEqual([
      ['article'],
      ['wire'],
      ['statement'],
      ['speaker'],
    ]);
    expect(layout.routes[0]).toEqual(['article>statement@1']);
    expect(layout.routes[4]).toEqual(['article>speaker@1', 'article>speaker@2']);
  });

  it('survives a document that cites itself through another', () => {
    const layout = layeredLayout(
      [
        { id: 'a', last: false },
        { id: 'b', last: false },
        { id: 'x', last: true },
      ],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
        { from: 'a', to: 'a' },
        { from: 'b', to: 'x' },
      ],
    );
    expect(layout.nodes.get('x')?.layer).toBe(layout.layers.length - 1);
    expect(layout.layers.length).toBeLessThanOrEqual(4);
  });
});
