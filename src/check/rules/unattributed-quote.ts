import { lineStarts, positionAt } from '../../internal/position.js';
import { exactPlaces } from '../../internal/quote-places.js';
import { judgeSpeech } from '../../speech/judge-speech.js';
import { findQuotedSpans } from '../../speech/quoted-spans.js';
import { splitSentences } from '../../speech/sentences.js';
import type { Rule } from '../rule.js';

const excerpt = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * Every quoted statement in a source's text is attributed (docs/format.md asks for it): a passage
 * between quotation marks that reads as speech (not a title, nickname or scare quote, judged as
 * `claimtrail draft` judges) and that no quote of an attribution of that source overlaps is
 * reported, as information.
 */
export const unattributedQuote: Rule = {
  meta: {
    id: 'unattributed-quote',
    severity: 'info',
    doc: 'Every quoted statement in a source text is covered by an attribution.',
    messages: {
      unattributed:
        'Source "{id}" quotes "{quote}" (line {line} of its text), but no attribution of the source quotes these words.',
    },
  },
  check({ corpus, report }) {
    const covered = new Map<string, { start: number; end: number }[]>();
    for (const a of corpus.attributions) {
      if (a.mode !== 'direct-quote' && a.mode !== 'indirect') continue;
      const text = corpus.store.sources.get(a.source)?.record.text;
      if (text === undefined) continue;
      const places = covered.get(a.source) ?? [];
      for (const q of a.quotes) {
        if (q.start !== undefined && q.end !== undefined) places.push({ start: q.start, end: q.end });
        else places.push(...exactPlaces(text, q.text));
      }
      covered.set(a.source, places);
    }
    for (const source of corpus.sources) {
      const places = covered.get(source.id);
      if (source.text === undefined || places === undefined) continue; // sources nobody quotes are not annotated yet
      const text = source.text;
      const spans = findQuotedSpans(text);
      const sentences = splitSentences(text, spans);
      let starts: number[] | undefined;
      for (const span of spans) {
        if (span.depth > 0 || places.some((p) => p.start < span.end && p.end > span.start)) continue;
        const sentence = sentences.find((s) => span.start >= s.start && span.start < s.end);
        if (!sentence || !judgeSpeech(text, span, sentence, spans).speech) continue;
        starts ??= lineStarts(text);
        report({
          messageId: 'unattributed',
          data: {
            id: source.id,
            quote: excerpt(text.slice(span.start, span.end)),
            line: positionAt(starts, span.start).line,
          },
          entity: { type: 'source', id: source.id },
          field: [source.textFile === undefined ? 'text' : 'textFile'],
          actual: { start: span.start, end: span.end },
        });
      }
    }
  },
};
