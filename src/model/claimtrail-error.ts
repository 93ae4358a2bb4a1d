/** The stable codes of claimtrail's errors, one per error class. */
export type ClaimtrailErrorCode =
  | 'ambiguous-reference'
  | 'unknown-reference'
  | 'quote-not-found'
  | 'corpus-directory'
  | 'corpus-write'
  | 'invalid-date'
  | 'invalid-option'
  | 'invalid-rule'
  | 'index-not-written'
  | 'unknown-context'
  | 'duckdb-not-installed'
  | 'not-a-corpus-directory';

// Both copies of a dual package (ESM and CommonJS) may load in one process, each with its own
// classes; a brand under a Symbol.for key lets `instanceof` recognise errors from either copy.
const BRAND = Symbol.for('claimtrail.error');

/**
 * The base of every error claimtrail throws, with a stable `code` to branch on instead of the
 * class or the message. `instanceof` works across the ESM and CommonJS copies of the package.
 *
 * @example
 * try {
 *   corpus.actor('Kim');
 * } catch (error) {
 *   if (error instanceof ClaimtrailError) error.code;
 *   //=> 'ambiguous-reference'
 * }
 */
export abstract class ClaimtrailError extends Error {
  /** What went wrong, as a stable identifier. */
  abstract readonly code: ClaimtrailErrorCode;
  readonly [BRAND] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof
    return isInstance(this, value);
  }
}

/** Whether `value` is an error of class `target`, from this copy of the package or another. */
function isInstance(target: abstract new (...args: never[]) => unknown, value: unknown): boolean {
  if (Function.prototype[Symbol.hasInstance].call(target, value)) return true;
  if (typeof value !== 'object' || value === null || (value as { [BRAND]?: unknown })[BRAND] !== true) return false;
  // An error of the other copy: any is a ClaimtrailError; a subclass matches by its name.
  return target === ClaimtrailError || (value as Error).name === target.name;
}

/**
 * Thrown when a date given to claimtrail is not a PartialDate (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)
 * or names a day that does not exist: `parsePartialDate` and the date functions built on it, and
 * the `from` and `to` of `corpus.quotes()`. Code `invalid-date`.
 *
 * @example
 * new InvalidDateError('2023-02-30 names a day that does not exist').code
 * //=> 'invalid-date'
 */
export class InvalidDateError extends ClaimtrailError {
  override readonly name = 'InvalidDateError';
  readonly code = 'invalid-date' as const;
}

/**
 * Thrown when an option has a value claimtrail cannot use; the message names the option and what
 * it takes (an export's IRI `base`, `generateCorpus`'s `attributions`, a rule the DuckDB engine
 * does not run). Code `invalid-option`.
 *
 * @example
 * new InvalidOptionError('attributions must be a whole number of 0 or more, not -1').code
 * //=> 'invalid-option'
 */
export class InvalidOptionError extends ClaimtrailError {
  override readonly name = 'InvalidOptionError';
  readonly code = 'invalid-option' as const;
}

/**
 * Thrown by `check` when a rule is not usable as written: two rules share an id, or a rule reports
 * a `messageId` its meta does not define. It points at a rule's code, not at the corpus. Code
 * `invalid-rule`.
 *
 * @example
 * new InvalidRuleError('claimtrail: two rules have the id "orphan"').code
 * //=> 'invalid-rule'
 */
export class InvalidRuleError extends ClaimtrailError {
  override readonly name = 'InvalidRuleError';
  readonly code = 'invalid-rule' as const;
}
