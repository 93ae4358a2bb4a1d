import type { Claim, ClaimObject, Subject } from '../model/claim.js';
import { compileVocabulary } from '../model/compile-vocabulary.js';
import type { PredicateVocabulary } from '../model/predicate-info.js';
import { normalizeName } from './normalize-name.js';

// Actors by id, anything else by its words in search form, quoted.
const subjectKey = (subject: Subject) =>
  typeof subject === 'string' ? subject : `"${normalizeName(subject.literal)}"`;
const objectKey = (object: ClaimObject | undefined) =>
  object?.type === 'actor'
    ? object.id
    : object?.type === 'text'
      ? `"${normalizeName(object.value)}"`
      : object?.type === 'number' || object?.type === 'date'
        ? `#${object.value}`
        : undefined;

/** A claim's subject and object as keys, in a given reading. */
export interface Participants {
  readonly subjects: readonly string[];
  readonly object: string | undefined;
}

/**
 * Who a claim is about and what about, as keys (actor ids; other things as their words in search
 * form, quoted). For a symmetric predicate both names count as subjects. With `canonical`, a claim
 * with an inverse predicate is read in the direction of its key ("B receives weapons from A" as
 * "A supplies weapons to B"), so that it can be compared with a claim using the inverse.
 *
 * @param claim - the claim
 * @param vocabulary - the vocabulary in force
 * @param canonical - read through the canonical direction of an inverse pair
 * @returns its subjects and object
 *
 * @example
 * claimParticipants({ ...c, subject: 'japan', predicate: 'meets', object: { type: 'actor', id: 'china' } }, predicates, false).subjects
 * //=> ['japan', 'china']
 */
export function claimParticipants(claim: Claim, vocabulary: PredicateVocabulary, canonical: boolean): Participants {
  const form = compileVocabulary(vocabulary).canonical(claim.predicate);
  let subject: string | undefined = subjectKey(claim.subject);
  let object = objectKey(claim.object);
  if (canonical && form.swapped) [subject, object] = [object, subject];
  const symmetric = Object.hasOwn(vocabulary, form.predicate) && vocabulary[form.predicate]?.symmetric === true;
  const subjects = [subject, ...(symmetric ? [object] : [])].filter((k): k is string => k !== undefined);
  return { subjects, object };
}

/**
 * The subjects two claims share, read through the vocabulary: in the canonical direction when
 * their predicates are one inverse pair, as written otherwise; either name of a symmetric predicate.
 *
 * @param x - a claim
 * @param y - another
 * @param vocabulary - the vocabulary in force
 * @returns the shared subject keys; empty when they are about different subjects
 *
 * @example
 * sharedSubjects(officeHeldByAnn, annHoldsOffice, predicates)
 * //=> ['"mayor of springfield"']
 */
export function sharedSubjects(x: Claim, y: Claim, vocabulary: PredicateVocabulary): string[] {
  const compiled = compileVocabulary(vocabulary);
  const inversePair =
    x.predicate !== y.predicate &&
    compiled.canonical(x.predicate).predicate === compiled.canonical(y.predicate).predicate;
  const a = claimParticipants(x, vocabulary, inversePair).subjects;
  const b = claimParticipants(y, vocabulary, inversePair).subjects;
  return a.filter((k) => b.includes(k));
}
