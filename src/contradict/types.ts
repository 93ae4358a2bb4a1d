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

/** How a statement is cited in an explanation: speaker, source and date. */
export function cite(record: QuoteRecord): string {
  const date = record.date ? `, ${record.date}` : '';
  const title =
    record.source.title.length > 60 ? `${record.source.title.slice(0, 59).trimEnd()}…` : record.source.title;
  return `${record.speaker.name} (in "${title}"${date})`;
}
