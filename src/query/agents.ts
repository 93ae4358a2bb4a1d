import type { Corpus } from '../corpus/corpus.js';

const cache = new WeakMap<Corpus, Map<string, string[]>>();

/** Who acts for whom, reversed: for each actor, the actors that speak on its behalf. */
function representatives(corpus: Corpus): Map<string, string[]> {
  let reverse = cache.get(corpus);
  if (reverse) return reverse;
  reverse = new Map();
  const add = (principal: string, agent: string) => {
    const list = reverse?.get(principal);
    if (list) list.push(agent);
    else reverse?.set(principal, [agent]);
  };
  for (const actor of corpus.actors) {
    for (const principal of actor.actsFor) add(principal, actor.id);
    if (actor.kind === 'government' && actor.of !== undefined && !actor.actsFor.includes(actor.of))
      add(actor.of, actor.id);
  }
  cache.set(corpus, reverse);
  return reverse;
}

/**
 * An actor and everyone who speaks for it, directly or through others: Japan, its government,
 * and the government's spokesman. Cycles in `actsFor` are harmless.
 *
 * @param corpus - the corpus
 * @param actorId - the principal
 * @returns the ids, the principal first
 */
export function actorWithAgents(corpus: Corpus, actorId: string): string[] {
  const reverse = representatives(corpus);
  const seen = new Set([actorId]);
  const queue = [actorId];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    for (const agent of reverse.get(next) ?? []) {
      if (!seen.has(agent)) {
        seen.add(agent);
        queue.push(agent);
      }
    }
  }
  return [...seen];
}
