import type { Attribution } from '../../model/attribution.js';
import type { Rule } from '../rule.js';
import { sharedFacts } from '../shared-facts.js';

/** Nothing can be reported before it was said: `said` may not fall after the source's publication. */
export const saidAfterPublished: Rule = {
  meta: {
    id: 'said-after-published',
    severity: 'error',
    doc: "An attribution's said date is not after its source's publication date.",
    messages: {
      after:
        'Attribution "{id}" dates the words {said}, but source "{source}" was published earlier, on {published}: a source cannot report what had not yet been said.',
    },
  },
  check(context) {
    const { corpus, report } = context;
    const { dates, sources } = sharedFacts(context);
    const attributions = corpus.attributions;
    for (let i = 0; i < attributions.length; i++) {
      const a = attributions[i] as Attribution;
      if (a.said === undefined) continue;
      const published = sources[i]?.published;
      if (published === undefined) continue;
      if (dates.after(a.said, published)) {
        report({
          messageId: 'after',
          data: { id: a.id, said: a.said, source: a.source, published },
          entity: { type: 'attribution', id: a.id },
          field: ['said'],
          actual: a.said,
          expected: `on or before ${published}`,
        });
      }
    }
  },
};
