import { closestPassage } from '../../internal/closest-passage.js';
import { allIndexesOf, type FoldedText, foldText } from '../../internal/fold-text.js';
import { lineStarts, positionAt } from '../../internal/position.js';
import type { Quote } from '../../model/attribution.js';
import type { Rule } from '../rule.js';

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * A quote must stand in its source's text, and its anchor must point at it. Typographic variation
 * (curly or straight quotes, dashes, whitespace, Unicode normalisation) is tolerated; when the
 * words are not there, the closest passage of the text is named.
 */
export const quoteNotInSource: Rule = {
  meta: {
    id: 'quote-not-in-source',
    severity: 'error',
    doc: "Every quoted fragment occurs in its source's text, where its anchor says.",
    messages: {
      notFound:
        'Attribution "{id}" quotes "{quote}", but these words are not in the text of source "{source}". The closest passage, {edits} edits away, is at line {line}: "{closest}".',
      notFoundNoNearMiss:
        'Attribution "{id}" quotes "{quote}", but these words are not in the text of source "{source}".',
      anchorMismatch:
        'Attribution "{id}" quotes "{quote}" at {start}..{end}, but there the text reads "{there}"; the words are at {foundStart}..{foundEnd}.',
      anchorOutOfRange:
        'Attribution "{id}" anchors its quote at {start}..{end}, past the end of source "{source}" ({length} characters).',
      contextMismatch:
        'Attribution "{id}": the text around its quote does not match the {which} "{given}"; the text has "{actual}".',
    },
  },
  check({ corpus, report }) {
    const folded = new Map<string, { folded: FoldedText; starts: number[] }>();
    for (const a of corpus.attributions) {
      if (a.mode !== 'direct-quote' && a.mode !== 'indirect') continue;
      if (a.quotes.length === 0) continue;
      const text = corpus.store.sources.get(a.source)?.record.text;
      if (text === undefined) continue; // source-text-missing reports this once per source
      let cached = folded.get(a.source);
      if (!cached) {
        cached = { folded: foldText(text), starts: lineStarts(text) };
        folded.set(a.source, cached);
      }
      for (const [index, quote] of a.quotes.entries()) checkQuote(a.id, a.source, text, cached, quote, index, report);
    }
  },
};

function checkQuote(
  id: string,
  source: string,
  text: string,
  cached: { folded: FoldedText; starts: number[] },
  quote: Quote,
  index: number,
  report: Parameters<Rule['check']>[0]['report'],
): void {
  const entity = { type: 'attribution' as const, id };
  const wanted = foldText(quote.text).text;
  const hits = allIndexesOf(cached.folded.text, wanted).map((i) => ({
    start: cached.folded.offsets[i] as number,
    end: cached.folded.offsets[i + wanted.length] as number,
  }));
  // Trailing whitespace folded into a space would make the end overshoot; trim it back.
  for (const hit of hits) while (hit.end > hit.start && /\s/.test(text[hit.end - 1] as string)) hit.end--;
  if (hits.length === 0) {
    const miss = closestPassage(cached.folded.text, wanted);
    const start = miss ? (cached.folded.offsets[miss.start] as number) : 0;
    const end = miss ? (cached.folded.offsets[miss.end] as number) : 0;
    report({
      messageId: miss ? 'notFound' : 'notFoundNoNearMiss',
      data: {
        id,
        quote: excerpt(quote.text),
        source,
        ...(miss
          ? { edits: miss.edits, line: positionAt(cached.starts, start).line, closest: excerpt(text.slice(start, end)) }
          : {}),
      },
      entity,
      field: ['quotes', index, 'text'],
      actual: quote.text,
      ...(miss ? { expected: text.slice(start, end) } : {}),
    });
    return;
  }
  if (quote.start === undefined || quote.end === undefined) return;
  if (quote.end > text.length) {
    report({
      messageId: 'anchorOutOfRange',
      data: { id, start: quote.start, end: quote.end, source, length: text.length },
      entity,
      field: ['quotes', index, 'end'],
      actual: quote.end,
    });
    return;
  }
  const atAnchor = foldText(text.slice(quote.start, quote.end)).text === wanted;
  if (!atAnchor) {
    const nearest = hits.reduce((a, b) =>
      Math.abs(a.start - (quote.start as number)) <= Math.abs(b.start - (quote.start as number)) ? a : b,
    );
    report({
      messageId: 'anchorMismatch',
      data: {
        id,
        quote: excerpt(quote.text, 40),
        start: quote.start,
        end: quote.end,
        there: excerpt(text.slice(quote.start, quote.end), 40),
        foundStart: nearest.start,
        foundEnd: nearest.end,
      },
      entity,
      field: ['quotes', index, 'start'],
      actual: { start: quote.start, end: quote.end },
      expected: nearest,
    });
    return;
  }
  for (const which of ['prefix', 'suffix'] as const) {
    const given = quote[which];
    if (given === undefined || given === '') continue;
    const actual =
      which === 'prefix'
        ? text.slice(Math.max(0, quote.start - given.length), quote.start)
        : text.slice(quote.end, quote.end + given.length);
    if (foldText(actual).text !== foldText(given).text) {
      report({
        messageId: 'contextMismatch',
        data: { id, which, given: excerpt(given, 40), actual: excerpt(actual, 40) },
        entity,
        field: ['quotes', index, which],
        actual,
        expected: given,
      });
    }
  }
}
