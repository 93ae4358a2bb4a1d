/** The stable codes of claimtrail's errors, one per error class. */
export type ClaimtrailErrorCode =
  | 'ambiguous-reference'
  | 'unknown-reference'
  | 'quote-not-found'
  | 'corpus-directory'
  | 'corpus-write';

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
