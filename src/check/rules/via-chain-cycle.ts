import type { Rule } from '../rule.js';

/**
 * Citations form a graph from citing source to cited source (an attribution's source, then its
 * `via`, in order). A cycle in it means a document cites itself, directly or through others.
 * Each cycle is reported once, on the attribution that closes it, with the whole cycle listed.
 */
export const viaChainCycle: Rule = {
  meta: {
    id: 'via-chain-cycle',
    severity: 'error',
    doc: 'No source cites itself, directly or through a chain of other sources.',
    messages: {
      cycle: 'Attribution "{id}" makes the sources cite each other in a circle: {cycle}.',
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
      const stack: { node: string; next: Iterator<[string, string]> }[] = [];
      const enter = (node: string) => {
        state.set(node, 'open');
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
          continue;
        }
        const [to, attribution] = step.value;
        const seen = state.get(to);
        if (seen === undefined) enter(to);
        else if (seen === 'open') {
          const cycle = [...path.slice(path.indexOf(to)), to];
          const key = [...cycle.slice(0, -1)].sort().join('\u0000');
          if (reported.has(key)) continue;
          reported.add(key);
          report({
            messageId: 'cycle',
            data: { id: attribution, cycle: cycle.join(' -> ') },
            entity: { type: 'attribution', id: attribution },
            field: ['via'],
            related: cycle.slice(0, -1).map((id) => ({ type: 'source' as const, id })),
          });
        }
      }
    }
  },
};
