import { requireNamed } from '../corpus/resolve-reference.js';
import { sameAsGroups } from '../corpus/same-as.js';
import type { HasStore } from '../corpus/store.js';
import type { Attribution, AttributionMode, Stance } from '../model/attribution.js';
import { InvalidDateError } from '../model/claimtrail-error.js';
import { handOf } from '../model/hand-of.js';
import { type PartialDate, partialDateProblem } from '../model/partial-date.js';
import { actorWithAgents } from './agents.js';
import { byDate } from './by-date.js';
import { chainSources, type DayRange, type QuoteIndex, quoteIndex } from './quote-index.js';
import type { QuoteRecord } from './quote-record.js';
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
  /**
   * `'first'`: words the source has from the speaker without another speaker relaying them;
   * `'second'`: words relayed by at least one other speaker (Kishida's words as Matsuno put them).
   */
  readonly hand?: 'first' | 'second';
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

function checkDate(field: 'from' | 'to', value: PartialDate | undefined) {
  const problem = value === undefined ? undefined : partialDateProblem(value);
  if (problem) throw new InvalidDateError(`The "${field}" date ${problem}.`);
}

/** Searchable text of a statement: its quoted words and its claim. */
function searchText(record: QuoteRecord): string {
  const a = record.attribution;
  const quoted = a.mode === 'direct-quote' || a.mode === 'indirect' ? a.quotes.map((q) => q.text).join(' ') : '';
  return searchForm(`${quoted} ${record.claim.text}`);
}

/** What the filter selects by, resolved to ids and day numbers. */
interface Wanted {
  readonly speakers?: readonly string[];
  readonly source?: string;
  readonly publisher?: string;
  readonly range?: DayRange;
}

/**
 * The smallest list that holds every match, already in date order: the speaker's, the source's,
 * the publisher's, the stretch of dates, or everything; and which filter it already satisfies.
 */
function candidates(index: QuoteIndex, wanted: Wanted): { list: readonly QuoteRecord[]; by?: 'source' | 'publisher' } {
  const { speakers, source, publisher, range } = wanted;
  if (speakers !== undefined) {
    const lists = speakers.map((id) => index.bySpeaker(id));
    return { list: lists.length === 1 ? (lists[0] as readonly QuoteRecord[]) : index.sorted(lists.flat()) };
  }
  if (source !== undefined) return { list: index.bySource(source), by: 'source' };
  if (publisher !== undefined) return { list: index.byPublisher(publisher), by: 'publisher' };
  if (range !== undefined) return { list: index.during(range) };
  return { list: index.all() };
}

/**
 * Finds attributed statements: by speaker (the innermost one, whose words they are, and who speaks
 * for them), first- or second-hand, source, publisher, dates, mode, stance, topic and words.
 * Results carry the claim, speaker, source and whole chain, sorted by date (undated last), or by
 * score with `fuzzy`. Records are built once per corpus and shared between calls (they are
 * frozen); lists by speaker, source and publisher are kept in date order, so a query costs about
 * what copying its results does.
 *
 * @param corpus - the corpus to search
 * @param filter - what to select
 * @returns the matching statements
 * @throws {UnknownReferenceError} when `speaker`, `source` or `publisher` names nothing
 * @throws {AmbiguousReferenceError} when one of them fits several records
 * @throws {InvalidDateError} when `from` or `to` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
 *
 * @example
 * findQuotes(corpus, { speaker: 'Matsuno', mode: 'direct-quote' }).map((q) => q.source.id)
 * //=> ['dn-kishida-ready-to-meet-kim', 'dn-kishida-ready-to-meet-kim']
 */
export function findQuotes(corpus: HasStore, filter: QuoteFilter = {}): QuoteRecord[] {
  checkDate('from', filter.from);
  checkDate('to', filter.to);
  const { store } = corpus;
  const index = quoteIndex(corpus);
  const claims =
    filter.claim === undefined
      ? undefined
      : new Set(sameAsGroups(Array.from(store.claims.values(), (e) => e.record)).members(filter.claim));
  const modes = asSet(filter.mode);
  const stances = asSet(filter.stance);
  const publisher = filter.publisher === undefined ? undefined : requireNamed(store, 'actor', filter.publisher).id;
  const source = filter.source === undefined ? undefined : requireNamed(store, 'source', filter.source).id;
  const speaker = filter.speaker === undefined ? undefined : requireNamed(store, 'actor', filter.speaker).id;
  const speakers =
    speaker === undefined ? undefined : filter.includeAgents ? actorWithAgents(corpus, speaker) : [speaker];
  const range =
    filter.from !== undefined || filter.to !== undefined
      ? {
          start: filter.from === undefined ? Number.NEGATIVE_INFINITY : index.days(filter.from).start,
          end: filter.to === undefined ? Number.POSITIVE_INFINITY : index.days(filter.to).end,
        }
      : undefined;
  const wanted = filter.text === undefined ? undefined : searchForm(filter.text);
  const minScore = filter.minScore ?? 0.75;
  const ranked = filter.fuzzy === true && wanted !== undefined;
  const { list, by } = candidates(index, { speakers, source, publisher, range });
  const bySource = source !== undefined && by !== 'source';
  const byPublisher = publisher !== undefined && by !== 'publisher';
  const results: QuoteRecord[] = [];
  for (const record of list) {
    const a = record.attribution;
    if (claims && !claims.has(a.claim)) continue;
    if (modes && !modes.has(a.mode)) continue;
    if (stances && !stances.has(a.stance)) continue;
    if (filter.hand !== undefined && handOf(a) !== filter.hand) continue;
    if (bySource && !chainSources(a).includes(source)) continue;
    if (byPublisher && !publishedBy(corpus, a, publisher)) continue;
    if (filter.topic !== undefined && !record.claim.topics.includes(filter.topic)) continue;
    if (range && !index.overlaps(record, range)) continue;
    if (wanted === undefined) {
      results.push(record);
      continue;
    }
    const text = searchText(record);
    if (!ranked) {
      if (text.includes(wanted)) results.push(record);
      continue;
    }
    const score = phraseScore(wanted, text);
    if (score >= minScore) results.push({ ...record, score });
  }
  if (ranked) results.sort(byScoreThenDate);
  return filter.limit === undefined ? results : results.slice(0, filter.limit);
}

/** Whether the source or a document the statement passed through is the publisher's. */
function publishedBy({ store }: HasStore, a: Attribution, publisher: string): boolean {
  return chainSources(a).some((id) => store.sources.get(id)?.record.publisher === publisher);
}

function byScoreThenDate(a: QuoteRecord, b: QuoteRecord): number {
  return (b.score ?? 0) - (a.score ?? 0) || byDate(a, b);
}
