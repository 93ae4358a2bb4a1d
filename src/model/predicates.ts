import type { ClaimObject } from './claim.js';

/** What the library knows about a predicate slug. */
export interface PredicateInfo {
  /** How the predicate reads in a sentence: "supplies weapons to". */
  readonly label: string;
  /**
   * At most one value holds at a time for a given subject (an office holder, a date of birth, a
   * count): two different values for overlapping times contradict each other.
   */
  readonly singleValued?: boolean;
  /** Subject and object can be swapped without changing the meaning ("meets"). */
  readonly symmetric?: boolean;
  /** The object type the predicate expects, when it expects one. */
  readonly object?: ClaimObject['type'];
}

/**
 * The predicate vocabulary that ships with claimtrail. Claims should use these slugs so that
 * the same proposition in two sources gets the same key; extend it with your own through the
 * `predicates` option of `check` and `contradictions`.
 */
export const predicates = {
  // Contact and diplomacy
  visits: { label: 'visits', object: 'actor' },
  attends: { label: 'attends', object: 'text' },
  meets: { label: 'meets', symmetric: true, object: 'actor' },
  'holds-summit-with': { label: 'holds a summit with', symmetric: true, object: 'actor' },
  'signs-pact-with': { label: 'signs a pact with', symmetric: true, object: 'actor' },
  'has-ties-with': { label: 'has ties with', symmetric: true, object: 'actor' },
  'has-no-diplomatic-ties-with': { label: 'has no diplomatic ties with', symmetric: true, object: 'actor' },
  'cooperates-with': { label: 'cooperates with', symmetric: true, object: 'actor' },
  'cooperates-militarily-with': { label: 'cooperates militarily with', symmetric: true, object: 'actor' },
  welcomes: { label: 'welcomes' },
  proposes: { label: 'proposes', object: 'text' },
  'is-willing-to': { label: 'is willing to', object: 'text' },
  'intends-to': { label: 'intends to', object: 'text' },
  'is-expected-to': { label: 'is expected to', object: 'text' },
  'calls-for': { label: 'calls for', object: 'text' },
  urges: { label: 'urges' },
  // Support and conflict
  supports: { label: 'supports' },
  opposes: { label: 'opposes' },
  condemns: { label: 'condemns' },
  criticizes: { label: 'criticizes' },
  warns: { label: 'warns', object: 'text' },
  threatens: { label: 'threatens', object: 'actor' },
  'is-threat-to': { label: 'is a threat to', object: 'actor' },
  'is-concerned-about': { label: 'is concerned about', object: 'text' },
  'supplies-weapons-to': { label: 'supplies weapons to', object: 'actor' },
  'supplies-technology-to': { label: 'supplies technology to', object: 'actor' },
  'supplies-dual-use-goods-to': { label: 'supplies dual-use goods to', object: 'actor' },
  'aids-militarily': { label: 'aids militarily', object: 'actor' },
  invades: { label: 'invades', object: 'actor' },
  'is-ally-of': { label: 'is an ally of', symmetric: true, object: 'actor' },
  // Acts and events
  launches: { label: 'launches', object: 'text' },
  'tests-weapons': { label: 'tests weapons' },
  'holds-event': { label: 'holds', object: 'text' },
  admits: { label: 'admits', object: 'text' },
  'is-aware-of': { label: 'is aware of', object: 'text' },
  'believes-in': { label: 'believes in', object: 'text' },
  'sees-prospects-for': { label: 'sees prospects for', object: 'text' },
  // Attributes with one value at a time
  'holds-office': { label: 'holds the office of', object: 'text' },
  'office-held-by': { label: 'is held by', singleValued: true, object: 'actor' },
  'founded-on': { label: 'was founded on', singleValued: true, object: 'date' },
  'occurs-on': { label: 'takes place on', singleValued: true, object: 'date' },
  'has-count': { label: 'numbers', singleValued: true, object: 'number' },
  'is-located-in': { label: 'is located in', singleValued: true, object: 'actor' },
  'is-member-of': { label: 'is a member of', object: 'actor' },
  // Fallback for statements no other predicate fits; the object carries the content.
  states: { label: 'states', object: 'text' },
  is: { label: 'is', object: 'text' },
} as const satisfies Record<string, PredicateInfo>;

/** A predicate slug from the built-in vocabulary. */
export type BuiltinPredicate = keyof typeof predicates;

/** A predicate vocabulary: the built-in one, possibly extended by the user. */
export type PredicateVocabulary = Readonly<Record<string, PredicateInfo>>;
