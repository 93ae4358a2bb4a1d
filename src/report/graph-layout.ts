/** A node to lay out: its id and whether it belongs in the last column (speakers). */
export interface LayoutNode {
  readonly id: string;
  readonly last: boolean;
}

/** An edge between two node ids. */
export interface LayoutEdge {
  readonly from: string;
  readonly to: string;
}

/** Where a node went: its column and its row within the column. */
export interface Placed {
  readonly id: string;
  readonly layer: number;
  readonly row: number;
  /** A waypoint of an edge that skips columns, not a node of the graph. */
  readonly dummy: boolean;
}

/** The result of {@link layeredLayout}. */
export interface Layout {
  readonly nodes: ReadonlyMap<string, Placed>;
  /** Node ids by column, top to bottom, waypoints included. */
  readonly layers: readonly (readonly string[])[];
  /** For each edge (by its index in the input), the waypoints it passes through, in order. */
  readonly routes: readonly (readonly string[])[];
}

/**
 * Longest-path layering: a node with no incoming edge from a non-last node sits in column 0, every
 * other one column after its deepest predecessor. A cycle (a document citing itself through
 * others) cannot push columns forever: no node goes deeper than the number of nodes.
 */
function depths(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, number> {
  const inner = new Set(nodes.filter((n) => !n.last).map((n) => n.id));
  const depth = new Map([...inner].map((id) => [id, 0]));
  const innerEdges = edges.filter((e) => inner.has(e.from) && inner.has(e.to) && e.from !== e.to);
  for (let round = 0; round < inner.size; round++) {
    let changed = false;
    for (const e of innerEdges) {
      const next = (depth.get(e.from) as number) + 1;
      if (next > (depth.get(e.to) as number) && next < inner.size) {
        depth.set(e.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return depth;
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Mean row of a node's neighbours, or undefined when it has none. */
function barycenter(neighbours: readonly string[] | undefined, row: ReadonlyMap<string, number>): number | undefined {
  const rows = (neighbours ?? []).map((n) => row.get(n)).filter((r) => r !== undefined);
  return rows.length === 0 ? undefined : rows.reduce((s, r) => s + r, 0) / rows.length;
}

/**
 * A simple layered (Sugiyama-style) layout: columns by citation depth, the `last` nodes in a
 * column of their own at the end, a waypoint in every column an edge skips (so that long edges
 * run between the boxes instead of through them), and rows ordered by a few sweeps of the
 * barycentre heuristic so that edges cross less. Deterministic: ties keep the input order.
 *
 * @param nodes - the nodes, in a stable order (first appearance)
 * @param edges - directed edges
 * @returns each node's column and row, and the waypoints of each edge
 *
 * @example
 * layeredLayout([{ id: 'a', last: false }, { id: 'b', last: false }, { id: 'x', last: true }],
 *   [{ from: 'a', to: 'b' }, { from: 'a', to: 'x' }]).layers
 * //=> [['a'], ['b', 'a>x@1'], ['x']]
 */
export function layeredLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Layout {
  const depth = depths(nodes, edges);
  const lastLayer = depth.size === 0 ? 0 : Math.max(...depth.values()) + 1;
  const layerOf = new Map(nodes.map((n) => [n.id, n.last ? lastLayer : (depth.get(n.id) as number)]));
  const layers: string[][] = Array.from({ length: lastLayer + 1 }, () => []);
  for (const n of nodes) layers[layerOf.get(n.id) as number]?.push(n.id);
  const dummies = new Set<string>();
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  const seen = new Map<string, string[]>();
  const routes = edges.map((e) => {
    const from = layerOf.get(e.from);
    const to = layerOf.get(e.to);
    if (from === undefined || to === undefined || e.from === e.to) return [];
    // The same edge given twice follows the same waypoints.
    const same = seen.get(`${e.from}>${e.to}`);
    if (same) return same;
    const waypoints: string[] = [];
    for (let k = from + 1; k < to; k++) {
      const id = `${e.from}>${e.to}@${k}`;
      dummies.add(id);
      layers[k]?.push(id);
      waypoints.push(id);
    }
    const path = [e.from, ...waypoints, e.to];
    for (let i = 0; i + 1 < path.length; i++) {
      push(succs, path[i] as string, path[i + 1] as string);
      push(preds, path[i + 1] as string, path[i] as string);
    }
    seen.set(`${e.from}>${e.to}`, waypoints);
    return waypoints;
  });
  const reorder = (layer: string[], neighbours: Map<string, string[]>) => {
    const row = new Map(layers.flatMap((l) => l.map((id, i) => [id, i] as const)));
    const keyed = layer.map((id, i) => ({ id, key: barycenter(neighbours.get(id), row) ?? i, i }));
    keyed.sort((a, b) => a.key - b.key || a.i - b.i);
    layer.splice(0, layer.length, ...keyed.map((k) => k.id));
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let k = 1; k < layers.length; k++) reorder(layers[k] as string[], preds);
    for (let k = layers.length - 2; k >= 0; k--) reorder(layers[k] as string[], succs);
  }
  const kept = layers.filter((l) => l.length > 0);
  const placed = new Map<string, Placed>();
  kept.forEach((layer, k) => {
    layer.forEach((id, row) => {
      placed.set(id, { id, layer: k, row, dummy: dummies.has(id) });
    });
  });
  return { nodes: placed, layers: kept, routes };
}
