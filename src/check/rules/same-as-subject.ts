import { claimParticipants, sharedSubjects } from '../../internal/claim-about.js';
import type { Rule } from '../rule.js';

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
        if (sharedSubjects(claim, other, predicates).length > 0) continue;
        const mine = claimParticipants(claim, predicates, false).subjects;
        const theirs = claimParticipants(other, predicates, false).subjects;
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
