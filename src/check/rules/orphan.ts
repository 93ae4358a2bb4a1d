import type { Corpus } from '../../corpus/corpus.js';
import { type ReferenceVisitor, visitReferences } from '../../corpus/references.js';
import type { EntityType } from '../../model/diagnostic.js';
import type { Rule } from '../rule.js';

/** The records of one type, in load order. */
function recordsOf(corpus: Corpus, type: EntityType): readonly { id: string }[] {
  switch (type) {
    case 'actor':
      return corpus.actors;
    case 'source':
      return corpus.sources;
    case 'claim':
      return corpus.claims;
    case 'attribution':
      return corpus.attributions;
  }
}

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
    // The record being walked, read by one visitor instead of a closure per record.
    let type: EntityType = 'actor';
    let self = '';
    // The last id marked of each type: attributions in a row share their source, and a role
    // mention usually names the speaker just marked, so most marks need no set operation.
    let lastActor: string | undefined;
    let lastSource: string | undefined;
    const mark: ReferenceVisitor = (refType, id) => {
      if (refType === 'actor') {
        // An actor's own memberships do not make it used; being someone's group or country does.
        if (id !== lastActor && !(type === 'actor' && id === self)) used.actor.add((lastActor = id));
      } else if (refType === 'source') {
        if (id !== lastSource) used.source.add((lastSource = id));
      }
      return true;
    };
    for (type of ['actor', 'source', 'claim', 'attribution'] as const) {
      for (const record of recordsOf(corpus, type)) {
        self = record.id;
        visitReferences(type, record, mark);
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
