import { reanchorQuote } from '../../anchor/reanchor-quote.js';
import { type FoldedText, foldText } from '../../internal/fold-text.js';
import { lineStarts, positionAt } from '../../internal/position.js';
import type { Attribution, Quote } from '../../model/attribution.js';
import { PassageIndex } from '../passage-index.js';
import type { Rule, RuleContext } from '../rule.js';
import { sharedFacts } from '../shared-facts.js';

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const characters = (n: number) => `${n} character${n === 1 ? '' : 's'}`;

/** Texts longer than this get no approximate re-anchoring suggestion. */
const APPROXIMATE_LIMIT = 1_000_000;

/**
 * A source's text, folded and split into lines only when a quote is not where its anchor says:
 * quotes with correct anchors cost their own length, not the length of the text.
 */
class SourceText {
  #folded?: FoldedText;
  #index?: PassageIndex;
  #starts?: number[];
  constructor(readonly text: string) {}
  get folded(): FoldedText {
    this.#folded ??= foldText(this.text);
    return this.#folded;
  }
  get index(): PassageIndex {
    this.#index ??= new PassageIndex(this.folded.text);
    return this.#index;
  }
  lineAt(offset: number): number {
    this.#starts ??= lineStarts(this.text);
    return positionAt(this.#starts, offset).line;
  }
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
        'Attribution "{id}" quotes "{quote}", but these words are not in the text of source "{source}". The nearest wording, at line {line}, is "{closest}" ({difference} different).',
      notFoundNoNearMiss:
        'Attribution "{id}" quotes "{quote}", but these words are not in the text of source "{source}", nor anything like them.',
      anchorMismatch:
        'Attribution "{id}": the anchor of the quote "{quote}" (characters {start} to {end}) points at "{there}"; the quoted words are at characters {foundStart} to {foundEnd}, line {line}.',
      anchorOutOfRange:
        'Attribution "{id}": the anchor of its quote (characters {start} to {end}) runs past the end of the text of source "{source}", which has {length} characters.',
      contextMismatch:
        'Attribution "{id}": the text {side} the quote "{quote}" reads "{actual}", not "{given}" as its {which} says.',
    },
  },
  check(context) {
    const { corpus, report } = context;
    const { sources } = sharedFacts(context);
    const texts = new Map<string, SourceText>();
    let lastId: string | undefined;
    let lastText: SourceText | undefined;
    const attributions = corpus.attributions;
    for (let i = 0; i < attributions.length; i++) {
      const a = attributions[i] as Attribution;
      if (a.mode !== 'direct-quote' && a.mode !== 'indirect') continue;
      if (a.quotes.length === 0) continue;
      const text = sources[i]?.text;
      if (text === undefined) continue; // source-text-missing reports this once per source
      // Attributions in a row mostly share their source: look it up only when it changes.
      let source = a.source === lastId ? lastText : texts.get(a.source);
      if (!source) texts.set(a.source, (source = new SourceText(text)));
      lastId = a.source;
      lastText = source;
      for (let index = 0; index < a.quotes.length; index++)
        checkQuote(a.id, a.source, source, a.quotes[index] as Quote, index, report);
    }
  },
};

function checkQuote(
  id: string,
  sourceId: string,
  source: SourceText,
  quote: Quote,
  index: number,
  report: RuleContext['report'],
): void {
  const { text } = source;
  const entity = { type: 'attribution' as const, id };
  const anchored = quote.start !== undefined && quote.end !== undefined;
  // Most anchors are right and most quotes are copied exactly: compare in place, without a copy.
  if (
    anchored &&
    (quote.start as number) >= 0 &&
    (quote.end as number) - (quote.start as number) === quote.text.length &&
    (quote.end as number) <= text.length &&
    text.startsWith(quote.text, quote.start)
  ) {
    checkContext(id, text, quote, index, report);
    return;
  }
  // Otherwise compare the words at the anchor before folding anything.
  const atAnchor = anchored && (quote.end as number) <= text.length ? text.slice(quote.start, quote.end) : undefined;
  if (atAnchor === quote.text) {
    checkContext(id, text, quote, index, report);
    return;
  }
  const wanted = foldText(quote.text).text;
  if (atAnchor !== undefined && foldText(atAnchor).text === wanted) {
    checkContext(id, text, quote, index, report);
    return;
  }
  const { folded } = source;
  const hits = source.index.occurrences(wanted).map((i) => ({
    start: folded.offsets[i] as number,
    end: folded.offsets[i + wanted.length] as number,
  }));
  // Trailing whitespace folded into a space would make the end overshoot; trim it back.
  for (const hit of hits) while (hit.end > hit.start && /\s/.test(text[hit.end - 1] as string)) hit.end--;
  if (hits.length === 0) {
    const miss = source.index.nearest(wanted);
    const start = miss ? (folded.offsets[miss.start] as number) : 0;
    const end = miss ? (folded.offsets[miss.end] as number) : 0;
    report({
      messageId: miss ? 'notFound' : 'notFoundNoNearMiss',
      data: {
        id,
        quote: excerpt(quote.text),
        source: sourceId,
        ...(miss
          ? { difference: characters(miss.edits), line: source.lineAt(start), closest: excerpt(text.slice(start, end)) }
          : {}),
      },
      entity,
      field: ['quotes', index, 'text'],
      actual: quote.text,
      ...(miss ? { expected: text.slice(start, end) } : {}),
      // An approximate search costs the text's length times the quote's: on very long texts it is skipped.
      ...(text.length <= APPROXIMATE_LIMIT ? approximateSuggestion(text, quote, folded) : {}),
    });
    return;
  }
  if (!anchored) return;
  const start = quote.start as number;
  const end = quote.end as number;
  if (end > text.length) {
    report({
      messageId: 'anchorOutOfRange',
      data: { id, start, end, source: sourceId, length: text.length },
      entity,
      field: ['quotes', index, 'end'],
      actual: end,
      expected: `at most ${text.length}`,
    });
    return;
  }
  // The stored prefix and suffix pick among repeated words, as `claimtrail anchor` would.
  const again = reanchorQuote(text, quote, { folded });
  const nearest =
    again.status === 'moved'
      ? { start: again.quote.start as number, end: again.quote.end as number }
      : hits.reduce((a, b) => (Math.abs(a.start - start) <= Math.abs(b.start - start) ? a : b));
  report({
    messageId: 'anchorMismatch',
    data: {
      id,
      quote: excerpt(quote.text, 40),
      start,
      end,
      there: excerpt(text.slice(start, end), 40),
      foundStart: nearest.start,
      foundEnd: nearest.end,
      line: source.lineAt(nearest.start),
    },
    entity,
    field: ['quotes', index, 'start'],
    actual: { start, end },
    expected: nearest,
    suggestion: `start: ${nearest.start}, end: ${nearest.end} (claimtrail anchor --write sets them)`,
  });
}

/** When the text now words the quote slightly differently, the place and wording to take instead. */
function approximateSuggestion(text: string, quote: Quote, folded: FoldedText): { suggestion?: string } {
  const again = reanchorQuote(
    text,
    {
      text: quote.text,
      start: quote.start,
      end: quote.end,
      prefix: quote.prefix,
      suffix: quote.suffix,
    },
    { folded },
  );
  if (again.status !== 'approximate') return {};
  const q = again.quote;
  return {
    suggestion: `text: ${JSON.stringify(q.text)}, start: ${q.start}, end: ${q.end}, if the text's wording is the right one (claimtrail anchor --write takes it)`,
  };
}

/** About `length` characters of text ending at `end`, widened to start at a word (at most 20 more). */
function wordsBefore(text: string, end: number, length: number): string {
  let start = Math.max(0, end - length);
  for (let k = 0; k < 20 && start > 0 && !/\s/.test(text[start - 1] as string); k++) start--;
  return text.slice(start, end);
}

/** About `length` characters of text from `start`, widened to end at a word (at most 20 more). */
function wordsAfter(text: string, start: number, length: number): string {
  let end = Math.min(text.length, start + length);
  for (let k = 0; k < 20 && end < text.length && !/\s/.test(text[end] as string); k++) end++;
  return text.slice(start, end);
}

/**
 * Whether a string starts or ends with half of a surrogate pair, which the text around it could
 * complete into another character: the exact comparison is then not enough.
 */
function hasSurrogateAtEdge(value: string): boolean {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return (first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff);
}

/** The optional prefix and suffix must match the text just before and after the anchor. */
function checkContext(id: string, text: string, quote: Quote, index: number, report: RuleContext['report']): void {
  const start = quote.start as number;
  const end = quote.end as number;
  for (const which of ['prefix', 'suffix'] as const) {
    const given = quote[which];
    if (given === undefined || given === '') continue;
    // Most contexts are copied exactly: then folding both sides could only agree.
    const exact = which === 'prefix' ? text.endsWith(given, start) : text.startsWith(given, end);
    if (exact && !hasSurrogateAtEdge(given)) continue;
    // A wider window than the given context, so that a run of spaces in the text still matches.
    const reach = given.length * 2 + 8;
    const wanted = foldText(given).text;
    const matches =
      which === 'prefix'
        ? foldText(text.slice(Math.max(0, start - reach), start)).text.endsWith(wanted)
        : foldText(text.slice(end, end + reach)).text.startsWith(wanted);
    if (!matches) {
      const actual = which === 'prefix' ? wordsBefore(text, start, given.length) : wordsAfter(text, end, given.length);
      report({
        messageId: 'contextMismatch',
        data: {
          id,
          side: which === 'prefix' ? 'just before' : 'just after',
          quote: excerpt(quote.text, 40),
          which,
          given: excerpt(given, 40),
          actual: excerpt(actual, 40),
        },
        entity: { type: 'attribution', id },
        field: ['quotes', index, which],
        actual,
        expected: given,
      });
    }
  }
}
