import { didYouMean } from '../../internal/did-you-mean.js';
import type { Rule } from '../rule.js';

/**
 * Claims use predicates from the vocabulary, so that the same proposition gets the same key in
 * every source; and the object has the type the predicate expects.
 */
export const unknownPredicate: Rule = {
  meta: {
    id: 'unknown-predicate',
    severity: 'warning',
    doc: 'Claims use predicates from the vocabulary, with objects of the type the predicate expects.',
    messages: {
      unknown:
        'Claim "{id}" uses the predicate "{predicate}", which is not in the vocabulary, so it cannot be compared with other claims.',
      unknownWithHint:
        'Claim "{id}" uses the predicate "{predicate}", which is not in the vocabulary, so it cannot be compared with other claims. Did you mean "{hint}"?',
      objectType:
        'Claim "{id}": "{predicate}" ({label}) takes an object of type {expected}, but this claim gives one of type {actual}.',
    },
  },
  check({ corpus, predicates, report }) {
    const known = Object.keys(predicates);
    const hints = new Map<string, string | undefined>();
    for (const c of corpus.claims) {
      const entity = { type: 'claim' as const, id: c.id };
      const info = Object.hasOwn(predicates, c.predicate) ? predicates[c.predicate] : undefined;
      if (!info) {
        if (!hints.has(c.predicate)) hints.set(c.predicate, didYouMean(c.predicate, known));
        const hint = hints.get(c.predicate);
        report({
          messageId: hint ? 'unknownWithHint' : 'unknown',
          data: { id: c.id, predicate: c.predicate, ...(hint ? { hint } : {}) },
          entity,
          field: ['predicate'],
          actual: c.predicate,
          ...(hint ? { suggestion: hint, expected: hint } : {}),
        });
        continue;
      }
      if (info.object && c.object && c.object.type !== info.object) {
        report({
          messageId: 'objectType',
          data: { id: c.id, predicate: c.predicate, label: info.label, expected: info.object, actual: c.object.type },
          entity,
          field: ['object', 'type'],
          actual: c.object.type,
          expected: info.object,
        });
      }
    }
  },
};
