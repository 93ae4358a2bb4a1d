import type { HasStore, Store } from '../corpus/store.js';

const cache = new WeakMap<Store, Map<string, string[]>>();

/** Who acts for whom, reversed: for each actor, the actors that speak on its behalf. */
function representatives({ store }: HasStore): Map<string, string[]> {
  let reverse = cache.get(store);
  if (reverse) return reverse;
  reverse = new Map();
  const add = (principal: string, agent: string) => {
    const list = reverse?.get(principal);
    if (list) list.push(agent);
    else reverse?.set(principal, [agent]);
  };
  for (const { record: actor } of store.actors.values()) {
    for (const principal of actor.actsFor) add(principal, actor.id);
    if (actor.kind === 'government' && actor.of !== undefined && !actor.actsFor.includes(actor.of))
      add(actor.of, actor.id);
  }
  cache.set(store, reverse);
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
export function actorWithAgents(corpus: HasStore, actorId: string): string[] {
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
