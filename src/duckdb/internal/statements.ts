import bindJsonlActors from '../sql/bind/jsonl-actors.sql';
import bindJsonlAttributions from '../sql/bind/jsonl-attributions.sql';
import bindJsonlClaims from '../sql/bind/jsonl-claims.sql';
import bindJsonlSources from '../sql/bind/jsonl-sources.sql';
import lists from '../sql/bind/lists.sql';
import bindParquet from '../sql/bind/parquet-table.sql';
import records from '../sql/bind/records.sql';
import recordsDeduplicated from '../sql/bind/records-deduplicated.sql';
import contradictionCandidates from '../sql/contradiction-candidates.sql';
import quotes from '../sql/quotes.sql';
import quotesByMode from '../sql/quotes-by-mode.sql';
import quotesByPublisher from '../sql/quotes-by-publisher.sql';
import quotesBySource from '../sql/quotes-by-source.sql';
import quotesBySpeaker from '../sql/quotes-by-speaker.sql';
import quotesByStance from '../sql/quotes-by-stance.sql';
import quotesByTopic from '../sql/quotes-by-topic.sql';
import references from '../sql/references.sql';
import citedSourcePublishedLater from '../sql/rule-cited-source-published-later.sql';
import duplicateId from '../sql/rule-duplicate-id.sql';
import orphan from '../sql/rule-orphan.sql';
import roleNotHeld from '../sql/rule-role-not-held.sql';
import saidAfterPublished from '../sql/rule-said-after-published.sql';
import unknownReference from '../sql/rule-unknown-reference.sql';
import stats from '../sql/stats.sql';
import statsByModeAndStance from '../sql/stats-by-mode-and-stance.sql';
import statsDuplicates from '../sql/stats-duplicates.sql';

/** The SQL files, inlined at build time. `bind` ones are DuckDB's; the others run on any engine. */
export const SQL = {
  bind: {
    parquet: bindParquet,
    jsonl: {
      actor: bindJsonlActors,
      source: bindJsonlSources,
      claim: bindJsonlClaims,
      attribution: bindJsonlAttributions,
    },
    records,
    recordsDeduplicated,
    lists,
  },
  stats,
  statsByModeAndStance,
  statsDuplicates,
  quotes,
  quotesBySpeaker,
  quotesByMode,
  quotesByStance,
  quotesBySource,
  quotesByPublisher,
  quotesByTopic,
  contradictionCandidates,
  references,
  rules: {
    'unknown-reference': unknownReference,
    'duplicate-id': duplicateId,
    'said-after-published': saidAfterPublished,
    'cited-source-published-later': citedSourcePublishedLater,
    'role-not-held': roleNotHeld,
    orphan,
  },
} as const;

/**
 * A statement with `{name}` placeholders filled in.
 *
 * @param sql - the statement
 * @param values - text for each placeholder
 * @returns the statement
 * @example
 * fillSql('SELECT * FROM raw_{table}', { table: 'actors' })
 * //=> 'SELECT * FROM raw_actors'
 */
export function fillSql(sql: string, values: Readonly<Record<string, string>>): string {
  return sql.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * A text as an SQL string literal.
 *
 * @param text - any text
 * @returns it in single quotes, inner quotes doubled
 * @example
 * sqlString("it's")
 * //=> "'it''s'"
 */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;
