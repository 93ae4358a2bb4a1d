import { appendChain, type ChainList } from '../internal/chain-list.js';
import { LayeredMap } from '../internal/layered-map.js';
import type { Origin } from '../load/origin.js';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { EntityType } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import { NameIndex } from './name-index.js';

/** A record with where it came from. */
export interface Entry<T> {
  readonly record: T;
  readonly origin?: Origin;
}

/** The indexed records of a corpus. Internal: the Corpus class is the public face. */
export interface Store {
  readonly actors: LayeredMap<string, Entry<Actor>>;
  readonly sources: LayeredMap<string, Entry<Source>>;
  readonly claims: LayeredMap<string, Entry<Claim>>;
  readonly attributions: LayeredMap<string, Entry<Attribution>>;
  readonly actorNames: NameIndex<Actor>;
  readonly sourceNames: NameIndex<Source>;
  readonly bySpeaker: LayeredMap<string, ChainList<Attribution>>;
  readonly bySource: LayeredMap<string, ChainList<Attribution>>;
  readonly byClaim: LayeredMap<string, ChainList<Attribution>>;
}

/** New records by type, each already validated and free of duplicates. */
export interface StoreAdditions {
  readonly actors?: readonly Entry<Actor>[];
  readonly sources?: readonly Entry<Source>[];
  readonly claims?: readonly Entry<Claim>[];
  readonly attributions?: readonly Entry<Attribution>[];
}

const actorNamesOf = (a: Actor) => [a.id, a.name, ...a.aliases];
const sourceNamesOf = (s: Source) => [s.id, s.title];

function groupBy(attributions: readonly Entry<Attribution>[], key: (a: Attribution) => string) {
  const groups = new Map<string, Attribution[]>();
  for (const { record } of attributions) {
    const k = key(record);
    const list = groups.get(k);
    if (list) list.push(record);
    else groups.set(k, [record]);
  }
  return groups;
}

function extendIndex(
  index: LayeredMap<string, ChainList<Attribution>> | undefined,
  additions: readonly Entry<Attribution>[],
  key: (a: Attribution) => string,
): LayeredMap<string, ChainList<Attribution>> {
  const groups = groupBy(additions, key);
  const entries = [...groups].map(([k, items]) => [k, appendChain(index?.get(k), items)] as const);
  return index ? index.with(entries) : LayeredMap.of(new Map(entries));
}

function extendMap<T extends { id: string }>(
  map: LayeredMap<string, Entry<T>> | undefined,
  entries: readonly Entry<T>[],
) {
  const pairs = entries.map((e) => [e.record.id, e] as const);
  return map ? map.with(pairs) : LayeredMap.of(new Map(pairs));
}

/**
 * Builds a store, or extends one with new records (replacing those with the same id). Name
 * indices are rebuilt only when actors or sources change; the attribution indices grow by layers.
 */
export function extendStore(base: Store | undefined, add: StoreAdditions): Store {
  const actors = extendMap(base?.actors, add.actors ?? []);
  const sources = extendMap(base?.sources, add.sources ?? []);
  const attributions = add.attributions ?? [];
  // A replaced attribution would otherwise stay listed under its old speaker or source.
  const replaced = base ? attributions.filter((e) => base.attributions.has(e.record.id)) : [];
  const freshBase = replaced.length > 0 ? undefined : base;
  const allAttributions =
    replaced.length > 0 ? [...extendMap(base?.attributions, attributions).values()] : attributions;
  return {
    actors,
    sources,
    claims: extendMap(base?.claims, add.claims ?? []),
    attributions: extendMap(base?.attributions, attributions),
    actorNames:
      base && (add.actors ?? []).length === 0
        ? base.actorNames
        : NameIndex.build(
            [...actors.values()].map((e) => e.record),
            actorNamesOf,
          ),
    sourceNames:
      base && (add.sources ?? []).length === 0
        ? base.sourceNames
        : NameIndex.build(
            [...sources.values()].map((e) => e.record),
            sourceNamesOf,
          ),
    bySpeaker: extendIndex(freshBase?.bySpeaker, allAttributions, (a) => a.speaker),
    bySource: extendIndex(freshBase?.bySource, allAttributions, (a) => a.source),
    byClaim: extendIndex(freshBase?.byClaim, allAttributions, (a) => a.claim),
  };
}

/** The map of a store that holds records of a type. */
export function mapOf(store: Store, type: EntityType): LayeredMap<string, Entry<{ id: string }>> {
  switch (type) {
    case 'actor':
      return store.actors;
    case 'source':
      return store.sources;
    case 'claim':
      return store.claims;
    case 'attribution':
      return store.attributions;
  }
}
