import type { ContradictionOptions } from '../contradict/find-contradictions.js';
import type { Contradiction } from '../contradict/types.js';
import type { Corpus, CorpusStats } from '../corpus/corpus.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import type { QuoteRecord } from '../query/quote-record.js';
import type { QuoteFilter } from '../query/quotes.js';
import { type DatabaseCheckOptions, databaseCheck } from './database-check.js';
import { databaseContradictions } from './database-contradictions.js';
import { databaseQuotes } from './database-quotes.js';
import { databaseStats } from './database-stats.js';
import type { Connection } from './internal/connection.js';
import type { Engine } from './internal/engine.js';
import { fetchRecords, type RecordOf, recordsOf } from './internal/fetch-records.js';
import { sliceCorpus } from './internal/slice-corpus.js';
import { type ParquetFiles, writeDatabaseParquet } from './write-database-parquet.js';

/**
 * A corpus directory opened through DuckDB (see `openCorpusDatabase`): the queries of the
 * in-memory `Corpus`, answered from the files in place. Calls are run one at a time.
 */
export class CorpusDatabase {
  readonly #engine: Engine;
  #actors: Promise<Corpus> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /** @internal Use `openCorpusDatabase`. */
  constructor(
    db: Connection,
    /** Which files the tables read: `parquet` or `jsonl`. */
    readonly format: 'parquet' | 'jsonl',
    /** The corpus directory, absolute. */
    readonly dir: string,
    /** The file each record type is read from, relative to `dir`. */
    readonly files: Readonly<Record<EntityType, string>>,
  ) {
    this.#engine = {
      db,
      format,
      dir,
      files,
      actors: () => {
        this.#actors ??= fetchRecords(db, 'actor', 'TRUE').then((f) => sliceCorpus({ actors: recordsOf(f) }));
        return this.#actors;
      },
    };
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Attributed statements, as `corpus.quotes(filter)` gives them.
   *
   * @param filter - see `QuoteFilter`
   * @returns the matching statements
   * @throws {UnknownReferenceError} when the speaker, source or publisher names nothing
   * @throws {AmbiguousReferenceError} when one of them fits several records
   * @example
   * (await db.quotes({ speaker: 'Matsuno', mode: 'direct-quote' })).map((q) => q.source.id)
   * //=> ['dn-kishida-ready-to-meet-kim', 'dn-kishida-ready-to-meet-kim']
   */
  quotes(filter: QuoteFilter = {}): Promise<QuoteRecord[]> {
    return this.#serial(() => databaseQuotes(this.#engine, filter));
  }

  /**
   * Statements that cannot all hold, as `corpus.contradictions(options)` gives them.
   *
   * @param options - kinds, extra predicates, `strongOnly`
   * @returns the contradictions
   * @example
   * (await db.contradictions({ strongOnly: true })).every((c) => c.strength === 'strong')
   * //=> true
   */
  contradictions(options: ContradictionOptions = {}): Promise<Contradiction[]> {
    return this.#serial(() => databaseContradictions(this.#engine, options));
  }

  /**
   * Counts of what the corpus holds, as `corpus.stats()` gives them.
   *
   * @returns the counts
   * @example
   * (await db.stats()).files
   * //=> 4
   */
  stats(): Promise<CorpusStats> {
    return this.#serial(() => databaseStats(this.#engine));
  }

  /**
   * The rules SQL can decide, with the diagnostics `check` gives for them: duplicate-id,
   * unknown-reference, said-after-published, cited-source-published-later, role-not-held, orphan.
   *
   * @param options - `only` some of them, or `rules` to turn off or re-rate
   * @returns the diagnostics, sorted
   * @throws {Error} when the options name a rule this engine does not run
   * @example
   * (await db.check()).filter((d) => d.severity === 'error')
   * //=> []
   */
  check(options: DatabaseCheckOptions = {}): Promise<Diagnostic[]> {
    return this.#serial(() => databaseCheck(this.#engine, options));
  }

  /**
   * Every record of one kind, in file order, as the in-memory corpus holds them (of rows sharing
   * an id, the first).
   *
   * @param type - the kind of record
   * @returns the records
   * @example
   * (await db.records('actor')).length === corpus.actors.length
   * //=> true
   */
  records<T extends EntityType>(type: T): Promise<RecordOf[T][]> {
    return this.#serial(async () => recordsOf(await fetchRecords(this.#engine.db, type, 'TRUE')));
  }

  /**
   * Every actor, as a corpus holding only them: enough to name the links of a chain with
   * `formatChain`.
   *
   * @returns the corpus of actors
   * @example
   * formatChain(await db.actorCorpus(), record.chain)
   * //=> 'Modern Tokyo Times ← The Guardian'
   */
  actorCorpus(): Promise<Corpus> {
    return this.#serial(() => this.#engine.actors());
  }

  /**
   * Writes the corpus as Parquet files straight from the files it reads, without loading it:
   * how a large JSONL corpus becomes Parquet.
   *
   * @param dir - the directory to write into
   * @returns the paths written and the row counts
   * @example
   * (await db.exportParquet('/tmp/parquet')).counts.attribution
   * //=> 1000000
   */
  exportParquet(dir: string): Promise<ParquetFiles> {
    return this.#serial(() => writeDatabaseParquet(this.#engine, dir));
  }

  /** Closes the database. Later calls fail. */
  close(): Promise<void> {
    return this.#serial(async () => this.#engine.db.close());
  }
}
