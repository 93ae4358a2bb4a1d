import type { HasStore, Store } from '../corpus/store.js';
import { chainToArray } from '../internal/chain-list.js';
import type { Attribution } from '../model/attribution.js';
import type { PartialDate } from '../model/partial-date.js';
import { viaSources } from '../model/via-sources.js';
import { partialDateBounds } from '../time/partial-date-bounds.js';
import { type QuoteRecord, toQuoteRecord } from './quote-record.js';

/** The first and last day a date covers, as timestamps; an undated record sorts after every date. */
export interface DayRange {
  readonly start: number;
  readonly end: number;
}

const UNDATED: DayRange = { start: Number.POSITIVE_INFINITY, end: Number.POSITIVE_INFINITY };

/** The documents a statement passed through (`via`) before the source in hand. */
export const citedSources = (a: Attribution): readonly string[] => viaSources(a);

/** The source in hand and every document the statement passed through. */
export const chainSources = (a: Attribution): readonly string[] =>
  a.via.length === 0 ? [a.source] : [a.source, ...citedSources(a)];

const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The query records of one store, built once and reused: a QuoteRecord per attribution, the date
 * range of every date, and per speaker, source and publisher the records already in date order.
 * A query then costs a look-up and a copy of the list it selects, not a record, a chain and a
 * date parse per result and a sort per call. Everything is built on first use, so a store that
 * is never queried pays nothing; a store made by `corpus.with()` gets its own.
 */
export class QuoteIndex {
  readonly #store: Store;
  readonly #holder: HasStore;
  readonly #records = new Map<Attribution, QuoteRecord | null>();
  readonly #days = new Map<PartialDate, DayRange>();
  readonly #bySpeaker = new Map<string, readonly QuoteRecord[]>();
  readonly #bySource = new Map<string, readonly QuoteRecord[]>();
  readonly #byPublisher = new Map<string, readonly QuoteRecord[]>();
  #cited?: Map<string, Attribution[]>;
  #published?: Map<string, string[]>;
  #all?: { readonly records: readonly QuoteRecord[]; readonly starts: Float64Array; readonly longest: number };

  constructor(store: Store) {
    this.#store = store;
    this.#holder = { store };
  }

  /** The record of an attribution, or undefined when one of its references is broken. */
  record(attribution: Attribution): QuoteRecord | undefined {
    let record = this.#records.get(attribution);
    if (record === undefined) {
      const built = toQuoteRecord(this.#holder, attribution);
      record = built ? Object.freeze(built) : null;
      this.#records.set(attribution, record);
    }
    return record ?? undefined;
  }

  /** The days a date covers, parsed once per distinct date. */
  days(date: PartialDate | undefined): DayRange {
    if (date === undefined) return UNDATED;
    let range = this.#days.get(date);
    if (!range) {
      const { start, end } = partialDateBounds(date);
      range = { start: start.getTime(), end: end.getTime() };
      this.#days.set(date, range);
    }
    return range;
  }

  /** Records in date order (undated last, then by attribution id), each date looked up once. */
  sorted(records: readonly QuoteRecord[]): QuoteRecord[] {
    const keyed = records.map((record) => ({
      record,
      start: this.days(record.date).start,
      precision: record.date?.length ?? 0,
    }));
    keyed.sort(
      (a, b) =>
        a.start - b.start || a.precision - b.precision || codeOrder(a.record.attribution.id, b.record.attribution.id),
    );
    return keyed.map((k) => k.record);
  }

  #recordsOf(attributions: Iterable<Attribution>): QuoteRecord[] {
    const out: QuoteRecord[] = [];
    for (const a of attributions) {
      const record = this.record(a);
      if (record) out.push(record);
    }
    return out;
  }

  /** A speaker's records, in date order. */
  bySpeaker(actorId: string): readonly QuoteRecord[] {
    let list = this.#bySpeaker.get(actorId);
    if (!list) {
      list = this.sorted(this.#recordsOf(chainToArray(this.#store.bySpeaker.get(actorId))));
      this.#bySpeaker.set(actorId, list);
    }
    return list;
  }

  /** The records of statements in a source or passed through it (`via`), in date order. */
  bySource(sourceId: string): readonly QuoteRecord[] {
    let list = this.#bySource.get(sourceId);
    if (!list) {
      const direct = chainToArray(this.#store.bySource.get(sourceId));
      const cited = (this.#citedIn().get(sourceId) ?? []).filter((a) => a.source !== sourceId);
      list = this.sorted(this.#recordsOf(cited.length === 0 ? direct : [...direct, ...cited]));
      this.#bySource.set(sourceId, list);
    }
    return list;
  }

  /** The records of statements in, or passed through, any source of a publisher, in date order. */
  byPublisher(actorId: string): readonly QuoteRecord[] {
    let list = this.#byPublisher.get(actorId);
    if (!list) {
      const attributions = new Set<Attribution>();
      for (const sourceId of this.#publishedBy().get(actorId) ?? []) {
        for (const a of chainToArray(this.#store.bySource.get(sourceId))) attributions.add(a);
        for (const a of this.#citedIn().get(sourceId) ?? []) attributions.add(a);
      }
      list = this.sorted(this.#recordsOf(attributions));
      this.#byPublisher.set(actorId, list);
    }
    return list;
  }

  /** Every record, in date order. */
  all(): readonly QuoteRecord[] {
    return this.#everything().records;
  }

  /**
   * The records whose dates may overlap a range, in date order: found by binary search on the
   * start of their dates, since no date spans more than the longest one in the corpus.
   *
   * @param range - the first and last day wanted; an open end is infinite
   * @returns the records that may overlap it (each still to be tested), a slice of `all()`
   */
  during(range: DayRange): readonly QuoteRecord[] {
    const { records, starts, longest } = this.#everything();
    const from = firstIndex(starts, (start) => start >= range.start - longest);
    const to = firstIndex(starts, (start) => start > range.end);
    return records.slice(from, to);
  }

  /** Whether a record's date may share a day with a range; an undated record never does. */
  overlaps(record: QuoteRecord, range: DayRange): boolean {
    if (record.date === undefined) return false;
    const days = this.days(record.date);
    return days.end >= range.start && days.start <= range.end;
  }

  #everything() {
    if (!this.#all) {
      const records = this.sorted(this.#recordsOf(attributionsOf(this.#store)));
      const starts = new Float64Array(records.length);
      let longest = 0;
      for (let i = 0; i < records.length; i++) {
        const days = this.days((records[i] as QuoteRecord).date);
        starts[i] = days.start;
        if (Number.isFinite(days.start)) longest = Math.max(longest, days.end - days.start);
      }
      this.#all = { records, starts, longest };
    }
    return this.#all;
  }

  /** Attributions by the documents they passed through (`via`). */
  #citedIn(): Map<string, Attribution[]> {
    if (!this.#cited) {
      this.#cited = new Map();
      for (const a of attributionsOf(this.#store)) {
        for (const id of new Set(citedSources(a))) {
          const list = this.#cited.get(id);
          if (list) list.push(a);
          else this.#cited.set(id, [a]);
        }
      }
    }
    return this.#cited;
  }

  /** Source ids by publisher. */
  #publishedBy(): Map<string, string[]> {
    if (!this.#published) {
      this.#published = new Map();
      for (const { record } of this.#store.sources.values()) {
        if (record.publisher === undefined) continue;
        const list = this.#published.get(record.publisher);
        if (list) list.push(record.id);
        else this.#published.set(record.publisher, [record.id]);
      }
    }
    return this.#published;
  }
}

function* attributionsOf(store: Store): Generator<Attribution> {
  for (const entry of store.attributions.values()) yield entry.record;
}

/** The first index of an ascending array whose value passes a test that, once passed, stays passed. */
function firstIndex(values: Float64Array, passes: (value: number) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (passes(values[mid] as number)) high = mid;
    else low = mid + 1;
  }
  return low;
}

const indices = new WeakMap<Store, QuoteIndex>();

/**
 * The query index of a corpus's store, made on first use and kept as long as the store lives.
 *
 * @param corpus - a corpus (or anything holding its store)
 * @returns the index
 *
 * @example
 * quoteIndex(corpus).bySpeaker('hirokazu-matsuno').map((r) => r.date)
 * //=> ['2023-09-15', '2023-09-15']
 */
export function quoteIndex({ store }: HasStore): QuoteIndex {
  let index = indices.get(store);
  if (!index) {
    index = new QuoteIndex(store);
    indices.set(store, index);
  }
  return index;
}
