import type { Corpus } from '../corpus/corpus.js';
import { UnknownReferenceError } from '../corpus/errors.js';
import { chainToArray } from '../internal/chain-list.js';
import type { Attribution, AttributionMode, Stance } from '../model/attribution.js';
import type { PartialDate } from '../model/partial-date.js';
import { comparePartialDates } from '../time/relate-partial-dates.js';
import { whensOverlap } from '../time/when-bounds.js';
import { actorWithAgents } from './agents.js';
import { type QuoteRecord, toQuoteRecord } from './quote-record.js';
import { phraseScore, searchForm } from './text-match.js';

/** What `corpus.quotes()` selects by. Every field narrows; none given returns every attribution. */
export interface QuoteFilter {
  /** The speaker, by id, name or alias. */
  readonly speaker?: string;
  /** Also those who speak for the speaker (`actsFor`), so "Japan" finds its spokesman's words. */
  readonly includeAgents?: boolean;
  /** The source, by id or title. */
  readonly source?: string;
  /** The publisher of the source, by id, name or alias. */
  readonly publisher?: string;
  /** Said (or else published) on or after this date; a coarser date that overlaps counts. */
  readonly from?: PartialDate;
  /** Said (or else published) on or before this date; a coarser date that overlaps counts. */
  readonly to?: PartialDate;
  readonly mode?: AttributionMode | readonly AttributionMode[];
  readonly stance?: Stance | readonly Stance[];
  /** A topic of the claim. */
  readonly topic?: string;
  /** Words in the quote or the claim, ignoring case, accents and punctuation. */
  readonly text?: string;
  /** Rank by how well `text` matches instead of requiring it verbatim, best first. */
  readonly fuzzy?: boolean;
  /** With `fuzzy`, the lowest score (0 to 1) to keep; default 0.75. */
  readonly minScore?: number;
  /** At most this many results. */
  readonly limit?: number;
}

const asSet = <T>(value: T | readonly T[] | undefined): Set<T> | undefined =>
  value === undefined ? undefined : new Set(Array.isArray(value) ? (value as T[]) : [value as T]);

function requireActor(corpus: Corpus, reference: string) {
  const resolution = corpus.resolveActor(reference);
  if (resolution.status === 'missing') throw new UnknownReferenceError('actor', reference, resolution.suggestion);
  return corpus.actor(reference) as NonNullable<ReturnType<Corpus['actor']>>;
}

function candidates(corpus: Corpus, filter: QuoteFilter): Iterable<Attribution> {
  if (filter.speaker !== undefined) {
    const speaker = requireActor(corpus, filter.speaker);
    const ids = filter.includeAgents ? actorWithAgents(corpus, speaker.id) : [speaker.id];
    return ids.flatMap((id) => chainToArray(corpus.store.bySpeaker.get(id)));
  }
  if (filter.source !== undefined) {
    const resolution = corpus.resolveSource(filter.source);
    if (resolution.status === 'missing')
      throw new UnknownReferenceError('source', filter.source, resolution.suggestion);
    const source = corpus.source(filter.source);
    return source ? chainToArray(corpus.store.bySource.get(source.id)) : [];
  }
  return corpus.attributions;
}

/** Searchable text of an attribution: its quoted words and its claim. */
function searchText(corpus: Corpus, a: Attribution): string {
  const quoted = a.mode === 'direct-quote' || a.mode === 'indirect' ? a.quotes.map((q) => q.text).join(' ') : '';
  return searchForm(`${quoted} ${corpus.store.claims.get(a.claim)?.record.text ?? ''}`);
}

/**
 * Finds attributed statements: by speaker (and who speaks for them), source, publisher, dates,
 * mode, stance, topic and words. Results carry the claim, speaker, source and whole chain, sorted
 * by date (undated last), or by score with `fuzzy`.
 *
 * @param corpus - the corpus to search
 * @param filter - what to select
 * @returns the matching statements
 * @throws {UnknownReferenceError} when `speaker`, `source` or `publisher` names nothing
 * @throws {AmbiguousReferenceError} when one of them fits several records
 *
 * @example
 * findQuotes(corpus, { speaker: 'Matsuno', mode: 'direct-quote' }).map((q) => q.source.id)
 * //=> ['dn-kishida-ready-to-meet-kim', 'dn-kishida-ready-to-meet-kim']
 */
export function findQuotes(corpus: Corpus, filter: QuoteFilter = {}): QuoteRecord[] {
  const modes = asSet(filter.mode);
  const stances = asSet(filter.stance);
  const publisher = filter.publisher === undefined ? undefined : requireActor(corpus, filter.publisher).id;
  const sourceId = filter.source === undefined ? undefined : corpus.source(filter.source)?.id;
  const wanted = filter.text === undefined ? undefined : searchForm(filter.text);
  const minScore = filter.minScore ?? 0.75;
  const range =
    filter.from !== undefined || filter.to !== undefined
      ? { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) }
      : undefined;
  const results: QuoteRecord[] = [];
  for (const a of candidates(corpus, filter)) {
    if (modes && !modes.has(a.mode)) continue;
    if (stances && !stances.has(a.stance)) continue;
    if (sourceId !== undefined && a.source !== sourceId) continue;
    if (publisher !== undefined && corpus.store.sources.get(a.source)?.record.publisher !== publisher) continue;
    if (filter.topic !== undefined && !corpus.store.claims.get(a.claim)?.record.topics.includes(filter.topic)) continue;
    let score: number | undefined;
    if (wanted !== undefined) {
      const text = searchText(corpus, a);
      if (filter.fuzzy) {
        score = phraseScore(wanted, text);
        if (score < minScore) continue;
      } else if (!text.includes(wanted)) continue;
    }
    const record = toQuoteRecord(corpus, a, score);
    if (!record) continue; // a broken reference; `check` reports it
    if (range && (record.date === undefined || !whensOverlap(record.date, range))) continue;
    results.push(record);
  }
  results.sort(filter.fuzzy && wanted !== undefined ? byScoreThenDate : byDate);
  return filter.limit === undefined ? results : results.slice(0, filter.limit);
}

/** Orders records by date, undated last, then by attribution id. */
export function byDate(a: QuoteRecord, b: QuoteRecord): number {
  if (a.date === undefined || b.date === undefined) {
    return (
      (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) ||
      a.attribution.id.localeCompare(b.attribution.id)
    );
  }
  return comparePartialDates(a.date, b.date) || a.attribution.id.localeCompare(b.attribution.id);
}

function byScoreThenDate(a: QuoteRecord, b: QuoteRecord): number {
  return (b.score ?? 0) - (a.score ?? 0) || byDate(a, b);
}
