import type { Attribution } from '../../model/attribution.js';
import type { Rule } from '../rule.js';
import { sharedFacts } from '../shared-facts.js';

/**
 * Quotes credited to a source whose text the corpus does not hold cannot be verified. Reported
 * once per source, as information: it is common for imported corpora.
 */
export const sourceTextMissing: Rule = {
  meta: {
    id: 'source-text-missing',
    severity: 'info',
    doc: 'Sources that carry quotes hold their text, so the quotes can be verified.',
    messages: {
      missing:
        'Source "{id}" has {count} with quoted words, but the corpus does not hold its text, so the quotes cannot be checked against it.',
    },
  },
  check(context) {
    const { corpus, report } = context;
    const { sources } = sharedFacts(context);
    const counts = new Map<string, number>();
    const attributions = corpus.attributions;
    for (let i = 0; i < attributions.length; i++) {
      const a = attributions[i] as Attribution;
      if ((a.mode === 'direct-quote' || a.mode === 'indirect') && a.quotes.length > 0) {
        const source = sources[i];
        if (source && source.text === undefined) counts.set(a.source, (counts.get(a.source) ?? 0) + 1);
      }
    }
    for (const [id, count] of counts)
      report({
        messageId: 'missing',
        data: { id, count: count === 1 ? '1 attribution' : `${count} attributions` },
        entity: { type: 'source', id },
      });
  },
};
