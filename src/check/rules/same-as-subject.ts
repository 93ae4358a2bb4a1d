import { normalizeName } from '../../internal/normalize-name.js';
import type { Claim, Subject } from '../../model/claim.js';
import { compileVocabulary } from '../../model/compile-vocabulary.js';
import type { PredicateVocabulary } from '../../model/predicate-info.js';
import type { Rule } from '../rule.js';

// Actors by id, anything else by its words in search form; shown as the id or the quoted words.
const keyOf = (subject: Subject) => (typeof subject === 'string' ? subject : `"${normalizeName(subject.literal)}"`);

/**
 * Who or what a claim is about, read through its predicate: the subject, or the object for the
 * inverse form ("B receives weapons from A" is about A); both for a symmetric predicate.
 */
function aboutKeys(claim: Claim, vocabulary: PredicateVocabulary): string[] {
  const form = compileVocabulary(vocabulary).canonical(claim.predicate);
  const object =
    claim.object?.type === 'actor'
      ? claim.object.id
      : claim.object?.type === 'text'
        ? keyOf({ literal: claim.object.value })
        : undefined;
  const subject = keyOf(claim.subject);
  const main = form.swapped ? object : subject;
  const symmetric = Object.hasOwn(vocabulary, form.predicate) && vocabulary[form.predicate]?.symmetric === true;
  return [main, ...(symmetric ? [form.swapped ? subject : object] : [])].filter((k): k is string => k !== undefined);
}

/**
 * Claims linked by `sameAs` state one proposition, so they are about the same subject: a link
 * between "Japan holds a summit with North Korea" and "Kishida is willing to meet Kim" joins two
 * different propositions, and would make their statements count as corroborating each other.
 */
export const sameAsSubject: Rule = {
  meta: {
    id: 'same-as-subject',
    severity: 'warning',
    doc: 'Claims linked by sameAs have the same subject (read through symmetric and inverse predicates).',
    messages: {
      differs:
        'Claim "{id}" is recorded as the same proposition as "{other}", but one is about {subject} and the other about {otherSubject}. Link only claims that state the same thing about the same subject.',
    },
  },
  check({ corpus, predicates, report }) {
    for (const claim of corpus.claims) {
      for (const [i, otherId] of claim.sameAs.entries()) {
        const other = corpus.claim(otherId);
        if (!other || otherId === claim.id) continue; // unknown-reference reports a missing one
        const mine = aboutKeys(claim, predicates);
        const theirs = aboutKeys(other, predicates);
        if (mine.some((k) => theirs.includes(k))) continue;
        report({
          messageId: 'differs',
          data: { id: claim.id, other: otherId, subject: mine.join(' and '), otherSubject: theirs.join(' and ') },
          entity: { type: 'claim', id: claim.id },
          field: ['sameAs', i],
          actual: otherId,
        });
      }
    }
  },
};
