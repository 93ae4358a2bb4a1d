import type { Source } from '../model/source.js';
import { anchors, type ReportContext } from './context.js';
import { escapeHtml } from './escape.js';
import { plural, readableDate } from './format.js';
import { type Layout, type LayoutEdge, type LayoutNode, layeredLayout } from './graph-layout.js';

interface GraphNode extends LayoutNode {
  readonly label: string;
  readonly detail: string;
  readonly kind: string;
  readonly title: string;
  readonly href: string;
  ownVoice: number;
}

interface GraphEdge extends LayoutEdge {
  count: number;
}

/** The attribution graph: documents citing documents citing speakers, with how often. */
export interface AttributionGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

const NODE_WIDTH = 236;
const COLUMN_GAP = 96;
const SOURCE_HEIGHT = 42;
const SPEAKER_HEIGHT = 28;
/** The room an edge that skips a column takes in it. */
const WAYPOINT_HEIGHT = 5;
const ROW_GAP = 9;
const TOP = 40;
const MARGIN = 12;
/** Roughly how wide a character of the bold 13px label font is, to shorten labels that would overflow. */
const LABEL_CHAR = 8;
const DETAIL_CHAR = 6.9;

function shorten(text: string, width: number, charWidth: number): string {
  const max = Math.floor(width / charWidth);
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** `15 Sep 2023`, `Jun 2024`, `2023`: dates short enough for a box. */
function shortDate(date: string): string {
  return readableDate(date).replace(/([A-Z][a-z]{2})[a-z]+/, '$1');
}

function sourceNode(ctx: ReportContext, source: Source): GraphNode {
  const publisher = source.publisher ? ctx.corpus.store.actors.get(source.publisher)?.record.name : undefined;
  const date = source.published ? readableDate(source.published) : 'undated';
  const short = source.published ? shortDate(source.published) : 'undated';
  return {
    id: `s:${source.id}`,
    last: false,
    label: publisher ?? source.title,
    detail: short,
    kind: source.kind,
    title: `${source.title}${publisher ? ` (${publisher})` : ''}, ${date}`,
    href: anchors.source(source.id),
    ownVoice: 0,
  };
}

/**
 * Builds the graph from the chains of every statement, every link of them: documents, speakers
 * who relay the words (boxes of their own, in the middle columns) and speakers. A statement in a
 * source's own voice adds no edge (the outlet is not citing anyone); it is counted on the source's
 * node instead.
 *
 * @param ctx - the report context
 * @returns nodes in order of first appearance, and edges with the number of statements along them
 *
 * @example
 * attributionGraph(ctx).edges.find((e) => e.to === 'a:hong-lei')
 * //=> { from: 's:mtt.hong-lei-press-conference', to: 'a:hong-lei', count: 5 }
 */
export function attributionGraph(ctx: ReportContext): AttributionGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const record of ctx.records.values()) {
    const ids: string[] = [];
    const speakerAt = record.chain.length - 1;
    for (const [position, link] of record.chain.entries()) {
      if (link.type === 'source') {
        const id = `s:${link.source.id}`;
        if (!nodes.has(id)) nodes.set(id, sourceNode(ctx, link.source));
        ids.push(id);
      } else if (position < speakerAt) {
        // A speaker who relays the words (Matsuno for Kishida): a box of its own in the middle
        // columns, apart from the same person's box as a speaker in the last one.
        const id = `r:${link.actor.id}`;
        if (!nodes.has(id)) {
          nodes.set(id, {
            id,
            last: false,
            label: link.actor.name,
            detail: 'speaker',
            kind: 'relay',
            title: `${link.actor.name}, relaying`,
            href: anchors.actor(link.actor.id),
            ownVoice: 0,
          });
        }
        ids.push(id);
      } else if (record.attribution.mode === 'own-voice') {
        const last = nodes.get(ids[ids.length - 1] as string);
        if (last) last.ownVoice++;
      } else {
        const id = `a:${link.actor.id}`;
        if (!nodes.has(id)) {
          nodes.set(id, {
            id,
            last: true,
            label: link.actor.name,
            detail: '',
            kind: '',
            title: link.actor.name,
            href: anchors.actor(link.actor.id),
            ownVoice: 0,
          });
        }
        ids.push(id);
      }
    }
    for (let i = 0; i + 1 < ids.length; i++) {
      const key = `${ids[i]}>${ids[i + 1]}`;
      const edge = edges.get(key);
      if (edge) edge.count++;
      else edges.set(key, { from: ids[i] as string, to: ids[i + 1] as string, count: 1 });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const COLUMN_TITLES = ['Sources in the corpus', 'Documents they cite', 'Cited at second hand', 'Cited at third hand'];

function columnTitle(k: number, last: boolean): string {
  return last ? 'Speakers' : (COLUMN_TITLES[k] ?? `Cited at ${k} removes`);
}

const columnX = (k: number) => MARGIN + k * (NODE_WIDTH + COLUMN_GAP);

/**
 * Vertical positions: the tallest column is stacked from the top; every other box moves towards
 * the mean height of its neighbours, keeping its order and a gap, so that lines run as straight as
 * they can.
 */
function placeBoxes(
  layout: Layout,
  edges: readonly LayoutEdge[],
  heightOf: (id: string) => number,
  height: number,
): Map<string, { x: number; y: number; h: number }> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  };
  edges.forEach((e, i) => {
    const path = [e.from, ...(layout.routes[i] ?? []), e.to];
    for (let j = 0; j + 1 < path.length; j++) link(path[j] as string, path[j + 1] as string);
  });
  const y = new Map<string, number>();
  for (const layer of layout.layers) {
    let top = TOP;
    for (const id of layer) {
      y.set(id, top);
      top += heightOf(id) + ROW_GAP;
    }
  }
  const bottom = height - MARGIN;
  const columnHeights = layout.layers.map((l) => l.reduce((h, id) => h + heightOf(id) + ROW_GAP, -ROW_GAP));
  const tallest = columnHeights.indexOf(Math.max(...columnHeights));
  for (let round = 0; round < 4; round++) {
    layout.layers.forEach((layer, k) => {
      if (k === tallest) return;
      const want = layer.map((id) => {
        const around = (neighbours.get(id) ?? []).map((n) => (y.get(n) as number) + heightOf(n) / 2);
        const centre = around.length > 0 ? around.reduce((a, b) => a + b, 0) / around.length : (y.get(id) as number);
        return centre - heightOf(id) / 2;
      });
      // Keep the order and the gaps: push down where boxes would overlap, then up from the bottom.
      for (let i = 0; i < layer.length; i++) {
        const prev = i === 0 ? TOP : (want[i - 1] as number) + heightOf(layer[i - 1] as string) + ROW_GAP;
        want[i] = Math.max(want[i] as number, prev);
      }
      for (let i = layer.length - 1; i >= 0; i--) {
        const next = i === layer.length - 1 ? bottom : (want[i + 1] as number) - ROW_GAP;
        want[i] = Math.min(want[i] as number, next - heightOf(layer[i] as string));
      }
      layer.forEach((id, i) => {
        y.set(id, want[i] as number);
      });
    });
  }
  const box = new Map<string, { x: number; y: number; h: number }>();
  layout.layers.forEach((layer, k) => {
    for (const id of layer) box.set(id, { x: columnX(k), y: y.get(id) as number, h: heightOf(id) });
  });
  return box;
}

/**
 * Draws the attribution graph as inline SVG: documents in columns by citation depth, speakers in
 * the last column, edges as curves as thick as the statements along them. Every node links to its
 * part of the report.
 *
 * @param graph - from {@link attributionGraph}
 * @returns HTML: an `<svg>` element
 *
 * @example
 * graphSvg(attributionGraph(ctx)).startsWith('<svg class="graph"')
 * //=> true
 */
export function graphSvg(graph: AttributionGraph): string {
  const layout = layeredLayout(graph.nodes, graph.edges);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const heightOf = (id: string) => {
    const n = byId.get(id);
    return n === undefined ? WAYPOINT_HEIGHT : n.last ? SPEAKER_HEIGHT : SOURCE_HEIGHT;
  };
  const columnHeight = layout.layers.map((layer) => layer.reduce((h, id) => h + heightOf(id) + ROW_GAP, -ROW_GAP));
  const height = Math.ceil(TOP + Math.max(0, ...columnHeight) + MARGIN);
  const width = MARGIN * 2 + layout.layers.length * NODE_WIDTH + (layout.layers.length - 1) * COLUMN_GAP;
  const box = placeBoxes(layout, graph.edges, heightOf, height);
  const titles = layout.layers.map((layer, k) => {
    const last = layer.some((id) => byId.get(id)?.last);
    return `<text class="g-col" x="${columnX(k)}" y="20">${escapeHtml(columnTitle(k, last))}</text>`;
  });
  const n1 = (v: number) => v.toFixed(1).replace(/\.0$/, '');
  const paths = graph.edges.map((e, i) => {
    const points = [e.from, ...(layout.routes[i] ?? []), e.to].map((id) => box.get(id));
    if (points.some((p) => p === undefined)) return '';
    const [first, ...rest] = points as { x: number; y: number; h: number }[];
    if (!first) return '';
    // Leave each box (or waypoint) at its right edge, enter the next at its left edge.
    let d = `M${n1(first.x + NODE_WIDTH)} ${n1(first.y + first.h / 2)}`;
    let from = { x: first.x + NODE_WIDTH, y: first.y + first.h / 2 };
    rest.forEach((p, j) => {
      const last = j === rest.length - 1;
      const to = { x: p.x - (last ? 7 : 0), y: p.y + p.h / 2 };
      const mid = (from.x + to.x) / 2;
      d += ` C${n1(mid)} ${n1(from.y)} ${n1(mid)} ${n1(to.y)} ${n1(to.x)} ${n1(to.y)}`;
      if (!last) d += ` H${n1(p.x + NODE_WIDTH)}`;
      from = { x: p.x + NODE_WIDTH, y: to.y };
    });
    const w = n1(1.2 + Math.log2(e.count) * 1.1);
    const label = `${byId.get(e.from)?.title} → ${byId.get(e.to)?.title}: ${plural(e.count, 'statement')}`;
    return `<path class="g-edge" d="${d}" stroke-width="${w}" marker-end="url(#g-arrow)"><title>${escapeHtml(label)}</title></path>`;
  });
  const boxes = graph.nodes.map((n) => {
    const b = box.get(n.id);
    if (!b) return '';
    const own = n.ownVoice > 0 ? ` · ${n.ownVoice} own-voice` : '';
    const label = `${n.title}${n.ownVoice > 0 ? `, ${plural(n.ownVoice, 'statement')} in its own voice` : ''}`;
    const inner = NODE_WIDTH - 20;
    const lines = n.last
      ? `<text x="${b.x + 10}" y="${n1(b.y + 18.5)}" class="g-label">${escapeHtml(shorten(n.label, inner, LABEL_CHAR))}</text>`
      : `<text x="${b.x + 10}" y="${n1(b.y + 17)}" class="g-label">${escapeHtml(shorten(n.label, inner, LABEL_CHAR))}</text><text x="${b.x + 10}" y="${n1(b.y + 33)}" class="g-detail">${escapeHtml(shorten(`${n.detail}${own} · ${n.kind}`, inner, DETAIL_CHAR))}</text>`;
    return [
      `<a href="#${escapeHtml(n.href)}" class="g-node ${n.last ? 'g-speaker' : n.kind === 'relay' ? 'g-relay' : 'g-source'}" aria-label="${escapeHtml(label)}">`,
      `<title>${escapeHtml(label)}</title>`,
      `<rect x="${b.x}" y="${n1(b.y)}" width="${NODE_WIDTH}" height="${b.h}" rx="6"/>`,
      lines,
      '</a>',
    ].join('');
  });
  return [
    `<svg class="graph" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-labelledby="graph-title" xmlns="http://www.w3.org/2000/svg">`,
    '<title id="graph-title">Attribution graph: which documents cite which, and whom they quote</title>',
    '<defs><marker id="g-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto"><path d="M0 0L10 5L0 10z" class="g-arrowhead"/></marker></defs>',
    titles.join(''),
    `<g class="g-edges">${paths.join('')}</g>`,
    `<g class="g-nodes">${boxes.join('')}</g>`,
    '</svg>',
  ].join('');
}

/** The graph as a list, for screen readers and for reading on a small screen. */
function graphList(graph: AttributionGraph): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const items = graph.nodes
    .filter((n) => !n.last)
    .map((n) => {
      const out = graph.edges
        .filter((e) => e.from === n.id)
        .map((e) => {
          const to = byId.get(e.to) as GraphNode;
          const verb = n.kind === 'relay' ? 'relays the words of' : to.last || to.kind === 'relay' ? 'quotes' : 'cites';
          return `${verb} <a href="#${escapeHtml(to.href)}">${escapeHtml(to.title)}</a> (${plural(e.count, 'statement')})`;
        });
      if (n.ownVoice > 0) out.push(`says ${plural(n.ownVoice, 'thing')} in its own voice`);
      return `<li><a href="#${escapeHtml(n.href)}">${escapeHtml(n.title)}</a>: ${out.length > 0 ? out.join('; ') : 'no statements'}</li>`;
    });
  return `<details class="graph-list"><summary>The graph as a list</summary><ul>${items.join('')}</ul></details>`;
}

/**
 * The attribution graph section: the drawing in a scrollable, focusable region, and the same
 * information as a list.
 *
 * @param ctx - the report context
 * @returns HTML: a `<section>`
 *
 * @example
 * graphSection(ctx).startsWith('<section id="graph"')
 * //=> true
 */
export function graphSection(ctx: ReportContext): string {
  const graph = attributionGraph(ctx);
  const body =
    graph.nodes.length === 0
      ? '<p class="muted">No statements, so nothing to draw.</p>'
      : `<div class="graph-scroll" role="region" aria-label="Attribution graph, scrollable" tabindex="0">${graphSvg(graph)}</div>${graphList(graph)}`;
  return [
    '<section id="graph" aria-labelledby="graph-h">',
    '<h2 id="graph-h">Who cites whom</h2>',
    '<p class="intro">Each source in the corpus on the left; the documents it cites, and the people who relay others’ words, in the next columns; the people and bodies quoted on the right. Lines are thicker the more statements pass along them. Select a box to go to it.</p>',
    body,
    '</section>',
  ].join('');
}
