import { match } from 'ts-pattern';
import { normalizeName } from '../internal/normalize-name.js';
import type { Claim, ClaimObject, Subject } from '../model/claim.js';
import { compileVocabulary, type PredicateForm } from '../model/compile-vocabulary.js';
import type { PredicateVocabulary } from '../model/predicate-info.js';

/** A subject or place as a key: actor ids stay ids, literals are compared in search form. */
export function subjectKey(subject: Subject): string {
  return typeof subject === 'string' ? `@${subject}` : `"${normalizeName(subject.literal)}`;
}

/** An object as a key; numbers, quantities and durations keep their approximation. */
export function objectKey(object: ClaimObject | undefined): string {
  if (object === undefined) return '-';
  return match(object)
    .with({ type: 'actor' }, (o) => `@${o.id}`)
    .with({ type: 'text' }, (o) => `"${normalizeName(o.value)}`)
    .with({ type: 'number' }, (o) => `#${o.value}${o.approx === 'exact' ? '' : `~${o.approx}`}`)
    .with(
      { type: 'quantity' },
      (o) => `#${o.value}${normalizeName(o.unit)}${o.approx === 'exact' ? '' : `~${o.approx}`}`,
    )
    .with({ type: 'date' }, (o) => `d${o.value}`)
    .with(
      { type: 'duration' },
      (o) => `t${o.value.years ?? 0}y${o.value.months ?? 0}m${o.value.days ?? 0}d~${o.value.approx}`,
    )
    .exhaustive();
}

/**
 * The key of a claim's subject and object read through a predicate form: swapped for an inverse,
 * in a fixed order for a symmetric predicate ("meets"), so that "A meets B" and "B meets A" share it.
 *
 * @param claim - the claim
 * @param form - the predicate and direction to read it through (see `compileVocabulary`)
 * @param vocabulary - the vocabulary, for `symmetric`
 * @returns the key
 *
 * @example
 * formKey({ ...c, subject: 'bob', object: { type: 'actor', id: 'ann' } }, { predicate: 'meets', swapped: false }, predicates)
 *   === formKey({ ...c, subject: 'ann', object: { type: 'actor', id: 'bob' } }, { predicate: 'meets', swapped: false }, predicates)
 * //=> true
 */
export function formKey(claim: Claim, form: PredicateForm, vocabulary: PredicateVocabulary): string {
  let subject = subjectKey(claim.subject);
  let object = objectKey(claim.object);
  if (form.swapped) [subject, object] = [object, subject];
  const symmetric = Object.hasOwn(vocabulary, form.predicate) && vocabulary[form.predicate]?.symmetric === true;
  const [first, second] = symmetric && object < subject ? [object, subject] : [subject, object];
  return `${first}\u0000${form.predicate}\u0000${second}`;
}

/**
 * The key of a proposition: subject, predicate and object, regardless of polarity, time and who
 * says it. Two claims with the same key say the same thing (or its negation). For a symmetric
 * predicate ("meets") the order of subject and object does not count; a predicate and its inverse
 * ("office-held-by", "holds-office") share keys.
 */
export function propositionKey(claim: Claim, vocabulary: PredicateVocabulary): string {
  return formKey(claim, compileVocabulary(vocabulary).canonical(claim.predicate), vocabulary);
}

/** The key of a single-valued slot: subject and predicate, whose object may have one value at a time. */
export function slotKey(claim: Claim): string {
  return `${subjectKey(claim.subject)}\u0000${claim.predicate}`;
}
