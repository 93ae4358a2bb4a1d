import type { SameAsGroups } from '../corpus/same-as.js';
import type { Store } from '../corpus/store.js';
import { chainToArray } from '../internal/chain-list.js';
import { claimParticipants, type Participants } from '../internal/claim-about.js';
import type { Claim } from '../model/claim.js';
import type { CompiledVocabulary } from '../model/compile-vocabulary.js';
import type { PredicateVocabulary } from '../model/predicate-info.js';
import { contentStems, words } from './tokens.js';

/** What alignment compares of a claim, worked out once. */
export interface ClaimFeatures {
  readonly claim: Claim;
  /** Actors it involves: subject, object, place, and those its text names; sorted. */
  readonly actors: readonly string[];
  /** Actors its text object names ("meet Kim Jong Un without preconditions"): what it is about besides the subject. */
  readonly objectActors: readonly string[];
  /** Content stems of a literal subject ("the Port Mira earthquake"), to match other wordings of it. */
  readonly subjectStems: ReadonlySet<string>;
  /** Whether its predicate is single-valued: then the same slot with another value is a conflict. */
  readonly singleValued: boolean;
  /** Content stems of its text and object, names of actors left out. */
  readonly stems: ReadonlySet<string>;
  /** Content stems of the words quoted in its attributions. */
  readonly quoted: ReadonlySet<string>;
  /** The sources its attributions appear in. */
  readonly sources: ReadonlySet<string>;
  /** Its subjects and object as written, and read in the direction of an inverse pair's key. */
  readonly written: Participants;
  readonly keyed: Participants;
  readonly canonical: string;
  readonly family: string;
  /** Its sameAs group. */
  readonly root: string;
}

const MAX_NAME_WORDS = 4;

/** Actor names and aliases in search form, for finding the actors a text names. */
export function actorNameIndex(store: Store): Map<string, string> {
  const names = new Map<string, string>();
  for (const { record } of store.actors.values()) {
    for (const name of [record.name, ...record.aliases]) {
      const key = words(name).join(' ');
      // Short one-word names ("EU", "Un") would match ordinary words.
      if (key.length < 4 || key.split(' ').length > MAX_NAME_WORDS) continue;
      if (!names.has(key)) names.set(key, record.id);
    }
  }
  return names;
}

// The first words of the names in an index: a phrase starting with any other word names nobody.
const firstWordsOf = new WeakMap<ReadonlyMap<string, string>, Set<string>>();

function firstWords(names: ReadonlyMap<string, string>): Set<string> {
  let set = firstWordsOf.get(names);
  if (set === undefined) {
    set = new Set([...names.keys()].map((key) => key.split(' ')[0] as string));
    firstWordsOf.set(names, set);
  }
  return set;
}

/** The actors a text names, and the words of those names. */
function mentions(text: string, names: ReadonlyMap<string, string>): { actors: string[]; words: Set<string> } {
  const list = words(text);
  const actors: string[] = [];
  const used = new Set<string>();
  const starts = firstWords(names);
  for (let i = 0; i < list.length; i++) {
    if (!starts.has(list[i] as string)) continue;
    for (let n = Math.min(MAX_NAME_WORDS, list.length - i); n >= 1; n--) {
      const phrase = list.slice(i, i + n).join(' ');
      const actor = names.get(phrase);
      if (actor === undefined) continue;
      if (!actors.includes(actor)) actors.push(actor);
      for (const w of list.slice(i, i + n)) used.add(w);
      i += n - 1;
      break;
    }
  }
  return { actors, words: used };
}

/**
 * The features alignment compares, for one claim.
 *
 * @param claim - the claim
 * @param context - the store, the actor-name index, the vocabulary and the sameAs groups
 * @returns its features
 *
 * @example
 * claimFeatures(hospitalClaim, context).stems
 * //=> Set { 'hospital', 'pneumonia' }
 */
export function claimFeatures(
  claim: Claim,
  context: {
    readonly store: Store;
    readonly names: ReadonlyMap<string, string>;
    readonly vocabulary: PredicateVocabulary;
    readonly compiled: CompiledVocabulary;
    readonly sameAs: SameAsGroups;
  },
): ClaimFeatures {
  const objectText = claim.object?.type === 'text' ? claim.object.value : '';
  const named = mentions(`${claim.text} ${objectText}`, context.names);
  const actors = new Set<string>(named.actors);
  if (typeof claim.subject === 'string') actors.add(claim.subject);
  if (claim.object?.type === 'actor') actors.add(claim.object.id);
  if (typeof claim.where === 'string') actors.add(claim.where);
  const subjectWords =
    typeof claim.subject === 'string' ? [] : words(claim.subject.literal).filter((w) => named.words.has(w));
  const stems = new Set(contentStems(`${claim.text} ${objectText}`, new Set([...named.words, ...subjectWords])));
  const quoted = new Set<string>();
  const sources = new Set<string>();
  for (const a of chainToArray(context.store.byClaim.get(claim.id))) {
    sources.add(a.source);
    if (a.mode === 'direct-quote' || a.mode === 'indirect')
      for (const q of a.quotes) for (const s of contentStems(q.text, named.words)) quoted.add(s);
  }
  return {
    claim,
    actors: [...actors].sort(),
    objectActors: objectText === '' ? [] : mentions(objectText, context.names).actors,
    subjectStems: new Set(typeof claim.subject === 'string' ? [] : contentStems(claim.subject.literal)),
    singleValued: context.vocabulary[context.compiled.canonical(claim.predicate).predicate]?.singleValued === true,
    stems,
    quoted,
    sources,
    written: claimParticipants(claim, context.vocabulary, false),
    keyed: claimParticipants(claim, context.vocabulary, true),
    canonical: context.compiled.canonical(claim.predicate).predicate,
    family: context.compiled.family(claim.predicate),
    root: context.sameAs.root(claim.id),
  };
}
