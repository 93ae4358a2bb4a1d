import { DateMemo } from '../date-memo.js';
import type { Rule } from '../rule.js';

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
  check({ corpus, report }) {
    const dates = new DateMemo();
    for (const a of corpus.attributions) {
      if (a.said === undefined) continue;
      const published = corpus.store.sources.get(a.source)?.record.published;
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
