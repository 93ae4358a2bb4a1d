// Kept apart from the engine so that the CLI can name the rules without loading the SQL.

/**
 * The rules the DuckDB engine runs, in the order `check` runs them.
 *
 * @example
 * DATABASE_RULES.includes('orphan')
 * //=> true
 */
export const DATABASE_RULES = [
  'duplicate-id',
  'unknown-reference',
  'said-after-published',
  'cited-source-published-later',
  'role-not-held',
  'orphan',
] as const;

/** A rule the DuckDB engine runs. */
export type DatabaseRuleId = (typeof DATABASE_RULES)[number];
