import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import { compileVocabulary } from '../model/compile-vocabulary.js';
import type { PredicateVocabulary } from '../model/predicate-info.js';
import { type Holds, holdsOf } from './find-stance.js';
import { formKey } from './proposition-key.js';

/** A statement placed in a proposition group, with what it holds of that proposition. */
export interface GroupedStatement {
  readonly attribution: Attribution;
  readonly claim: Claim;
  /** Whether the statement holds the group's proposition or its negation. */
  readonly holds: Holds;
}

/** The statements bearing on one proposition, and what the group needs looked at. */
export interface PropositionGroup {
  readonly items: GroupedStatement[];
  affirmed: boolean;
  negated: boolean;
  /** Whether a statement's own claim (not one implied from it) says "the first since". */
  first: boolean;
}

/**
 * Sorts statements into proposition groups, reasoning with the vocabulary: a statement is placed
 * under its own claim's key; when it holds its claim, also under every key the claim implies
 * ("a summit of A and B" under "A meets B", in either order of the names for a symmetric
 * predicate, and under the inverse's key), and, as holding the negation, under every key its
 * claim excludes ("A supports B" under "A opposes B"). So a denial that A and B met lands in the
 * same group as an asserted summit of B and A.
 *
 * @param statements - attributions with their claims
 * @param vocabulary - the vocabulary in force
 * @param alias - maps a key to the key of its group, for claims recorded as the same proposition
 * @returns the groups by key
 *
 * @example
 * const groups = groupPropositions([{ attribution: says, claim: summitOfBobAndAnn }, { attribution: denies, claim: annMeetsBob }], predicates);
 * [...groups.values()].some((g) => g.affirmed && g.negated)
 * //=> true
 */
export function groupPropositions(
  statements: Iterable<{ readonly attribution: Attribution; readonly claim: Claim }>,
  vocabulary: PredicateVocabulary,
  alias: (key: string) => string = (key) => key,
): Map<string, PropositionGroup> {
  const compiled = compileVocabulary(vocabulary);
  const groups = new Map<string, PropositionGroup>();
  const place = (key: string, item: GroupedStatement, own: boolean) => {
    const target = alias(key);
    let group = groups.get(target);
    if (!group) {
      group = { items: [], affirmed: false, negated: false, first: false };
      groups.set(target, group);
    }
    group.items.push(item);
    if (item.holds === 'affirmed') group.affirmed = true;
    else group.negated = true;
    if (own && item.claim.first) group.first = true;
  };
  for (const { attribution, claim } of statements) {
    const holds = holdsOf({ attribution, claim });
    const [own, ...implied] = compiled.implied(claim.predicate);
    const ownKey = formKey(claim, own ?? compiled.canonical(claim.predicate), vocabulary);
    place(ownKey, { attribution, claim, holds }, true);
    if (holds !== 'affirmed') continue;
    const placed = new Set([alias(ownKey)]);
    for (const form of implied) {
      const key = formKey(claim, form, vocabulary);
      if (placed.has(alias(key))) continue;
      placed.add(alias(key));
      place(key, { attribution, claim, holds: 'affirmed' }, false);
    }
    for (const form of compiled.excluded(claim.predicate)) {
      const key = formKey(claim, form, vocabulary);
      if (placed.has(alias(key))) continue;
      placed.add(alias(key));
      place(key, { attribution, claim, holds: 'negated' }, false);
    }
  }
  return groups;
}
