import { type SameAsGroups, sameAsGroups } from '../corpus/same-as.js';
import type { HasStore } from '../corpus/store.js';
import { chainToArray } from '../internal/chain-list.js';
import { UnionFind } from '../internal/union-find.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import { registeredPredicates } from '../model/predicate-registry.js';
import type { PredicateVocabulary } from '../model/predicates.js';
import { type QuoteRecord, toQuoteRecord } from '../query/quote-record.js';
import { findStanceConflicts, type Holds, holdsOf, isPositive } from './find-stance.js';
import { findTemporal } from './find-temporal.js';
import { findValueConflicts } from './find-value.js';
import { groupPropositions } from './group-propositions.js';
import { type Accept, byDateFast, byStrengthThenDate, strengthOf } from './pairs.js';
import { propositionKey, slotKey } from './proposition-key.js';
import { type Contradiction, type ContradictionKind, cite } from './types.js';
import { dedupeConflicts, withVocabularyReasons } from './vocabulary-reason.js';
import { paraphrase } from './wording.js';

/** Options of `corpus.contradictions()`. */
export interface ContradictionOptions {
  /** Only these kinds. */
  readonly kinds?: readonly ContradictionKind[];
  /** Predicates to add to the vocabulary, e.g. your own single-valued ones. */
  readonly predicates?: PredicateVocabulary;
  /** Leave out conflicts that rest on hedged statements (they are kept, marked weak, by default). */
  readonly strongOnly?: boolean;
}

/** The kinds, in the order results are listed. */
export const CONTRADICTION_KINDS: readonly ContradictionKind[] = [
  'stance',
  'polarity',
  'value',
  'temporal',
  'explicit',
];

/** An attribution with its claim, before the rest of its record is resolved. */
interface Light {
  readonly attribution: Attribution;
  readonly claim: Claim;
}

/**
 * Proposition keys joined by sameAs links: every claim of a group is keyed with the group, so
 * that its statements meet however differently the claims were worded or keyed.
 */
function sameAsKeyAlias(corpus: HasStore, sameAs: SameAsGroups, vocabulary: PredicateVocabulary) {
  if (sameAs.groups.size === 0) return undefined;
  const keys = new UnionFind();
  for (const members of sameAs.groups.values()) {
    let first: string | undefined;
    for (const id of members) {
      const claim = corpus.store.claims.get(id)?.record;
      if (!claim) continue;
      const key = propositionKey(claim, vocabulary);
      if (first === undefined) first = key;
      else keys.union(first, key);
    }
  }
  return (key: string) => keys.find(key);
}

function resolve(corpus: HasStore, items: readonly { readonly attribution: Attribution }[]): QuoteRecord[] {
  const records: QuoteRecord[] = [];
  for (const { attribution } of items) {
    const record = toQuoteRecord(corpus, attribution);
    if (!record) continue; // a broken reference; `check` reports it
    records.push(record);
  }
  return records;
}

function explicitConflicts(corpus: HasStore, accept: Accept, out: Contradiction[]) {
  // A claim is stood for by its strongest, earliest assertion; by a denial only when nobody asserts it.
  const standIn = (claimId: string) => {
    const records = resolve(
      corpus,
      chainToArray(corpus.store.byClaim.get(claimId)).map((attribution) => ({ attribution })),
    ).sort(byStrengthThenDate);
    return records.find((r) => isPositive(r.attribution.stance)) ?? records[0];
  };
  const seen = new Set<string>();
  for (const { record: claim } of corpus.store.claims.values()) {
    for (const other of claim.contradicts) {
      const pairKey = claim.id < other ? `${claim.id}\u0000${other}` : `${other}\u0000${claim.id}`;
      if (other === claim.id || seen.has(pairKey)) continue;
      seen.add(pairKey);
      const a = standIn(claim.id);
      const b = standIn(other);
      if (!a || !b) continue;
      const strength = strengthOf(a, b);
      if (!accept('explicit', strength)) continue;
      out.push({
        kind: 'explicit',
        strength,
        a,
        b,
        explanation: `The corpus records that the claim that ${paraphrase(a)} (${cite(a)}) contradicts the claim that ${paraphrase(b)} (${cite(b)}).`,
        ...(claim.note ? { note: claim.note } : {}),
      });
    }
  }
}

/**
 * Finds statements that cannot all hold, across sources and speakers: a claim asserted by one and
 * denied or doubted by another (stance); the same proposition affirmed and negated (polarity); two
 * values of a single-valued predicate for overlapping times (value); dates or durations that
 * arithmetic rules out (temporal); and claims recorded as contradicting each other (explicit).
 *
 * Statements are grouped by proposition key (subject, predicate, object) and by single-valued slot
 * (subject, predicate), and only groups holding both sides of something are resolved and compared;
 * within a group, repeated statements collapse to one per speaker or value. So the cost grows with
 * the corpus and with what is found, not with the square of either.
 *
 * @param corpus - the corpus
 * @param options - kinds to look for, extra predicates, whether to keep weak conflicts
 * @returns the contradictions by kind, then by date, each with both sides and an explanation
 *
 * @example
 * findContradictions(corpus, { kinds: ['stance'], strongOnly: true }).map((c) => [c.a.speaker.id, c.b.speaker.id])
 * //=> [['western-governments', 'china'], ['fumio-kishida', 'government-of-russia']]
 */
export function findContradictions(corpus: HasStore, options: ContradictionOptions = {}): Contradiction[] {
  const vocabulary: PredicateVocabulary = { ...registeredPredicates(), ...options.predicates };
  const kinds = new Set<ContradictionKind>(options.kinds ?? CONTRADICTION_KINDS);
  const accept: Accept = (kind, strength) => kinds.has(kind) && (!options.strongOnly || strength === 'strong');
  const bySlot = new Map<string, { items: Light[]; values: Set<string> }>();
  const wantValues = kinds.has('value');
  const statements: Light[] = [];
  for (const { record: attribution } of corpus.store.attributions.values()) {
    const claim = corpus.store.claims.get(attribution.claim)?.record;
    if (!claim) continue;
    const item = { attribution, claim };
    statements.push(item);
    if (wantValues && claim.object !== undefined && vocabulary[claim.predicate]?.singleValued) {
      const slot = slotKey(claim);
      let entry = bySlot.get(slot);
      if (!entry) {
        entry = { items: [], values: new Set() };
        bySlot.set(slot, entry);
      }
      entry.items.push(item);
      entry.values.add(propositionKey(claim, vocabulary));
    }
  }
  const out: Contradiction[] = [];
  const wantStance = kinds.has('stance') || kinds.has('polarity');
  const sameAs = sameAsGroups(Array.from(corpus.store.claims.values(), (entry) => entry.record));
  const alias = sameAsKeyAlias(corpus, sameAs, vocabulary);
  for (const group of groupPropositions(statements, vocabulary, alias).values()) {
    const stance = wantStance && group.affirmed && group.negated;
    const temporal = kinds.has('temporal') && group.first && group.items.length > 1;
    if (!stance && !temporal) continue;
    const holds = new Map<QuoteRecord, Holds>();
    const records: QuoteRecord[] = [];
    for (const item of group.items) {
      const record = toQuoteRecord(corpus, item.attribution);
      if (!record) continue; // a broken reference; `check` reports it
      holds.set(record, item.holds);
      records.push(record);
    }
    if (stance) findStanceConflicts(records, accept, out, (r) => holds.get(r) ?? holdsOf(r));
    if (temporal)
      findTemporal(
        records.filter((r) => holds.get(r) === holdsOf(r)),
        accept,
        out,
      );
  }
  for (const slot of bySlot.values()) {
    if (slot.values.size > 1) findValueConflicts(resolve(corpus, slot.items), accept, out);
  }
  if (kinds.has('explicit')) explicitConflicts(corpus, accept, out);
  return withVocabularyReasons(dedupeConflicts(out), vocabulary, sameAs).sort(
    (x, y) =>
      CONTRADICTION_KINDS.indexOf(x.kind) - CONTRADICTION_KINDS.indexOf(y.kind) ||
      byDateFast(x.a, y.a) ||
      byDateFast(x.b, y.b),
  );
}
