import type { Corpus } from '../corpus/corpus.js';
import { UnknownReferenceError } from '../corpus/errors.js';
import { chainToArray } from '../internal/chain-list.js';
import type { Attribution, AttributionMode, Stance } from '../model/attribution.js';
import { type PartialDate, partialDateProblem } from '../model/partial-date.js';
import { partialDateBounds } from '../time/partial-date-bounds.js';
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
  /**
   * The source, by id or title: the one the statement appears in, or any document it passed
   * through (`via`), so that the Guardian report finds the Guardian's words quoted elsewhere.
   */
  readonly source?: string;
  /** The publisher, by id, name or alias, of the source or of any document the statement passed through. */
  readonly publisher?: string;
  /** Said (or else published) on or after this date; a coarser date that overlaps counts. */
  readonly from?: PartialDate;
  /** Said (or else published) on or before this date; a coarser date that overlaps counts. */
  readonly to?: PartialDate;
  readonly mode?: AttributionMode | readonly AttributionMode[];
  readonly stance?: Stance | readonly Stance[];
  /** The claim, by id; statements of the claims recorded as the same proposition (`sameAs`) count too. */
  readonly claim?: string;
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

function requireSource(corpus: Corpus, reference: string) {
  const resolution = corpus.resolveSource(reference);
  if (resolution.status === 'missing') throw new UnknownReferenceError('source', reference, resolution.suggestion);
  return corpus.source(reference) as NonNullable<ReturnType<Corpus['source']>>;
}

const citedIn = new WeakMap<Corpus, Map<string, Attribution[]>>();

/** Attributions by the documents they passed through (`via`), built once per corpus. */
function byVia(corpus: Corpus): Map<string, Attribution[]> {
  let index = citedIn.get(corpus);
  if (index) return index;
  index = new Map();
  for (const a of corpus.attributions) {
    for (const id of new Set(a.via)) {
      const list = index.get(id);
      if (list) list.push(a);
      else index.set(id, [a]);
    }
  }
  citedIn.set(corpus, index);
  return index;
}

function candidates(corpus: Corpus, filter: QuoteFilter, sourceId: string | undefined): Iterable<Attribution> {
  if (filter.speaker !== undefined) {
    const speaker = requireActor(corpus, filter.speaker);
    const ids = filter.includeAgents ? actorWithAgents(corpus, speaker.id) : [speaker.id];
    return ids.flatMap((id) => chainToArray(corpus.store.bySpeaker.get(id)));
  }
  if (filter.claim !== undefined) return corpus.attributionsByClaim(filter.claim, { sameAs: true });
  if (sourceId !== undefined) {
    const direct = chainToArray(corpus.store.bySource.get(sourceId));
    const cited = (byVia(corpus).get(sourceId) ?? []).filter((a) => a.source !== sourceId);
    return cited.length === 0 ? direct : [...direct, ...cited];
  }
  return corpus.attributions;
}

/** The source and every document the statement passed through. */
const chainSources = (a: Attribution) => (a.via.length === 0 ? [a.source] : [a.source, ...a.via]);

function checkDate(field: 'from' | 'to', value: PartialDate | undefined) {
  const problem = value === undefined ? undefined : partialDateProblem(value);
  if (problem) throw new RangeError(`The "${field}" date ${problem}.`);
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
 * @throws {RangeError} when `from` or `to` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
 *
 * @example
 * findQuotes(corpus, { speaker: 'Matsuno', mode: 'direct-quote' }).map((q) => q.source.id)
 * //=> ['dn-kishida-ready-to-meet-kim', 'dn-kishida-ready-to-meet-kim']
 */
export function findQuotes(corpus: Corpus, filter: QuoteFilter = {}): QuoteRecord[] {
  checkDate('from', filter.from);
  checkDate('to', filter.to);
  const modes = asSet(filter.mode);
  const stances = asSet(filter.stance);
  const publisher = filter.publisher === undefined ? undefined : requireActor(corpus, filter.publisher).id;
  const sourceId = filter.source === undefined ? undefined : requireSource(corpus, filter.source).id;
  const wanted = filter.text === undefined ? undefined : searchForm(filter.text);
  const minScore = filter.minScore ?? 0.75;
  const range =
    filter.from !== undefined || filter.to !== undefined
      ? { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) }
      : undefined;
  const results: QuoteRecord[] = [];
  const claims = filter.claim === undefined ? undefined : new Set(corpus.sameAs(filter.claim));
  for (const a of candidates(corpus, filter, sourceId)) {
    if (claims && !claims.has(a.claim)) continue;
    if (modes && !modes.has(a.mode)) continue;
    if (stances && !stances.has(a.stance)) continue;
    if (sourceId !== undefined && a.source !== sourceId && !a.via.includes(sourceId)) continue;
    if (
      publisher !== undefined &&
      !chainSources(a).some((id) => corpus.store.sources.get(id)?.record.publisher === publisher)
    )
      continue;
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
  const sorted = filter.fuzzy && wanted !== undefined ? results.sort(byScoreThenDate) : sortByDate(results);
  return filter.limit === undefined ? sorted : sorted.slice(0, filter.limit);
}

const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts records as {@link byDate} does, computing each record's key once instead of parsing its
 * date on every comparison: the difference between microseconds and milliseconds on large results.
 */
export function sortByDate(records: QuoteRecord[]): QuoteRecord[] {
  const keyed = records.map((record) => ({
    record,
    start: record.date === undefined ? Number.POSITIVE_INFINITY : partialDateBounds(record.date).start.getTime(),
    precision: record.date?.length ?? 0,
  }));
  keyed.sort(
    (a, b) =>
      a.start - b.start || a.precision - b.precision || codeOrder(a.record.attribution.id, b.record.attribution.id),
  );
  return keyed.map((k) => k.record);
}

/** Orders records by date, undated last, then by attribution id. */
export function byDate(a: QuoteRecord, b: QuoteRecord): number {
  if (a.date === undefined || b.date === undefined) {
    return (
      (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) || codeOrder(a.attribution.id, b.attribution.id)
    );
  }
  return comparePartialDates(a.date, b.date) || codeOrder(a.attribution.id, b.attribution.id);
}

function byScoreThenDate(a: QuoteRecord, b: QuoteRecord): number {
  return (b.score ?? 0) - (a.score ?? 0) || byDate(a, b);
}
