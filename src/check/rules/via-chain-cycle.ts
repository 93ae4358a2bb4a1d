import { viaLinks } from '../../model/via-links.js';
import { viaSources } from '../../model/via-sources.js';
import type { Rule } from '../rule.js';

type RuleContext = Parameters<Rule['check']>[0];

/** `"a" cites "b", which cites "a"`. */
function describeCycle(cycle: readonly string[], verb: string): string {
  return cycle.map((id, i) => (i === 0 ? '' : i === 1 ? ` ${verb} ` : `, which ${verb} `) + `"${id}"`).join('');
}

/** Edges from node to node, each remembering one attribution that made it. */
type Edges = Map<string, Map<string, string>>;

function addEdge(edges: Edges, from: string, to: string, attribution: string): void {
  let out = edges.get(from);
  if (!out) edges.set(from, (out = new Map()));
  if (!out.has(to)) out.set(to, attribution);
}

/** Every cycle of a graph once (iterative depth-first search; a back edge closes a cycle). */
function* cyclesOf(edges: Edges): Generator<{ cycle: string[]; closedBy: string; links: string[] }> {
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    // Where each open node stands in the path, so that closing a cycle does not search the path.
    const position = new Map<string, number>();
    const stack: { node: string; next: Iterator<[string, string]> }[] = [];
    const enter = (node: string) => {
      state.set(node, 'open');
      position.set(node, path.length);
      path.push(node);
      stack.push({ node, next: (edges.get(node) ?? new Map()).entries() });
    };
    enter(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const step = top.next.next();
      if (step.done) {
        state.set(top.node, 'done');
        stack.pop();
        path.pop();
        position.delete(top.node);
        continue;
      }
      const [to, attribution] = step.value;
      const seen = state.get(to);
      if (seen === undefined) enter(to);
      else if (seen === 'open') {
        const cycle = [...path.slice(position.get(to)), to];
        const key = [...cycle.slice(0, -1)].sort().join('\u0000');
        if (reported.has(key)) continue;
        reported.add(key);
        // The attributions that make the other links of the circle: one of them holds the mistake.
        const links = new Set<string>();
        for (let i = 0; i + 1 < cycle.length; i++) {
          const made = edges.get(cycle[i] as string)?.get(cycle[i + 1] as string);
          if (made !== undefined && made !== attribution) links.add(made);
        }
        yield { cycle, closedBy: attribution, links: [...links] };
      }
    }
  }
}

/** A speaker twice in one chain (relaying their own words). */
function checkSpeakerRepeats({ corpus, report }: RuleContext): void {
  for (const a of corpus.attributions) {
    // Without intermediaries the chain is the speaker alone, who cannot repeat.
    if (a.via === undefined || a.via.length === 0) continue;
    const links = viaLinks(a);
    const seen = new Set<string>();
    const speakers = [
      ...links.flatMap((l, i) => (l.type === 'actor' ? [{ id: l.actor, i }] : [])),
      { id: a.speaker, i: -1 },
    ];
    for (const { id, i } of speakers) {
      if (seen.has(id)) {
        report({
          messageId: 'actorCycle',
          data: { id: a.id, actor: corpus.store.actors.get(id)?.record.name ?? id },
          entity: { type: 'attribution', id: a.id },
          field: i === -1 ? ['speaker'] : ['via', i, 'actor'],
          related: [{ type: 'actor', id }],
        });
        break;
      }
      seen.add(id);
    }
  }
}

/** Attributions whose relaying links (`{ actor, attribution }`) lead back to themselves. */
function checkRelayCycles({ corpus, report }: RuleContext): void {
  const edges: Edges = new Map();
  for (const a of corpus.attributions)
    if (a.via !== undefined && a.via.length > 0)
      for (const link of viaLinks(a))
        if (link.type === 'actor' && link.attribution !== undefined) addEdge(edges, a.id, link.attribution, a.id);
  for (const { cycle, closedBy, links } of cyclesOf(edges)) {
    report({
      messageId: 'relayCycle',
      data: { id: closedBy, cycle: describeCycle(cycle, 'is relayed in') },
      entity: { type: 'attribution', id: closedBy },
      field: ['via'],
      related: [...new Set([...cycle.slice(0, -1), ...links])]
        .filter((id) => id !== closedBy)
        .map((id) => ({ type: 'attribution' as const, id })),
    });
  }
}

/** Documents citing themselves, directly or through others. */
function checkSourceCycles({ corpus, report }: RuleContext): void {
  const edges: Edges = new Map();
  for (const a of corpus.attributions) {
    // A chain of one source has no link to follow.
    if (a.via === undefined || a.via.length === 0) continue;
    const chain = [a.source, ...viaSources(a)];
    for (let i = 0; i + 1 < chain.length; i++) addEdge(edges, chain[i] as string, chain[i + 1] as string, a.id);
  }
  for (const { cycle, closedBy, links } of cyclesOf(edges)) {
    report({
      messageId: 'cycle',
      data: { id: closedBy, cycle: describeCycle(cycle, 'cites') },
      entity: { type: 'attribution', id: closedBy },
      field: ['via'],
      related: [
        ...cycle.slice(0, -1).map((id) => ({ type: 'source' as const, id })),
        ...links.map((id) => ({ type: 'attribution' as const, id })),
      ],
    });
  }
}

/**
 * Citations form a graph from citing source to cited source (an attribution's source, then its
 * `via`, in order). A cycle in it means a document cites itself, directly or through others.
 * Each cycle is reported once, on the attribution that closes it, with the whole cycle (its sources,
 * in order, then the other attributions that make its links) listed in `related`.
 *
 * Chains also pass through speakers: a speaker who relays words they speak or relay further in
 * the same chain (Matsuno relaying Matsuno) closes a circle, and so do attributions whose relaying
 * links (`via: [{ actor, attribution }]`) lead back to themselves.
 */
export const viaChainCycle: Rule = {
  meta: {
    id: 'via-chain-cycle',
    severity: 'error',
    doc: 'No source cites itself, directly or through a chain of other sources, and no speaker relays their own words.',
    messages: {
      cycle:
        'Attribution "{id}" closes a circle of citations: {cycle}. A document cannot cite itself, even through others.',
      actorCycle:
        'Attribution "{id}" has {actor} relay words that {actor} speaks or relays further down the same chain: a speaker cannot pass words on to themselves.',
      relayCycle:
        'Attribution "{id}" closes a circle of relayed speech: {cycle}. Words cannot be reported inside themselves.',
    },
  },
  check(context) {
    checkSourceCycles(context);
    checkSpeakerRepeats(context);
    checkRelayCycles(context);
  },
};
