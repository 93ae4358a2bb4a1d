import { UnionFind } from '../internal/union-find.js';
import type { Claim } from '../model/claim.js';

/** Claims grouped by their `sameAs` links: each group states one proposition. */
export interface SameAsGroups {
  /** The group's representative claim id: the smallest id in it. */
  root(claimId: string): string;
  /** Every claim id of the group, sorted; just `[claimId]` for a claim not linked to any. */
  members(claimId: string): readonly string[];
  /** The groups of two or more claims, by representative. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

/**
 * Groups claims by their `sameAs` links, read as mutual and transitive (union-find): a link from
 * A to B and one from C to B put A, B and C in one group. Ids that name no claim are grouped too;
 * the `unknown-reference` rule reports them.
 *
 * @param claims - every claim of the corpus
 * @returns the groups
 *
 * @example
 * sameAsGroups([{ ...a, id: 'a', sameAs: ['b'] }, { ...b, id: 'c', sameAs: ['b'] }]).members('c')
 * //=> ['a', 'b', 'c']
 */
export function sameAsGroups(claims: Iterable<Claim>): SameAsGroups {
  const sets = new UnionFind();
  for (const claim of claims) for (const other of claim.sameAs) sets.union(claim.id, other);
  const groups = sets.sets();
  const byMember = new Map<string, readonly string[]>();
  for (const members of groups.values()) for (const id of members) byMember.set(id, members);
  return {
    root: (id) => byMember.get(id)?.[0] ?? id,
    members: (id) => byMember.get(id) ?? [id],
    groups,
  };
}
