import type { Corpus } from '../../corpus/corpus.js';
import type { EntityType } from '../../model/diagnostic.js';
import type { Connection } from './connection.js';

/** What the query modules share: the open database and where its tables come from. */
export interface Engine {
  readonly db: Connection;
  /** `parquet` or `jsonl`: which files the tables read. */
  readonly format: 'parquet' | 'jsonl';
  /** The corpus directory, absolute. */
  readonly dir: string;
  /** The file of each record type, relative to `dir`. */
  readonly files: Readonly<Record<EntityType, string>>;
  /** Every actor, as a corpus of actors only: names are resolved and chains named against it. */
  actors(): Promise<Corpus>;
}
