import { referencesOf } from '../../corpus/references.js';
import type { Rule } from '../rule.js';
import { eachRecord } from './for-each-record.js';

/** Actors and sources nothing refers to, and claims no attribution carries: likely leftovers. */
export const orphan: Rule = {
  meta: {
    id: 'orphan',
    severity: 'warning',
    doc: 'Every actor and source is referred to by some record, and every claim is attributed.',
    messages: {
      actor:
        'Actor "{id}" ({name}) is not referred to by any other record: no attribution, claim, source or actor mentions it.',
      source: 'Source "{id}" ("{title}") has no attributions and no attribution cites it.',
      claim: 'Claim "{id}" is not attributed to anyone in any source.',
    },
  },
  check({ corpus, report }) {
    // Claims are looked up in the by-claim index below; only actors and sources need counting.
    const used = { actor: new Set<string>(), source: new Set<string>() };
    for (const { type, record } of eachRecord(corpus)) {
      for (const ref of referencesOf(type, record)) {
        if (ref.type !== 'actor' && ref.type !== 'source') continue;
        // An actor's own memberships do not make it used; being someone's group or country does.
        if (!(ref.type === type && ref.id === record.id)) used[ref.type].add(ref.id);
      }
    }
    for (const a of corpus.actors) {
      if (!used.actor.has(a.id))
        report({ messageId: 'actor', data: { id: a.id, name: a.name }, entity: { type: 'actor', id: a.id } });
    }
    for (const s of corpus.sources) {
      if (!used.source.has(s.id))
        report({ messageId: 'source', data: { id: s.id, title: s.title }, entity: { type: 'source', id: s.id } });
    }
    for (const c of corpus.claims) {
      if (corpus.store.byClaim.get(c.id) === undefined)
        report({ messageId: 'claim', data: { id: c.id }, entity: { type: 'claim', id: c.id } });
    }
  },
};
