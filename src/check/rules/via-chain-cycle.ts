import type { Rule } from '../rule.js';

/** `"a" cites "b", which cites "a"`. */
function describeCycle(cycle: readonly string[]): string {
  return cycle.map((id, i) => (i === 0 ? '' : i === 1 ? ' cites ' : ', which cites ') + `"${id}"`).join('');
}

/**
 * Citations form a graph from citing source to cited source (an attribution's source, then its
 * `via`, in order). A cycle in it means a document cites itself, directly or through others.
 * Each cycle is reported once, on the attribution that closes it, with the whole cycle (its sources,
 * in order, then the other attributions that make its links) listed in `related`.
 */
export const viaChainCycle: Rule = {
  meta: {
    id: 'via-chain-cycle',
    severity: 'error',
    doc: 'No source cites itself, directly or through a chain of other sources.',
    messages: {
      cycle:
        'Attribution "{id}" closes a circle of citations: {cycle}. A document cannot cite itself, even through others.',
    },
  },
  check({ corpus, report }) {
    // Edge citing -> cited, remembering one attribution that made it.
    const edges = new Map<string, Map<string, string>>();
    for (const a of corpus.attributions) {
      const chain = [a.source, ...a.via];
      for (let i = 0; i + 1 < chain.length; i++) {
        const from = chain[i] as string;
        const to = chain[i + 1] as string;
        let out = edges.get(from);
        if (!out) edges.set(from, (out = new Map()));
        if (!out.has(to)) out.set(to, a.id);
      }
    }
    // Iterative depth-first search; a back edge closes a cycle.
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
          report({
            messageId: 'cycle',
            data: { id: attribution, cycle: describeCycle(cycle) },
            entity: { type: 'attribution', id: attribution },
            field: ['via'],
            related: [
              ...cycle.slice(0, -1).map((id) => ({ type: 'source' as const, id })),
              ...[...links].map((id) => ({ type: 'attribution' as const, id })),
            ],
          });
        }
      }
    }
  },
};
