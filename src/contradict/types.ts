import type { QuoteRecord } from '../query/quote-record.js';

/** The kinds of contradiction claimtrail finds. */
export type ContradictionKind = 'stance' | 'polarity' | 'value' | 'temporal' | 'explicit';

/**
 * Two statements that cannot both hold, with a sentence saying why. `strength` is `weak` when
 * either side is hedged ("reportedly", "may") or when the conflict rests on what the corpus does not
 * record (a gap that an unrecorded event could fill).
 */
export interface Contradiction {
  readonly kind: ContradictionKind;
  readonly strength: 'strong' | 'weak';
  readonly a: QuoteRecord;
  readonly b: QuoteRecord;
  readonly explanation: string;
  /** For temporal conflicts: the arithmetic that shows it. */
  readonly arithmetic?: string;
  /** For explicit conflicts: the annotator's remark on the claim that records it. */
  readonly note?: string;
}

/** Whether a statement is hedged: a weaker basis for a conflict. */
export function isHedged(record: QuoteRecord): boolean {
  const { factuality, stance } = record.attribution;
  return (
    factuality === 'probable' ||
    factuality === 'possible' ||
    factuality === 'unknown' ||
    stance === 'hedges' ||
    stance === 'doubts'
  );
}

/**
 * How a statement is cited in an explanation: speaker, the chain it came through, source and
 * date. The title stands without quotation marks, which are kept for words verbatim from a text.
 *
 * @param record - a statement
 * @returns e.g. `Fumio Kishida, as relayed by Hirokazu Matsuno (in The Japanese Prime Minister is ready…, 2023)`
 * @example
 * cite(corpus.quotes({ speaker: 'Kishida' })[0])
 * //=> 'Fumio Kishida, as relayed by Hirokazu Matsuno (in The Japanese Prime Minister is ready to meet with the North…, 2023)'
 */
export function cite(record: QuoteRecord): string {
  const date = record.date ? `, ${record.date}` : '';
  const title =
    record.source.title.length > 60 ? `${record.source.title.slice(0, 59).trimEnd()}…` : record.source.title;
  const relays = record.chain.slice(0, -1).flatMap((l) => (l.type === 'actor' ? [l.actor.name] : []));
  const through = relays.length === 0 ? '' : `, as relayed by ${relays.join(' and ')}`;
  // An article without a publisher speaks in its own voice under its title: name it once.
  if (record.speaker.name === record.source.title) return `the article ${title}${date ? ` (${date.slice(2)})` : ''}`;
  return `${record.speaker.name}${through} (in ${title}${date})`;
}
