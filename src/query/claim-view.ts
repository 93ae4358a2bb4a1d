import type { Corpus } from '../corpus/corpus.js';
import type { Actor } from '../model/actor.js';
import type { Stance } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { Source } from '../model/source.js';
import type { QuoteRecord } from './quote-record.js';
import { toQuoteRecord } from './quote-record.js';
import { byDate } from './quotes.js';

/** Everything the corpus knows about one claim: where it appears and who stands where. */
export interface ClaimView {
  readonly claim: Claim;
  /** Every attribution of the claim, by date. */
  readonly appearances: readonly QuoteRecord[];
  /** Every source that carries it, in order of first appearance. */
  readonly sources: readonly Source[];
  /** The earliest dated appearance. */
  readonly first?: QuoteRecord;
  /** Speakers by stance: who asserts, denies, doubts or hedges it. */
  readonly stances: Readonly<Record<Stance, readonly Actor[]>>;
}

/**
 * The per-claim view: every source that carries a claim, its first appearance, and who asserts
 * and who denies it.
 *
 * @param corpus - the corpus
 * @param claimId - the claim's id
 * @returns the view, or undefined when there is no such claim
 *
 * @example
 * claimView(corpus, 'axis.c-russia-threat-to-west')?.stances.denies.map((a) => a.id)
 * //=> ['government-of-russia']
 */
export function claimView(corpus: Corpus, claimId: string): ClaimView | undefined {
  const claim = corpus.claim(claimId);
  if (!claim) return undefined;
  const appearances = corpus
    .attributionsByClaim(claimId)
    .map((a) => toQuoteRecord(corpus, a))
    .filter((r): r is QuoteRecord => r !== undefined)
    .sort(byDate);
  const sources: Source[] = [];
  const stances: Record<Stance, Actor[]> = { asserts: [], denies: [], doubts: [], hedges: [] };
  for (const r of appearances) {
    if (!sources.includes(r.source)) sources.push(r.source);
    const list = stances[r.attribution.stance];
    if (!list.includes(r.speaker)) list.push(r.speaker);
  }
  const first = appearances.find((r) => r.date !== undefined);
  return { claim, appearances, sources, ...(first ? { first } : {}), stances };
}
