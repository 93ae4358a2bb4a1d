import { viaLinks } from '../../model/via-links.js';
import type { Rule } from '../rule.js';
import { sharedFacts } from '../shared-facts.js';

/**
 * A document can only cite documents that already exist: along an attribution's chain (the
 * source, then each `via`, outermost first) publication dates may not increase.
 */
export const citedSourcePublishedLater: Rule = {
  meta: {
    id: 'cited-source-published-later',
    severity: 'error',
    doc: 'Each source in a via chain was published no later than the source that cites it.',
    messages: {
      later:
        'Attribution "{id}" has source "{citing}" (published {citingDate}) citing "{cited}", which was published later, on {citedDate}: a document can only cite what already exists.',
    },
  },
  check(context) {
    const { corpus, report } = context;
    const { dates } = sharedFacts(context);
    const seen = new Set<string>();
    for (const a of corpus.attributions) {
      // Without a via chain, nothing is cited.
      if (a.via === undefined || a.via.length === 0) continue;
      // Each document with its place in `via` (relaying speakers in between are skipped).
      const chain = [
        { id: a.source, field: -1 },
        ...viaLinks(a).flatMap((link, field) => (link.type === 'source' ? [{ id: link.source, field }] : [])),
      ];
      for (let i = 0; i + 1 < chain.length; i++) {
        const citing = corpus.store.sources.get(chain[i]?.id as string)?.record;
        const cited = corpus.store.sources.get(chain[i + 1]?.id as string)?.record;
        if (!citing?.published || !cited?.published) continue;
        const pair = `${citing.id}\u0000${cited.id}`;
        if (seen.has(pair)) continue;
        if (dates.after(cited.published, citing.published)) {
          seen.add(pair);
          report({
            messageId: 'later',
            data: {
              id: a.id,
              citing: citing.id,
              citingDate: citing.published,
              cited: cited.id,
              citedDate: cited.published,
            },
            entity: { type: 'attribution', id: a.id },
            field: ['via', chain[i + 1]?.field as number],
            actual: cited.published,
            expected: `on or before ${citing.published}`,
            related: [
              { type: 'source', id: citing.id },
              { type: 'source', id: cited.id },
            ],
          });
        }
      }
    }
  },
};
