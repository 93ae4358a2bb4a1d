import { referencesOf } from '../../corpus/references.js';
import { didYouMean } from '../../internal/did-you-mean.js';
import type { Rule } from '../rule.js';
import { eachRecord } from './for-each-record.js';

/**
 * A reference to an id that no record has. Suggests the closest id, name or alias, so that
 * `kim-jong-um` or `Kishida` (a name where an id belongs) point at the intended record.
 */
export const unknownReference: Rule = {
  meta: {
    id: 'unknown-reference',
    severity: 'error',
    doc: 'Every id a record refers to (speaker, source, claim, via, publisher, ...) exists.',
    messages: {
      unknown: '{kind} "{id}" refers to {target} "{ref}" in {field}, but there is no such {target}.',
      unknownWithHint:
        '{kind} "{id}" refers to {target} "{ref}" in {field}, but there is no such {target}; did you mean "{hint}"?',
    },
  },
  check({ corpus, report }) {
    let suggestionsLeft = 500;
    for (const { type, record } of eachRecord(corpus)) {
      for (const ref of referencesOf(type, record)) {
        const exists =
          ref.type === 'actor'
            ? corpus.store.actors.has(ref.id)
            : ref.type === 'source'
              ? corpus.store.sources.has(ref.id)
              : ref.type === 'claim'
                ? corpus.store.claims.has(ref.id)
                : corpus.store.attributions.has(ref.id);
        if (exists) continue;
        const resolution =
          ref.type === 'actor'
            ? corpus.resolveActor(ref.id)
            : ref.type === 'source'
              ? corpus.resolveSource(ref.id)
              : undefined;
        // Suggestions cost a scan of the ids; a corpus with very many broken references gets them
        // for the first few hundred only.
        const hint =
          suggestionsLeft-- <= 0
            ? undefined
            : resolution?.status === 'found'
              ? resolution.value.id
              : resolution?.status === 'missing'
                ? resolution.suggestion
                : ref.type === 'claim'
                  ? didYouMean(ref.id, corpus.store.claims.keys())
                  : undefined;
        report({
          messageId: hint ? 'unknownWithHint' : 'unknown',
          data: {
            kind: type[0]?.toUpperCase() + type.slice(1),
            id: record.id,
            target: ref.type,
            ref: ref.id,
            field: ref.field.join('.'),
            ...(hint ? { hint } : {}),
          },
          entity: { type, id: record.id },
          field: ref.field,
          actual: ref.id,
          ...(hint ? { suggestion: hint, expected: hint } : {}),
        });
      }
    }
  },
};
