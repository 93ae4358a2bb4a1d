import type { Attribution, Quote } from '../../model/attribution.js';
import { viaLinks } from '../../model/via-links.js';
import type { Rule } from '../rule.js';

type Span = { readonly start: number; readonly end: number };

/** The anchored spans of an attribution's quotes; none for summaries and own-voice statements. */
function anchoredSpans(a: Attribution): Span[] {
  if (a.mode !== 'direct-quote' && a.mode !== 'indirect') return [];
  return a.quotes.flatMap((q: Quote) =>
    q.start === undefined || q.end === undefined ? [] : [{ start: q.start, end: q.end }],
  );
}

/**
 * Nested speech: when an attribution names the attribution in which an intermediary relays the
 * words (`via: [{ actor, attribution }]`), and both are anchored in the same source, each anchored
 * quote of the inner speaker must lie inside one of the outer attribution's anchored quotes:
 * Kishida's "at any time and without prior conditions" inside Matsuno's sentence. A quote outside
 * means one of the two anchors, or the link between them, is wrong.
 */
export const nestedQuoteOutside: Rule = {
  meta: {
    id: 'nested-quote-outside',
    severity: 'error',
    doc: "A nested quote's anchored words lie inside the anchored quote of the attribution that relays them.",
    messages: {
      outside:
        'Attribution "{id}" quotes "{quote}" at {start}–{end} as relayed in attribution "{outer}", but no quote of "{outer}" spans those characters: the inner words must stand inside the outer quote.',
    },
  },
  check({ corpus, report }) {
    for (const a of corpus.attributions) {
      // Only a relaying link can name an outer attribution; most attributions have none.
      if (a.via === undefined || a.via.length === 0) continue;
      const inner = anchoredSpans(a);
      if (inner.length === 0) continue;
      for (const [i, link] of viaLinks(a).entries()) {
        if (link.type !== 'actor' || link.attribution === undefined) continue;
        const outer = corpus.store.attributions.get(link.attribution)?.record;
        // Another source's anchors count in another text; an unknown id is unknown-reference's.
        if (!outer || outer.source !== a.source) continue;
        const spans = anchoredSpans(outer);
        if (spans.length === 0) continue;
        const quotes = a.mode === 'direct-quote' || a.mode === 'indirect' ? a.quotes : [];
        for (const q of quotes) {
          if (q.start === undefined || q.end === undefined) continue;
          const { start, end } = q;
          if (spans.some((s) => s.start <= start && end <= s.end)) continue;
          report({
            messageId: 'outside',
            data: { id: a.id, quote: q.text, start: String(start), end: String(end), outer: outer.id },
            entity: { type: 'attribution', id: a.id },
            field: ['via', i, 'attribution'],
            actual: { start, end },
            expected: spans.map((s) => `${s.start}–${s.end}`).join(' or '),
            related: [{ type: 'attribution', id: outer.id }],
          });
        }
      }
    }
  },
};
