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
  /**
   * The same entries by id, when the caller already has them in maps (in list order): a new
   * store then adopts these maps instead of building its own, which saves a second map of every
   * record while a large corpus loads.
   */
  readonly byId?: { readonly [T in EntityType]?: Map<string, Entry<never>> };
}

const actorNamesOf = (a: Actor) => [a.id, a.name, ...a.aliases];
const sourceNamesOf = (s: Source) => [s.id, s.title];

function groupBy(attributions: Iterable<Entry<Attribution>>, key: (a: Attribution) => string) {
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
  additions: Iterable<Entry<Attribution>>,
  key: (a: Attribution) => string,
): LayeredMap<string, ChainList<Attribution>> {
  const groups = groupBy(additions, key);
  if (index) return index.with([...groups].map(([k, items]) => [k, appendChain(index.get(k), items)] as const));
  // A fresh index: turn the groups into chain lists in place, without a second map or pair arrays.
  // Arrays grown by push keep spare room (a second push makes room for 17); a copy fits exactly.
  const chains = groups as unknown as Map<string, ChainList<Attribution>>;
  for (const [k, items] of groups) chains.set(k, appendChain(undefined, items.length > 1 ? items.slice() : items));
  return LayeredMap.of(chains);
}

function extendMap<T extends { id: string }>(
  map: LayeredMap<string, Entry<T>> | undefined,
  entries: readonly Entry<T>[],
  byId?: Map<string, Entry<never>>,
) {
  if (map) return map.with(entries.map((e) => [e.record.id, e] as const));
  if (byId && byId.size === entries.length) return LayeredMap.of(byId as unknown as Map<string, Entry<T>>);
  const fresh = new Map<string, Entry<T>>();
  for (const e of entries) fresh.set(e.record.id, e);
  return LayeredMap.of(fresh);
}

/**
 * Builds a store, or extends one with new records (replacing those with the same id). Name
 * indices are rebuilt only when actors or sources change; the attribution indices grow by layers.
 */
export function extendStore(base: Store | undefined, add: StoreAdditions): Store {
  const actors = extendMap(base?.actors, add.actors ?? [], add.byId?.actor);
  const sources = extendMap(base?.sources, add.sources ?? [], add.byId?.source);
  const attributions = add.attributions ?? [];
  const attributionMap = extendMap(base?.attributions, attributions, add.byId?.attribution);
  // A replaced attribution would otherwise stay listed under its old speaker or source.
  const replaced = base ? attributions.filter((e) => base.attributions.has(e.record.id)) : [];
  const freshBase = replaced.length > 0 ? undefined : base;
  // An array, not the map's iterator: the three indices below each go through it.
  const allAttributions: readonly Entry<Attribution>[] =
    replaced.length > 0 ? [...attributionMap.values()] : attributions;
  // Sources are many and their titles long, and only a look-up by title needs them normalised:
  // that index is built on first use.
  let sourceNames: NameIndex<Source> | undefined;
  let bySpeaker: LayeredMap<string, ChainList<Attribution>> | undefined;
  let bySource: LayeredMap<string, ChainList<Attribution>> | undefined;
  let byClaim: LayeredMap<string, ChainList<Attribution>> | undefined;
  const sourcesUnchanged = base !== undefined && (add.sources ?? []).length === 0;
  return {
    actors,
    sources,
    claims: extendMap(base?.claims, add.claims ?? [], add.byId?.claim),
    attributions: attributionMap,
    actorNames:
      base && (add.actors ?? []).length === 0
        ? base.actorNames
        : NameIndex.build(
            [...actors.values()].map((e) => e.record),
            actorNamesOf,
          ),
    get sourceNames() {
      sourceNames ??= sourcesUnchanged
        ? (base as Store).sourceNames
        : NameIndex.build(
            [...sources.values()].map((e) => e.record),
            sourceNamesOf,
          );
      return sourceNames;
    },
    // The attribution indices are built on first use, each on its own: a load does not pay for
    // an index its caller never asks for (a script that only looks up speakers never builds the
    // index by claim), and building all three together cost a loaded corpus about a tenth of its
    // load time.
    get bySpeaker() {
      bySpeaker ??= extendIndex(freshBase?.bySpeaker, allAttributions, (a) => a.speaker);
      return bySpeaker;
    },
    get bySource() {
      bySource ??= extendIndex(freshBase?.bySource, allAttributions, (a) => a.source);
      return bySource;
    },
    get byClaim() {
      byClaim ??= extendIndex(freshBase?.byClaim, allAttributions, (a) => a.claim);
      return byClaim;
    },
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

/**
 * A corpus, as the query functions (`findQuotes`, `whoSaid`, `attributionChain`, `formatChain`)
 * take it: anything holding a corpus's store, which in practice is a `Corpus`. They take this
 * rather than the class so that `Corpus` can call them without an import circle.
 */
export interface HasStore {
  /** @internal The corpus's records and indices. */
  readonly store: Store;
}
