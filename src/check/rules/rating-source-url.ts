import type { Attribution } from '../../model/attribution.js';
import type { Rule } from '../rule.js';
import { sharedFacts } from '../shared-facts.js';

/**
 * A fact-checker's verdict is published as a ClaimReview, and Google requires a ClaimReview's
 * `url`: the page of the fact check, which claimtrail takes from the rating's source. Without
 * it the export is not a valid fact check for Google's tools.
 */
export const ratingSourceUrl: Rule = {
  meta: {
    id: 'rating-source-url',
    severity: 'warning',
    doc: "A rating's source has a url, which its ClaimReview needs.",
    messages: {
      missing:
        'Attribution "{id}" rates the claim "{rating}", but its source "{source}" has no url: its ClaimReview will lack the url Google requires. Give the source the address of the fact check.',
    },
  },
  check(context) {
    const { corpus, report } = context;
    const attributions = corpus.attributions;
    for (let i = 0; i < attributions.length; i++) {
      const a = attributions[i] as Attribution;
      if (a.rating === undefined) continue;
      const source = sharedFacts(context).sources[i];
      // An unknown source is unknown-reference's to report.
      if (source === undefined || source.url !== undefined) continue;
      report({
        messageId: 'missing',
        data: { id: a.id, rating: a.rating.label, source: a.source },
        entity: { type: 'attribution', id: a.id },
        field: ['rating'],
      });
    }
  },
};
