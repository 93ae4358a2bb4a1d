import { match } from 'ts-pattern';
import { normalizeName } from '../internal/normalize-name.js';
import type { Claim, ClaimObject, Subject } from '../model/claim.js';
import type { PredicateVocabulary } from '../model/predicates.js';

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
 * The key of a proposition: subject, predicate and object, regardless of polarity, time and who
 * says it. Two claims with the same key say the same thing (or its negation). For a symmetric
 * predicate ("meets") the order of subject and object does not count.
 */
export function propositionKey(claim: Claim, vocabulary: PredicateVocabulary): string {
  const subject = subjectKey(claim.subject);
  const object = objectKey(claim.object);
  const symmetric = vocabulary[claim.predicate]?.symmetric === true;
  const [first, second] = symmetric && object < subject ? [object, subject] : [subject, object];
  return `${first}\u0000${claim.predicate}\u0000${second}`;
}

/** The key of a single-valued slot: subject and predicate, whose object may have one value at a time. */
export function slotKey(claim: Claim): string {
  return `${subjectKey(claim.subject)}\u0000${claim.predicate}`;
}
