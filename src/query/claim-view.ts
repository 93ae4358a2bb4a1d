import { sameAsGroups } from '../corpus/same-as.js';
import type { HasStore } from '../corpus/store.js';
import { chainToArray } from '../internal/chain-list.js';
import type { Actor } from '../model/actor.js';
import type { Stance } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { Source } from '../model/source.js';
import { partialDateBounds } from '../time/partial-date-bounds.js';
import { comparePartialDates } from '../time/relate-partial-dates.js';
import { byDate } from './by-date.js';
import { type Corroboration, corroboration } from './corroboration.js';
import type { QuoteRecord } from './quote-record.js';
import { toQuoteRecord } from './quote-record.js';

/** Everything the corpus knows about one claim: where it appears and who stands where. */
export interface ClaimView {
  readonly claim: Claim;
  /** The claim and those recorded as the same proposition (`sameAs`), in id order. */
  readonly claims: readonly Claim[];
  /** Every attribution of the claim and of those recorded as the same proposition, by date. */
  readonly appearances: readonly QuoteRecord[];
  /**
   * Every document that carries it, those it was cited from (`via`) included, by publication date
   * (undated last): the first is where it appeared first.
   */
  readonly sources: readonly Source[];
  /**
   * The earliest dated appearance: the one whose date ends first, so that "said on 2024-07-08"
   * comes before a reply in the same article dated only "2024-07".
   */
  readonly first?: QuoteRecord;
  /** Speakers by stance: who asserts, denies, doubts or hedges it. */
  readonly stances: Readonly<Record<Stance, readonly Actor[]>>;
  /** Its independent lines of evidence, for and against, chain-aware (see `corroboration`). */
  readonly corroboration: Corroboration;
}

function endsEarlier(a: QuoteRecord, b: QuoteRecord): boolean {
  const x = partialDateBounds(a.date as string).end.getTime();
  const y = partialDateBounds(b.date as string).end.getTime();
  return x < y || (x === y && byDate(a, b) < 0);
}

function byPublication(a: Source, b: Source): number {
  if (a.published === undefined || b.published === undefined)
    return (a.published === undefined ? 1 : 0) - (b.published === undefined ? 1 : 0);
  return comparePartialDates(a.published, b.published);
}

/**
 * The per-claim view: every source that carries a claim (or any claim recorded as the same
 * proposition with `sameAs`), its first appearance, and who asserts and who denies it.
 *
 * @param corpus - the corpus
 * @param claimId - the claim's id
 * @returns the view, or undefined when there is no such claim
 *
 * @example
 * claimView(corpus, 'axis.c-russia-threat-to-west')?.stances.denies.map((a) => a.id)
 * //=> ['government-of-russia']
 */
export function claimView(corpus: HasStore, claimId: string): ClaimView | undefined {
  const claim = corpus.store.claims.get(claimId)?.record;
  if (!claim) return undefined;
  const members = sameAsGroups(Array.from(corpus.store.claims.values(), (e) => e.record)).members(claimId);
  const claims = members.map((id) => corpus.store.claims.get(id)?.record).filter((c): c is Claim => c !== undefined);
  const appearances = members
    .flatMap((member) => chainToArray(corpus.store.byClaim.get(member)))
    .map((a) => toQuoteRecord(corpus, a))
    .filter((r): r is QuoteRecord => r !== undefined)
    .sort(byDate);
  const sources = new Set<Source>();
  const stances: Record<Stance, Actor[]> = { asserts: [], denies: [], doubts: [], hedges: [] };
  for (const r of appearances) {
    for (const link of r.chain) if (link.type === 'source') sources.add(link.source);
    const list = stances[r.attribution.stance];
    if (!list.includes(r.speaker)) list.push(r.speaker);
  }
  let first: QuoteRecord | undefined;
  for (const r of appearances) if (r.date !== undefined && (!first || endsEarlier(r, first))) first = r;
  return {
    claim,
    claims,
    appearances,
    sources: [...sources].sort(byPublication),
    ...(first ? { first } : {}),
    stances,
    corroboration: corroboration(claim, appearances),
  };
}
