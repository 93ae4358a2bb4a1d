import { ClaimtrailError } from '../model/claimtrail-error.js';
import type { EntityType } from '../model/diagnostic.js';

/**
 * Thrown when a name or alias fits more than one record ("Kim" could be Kim Jong Un or Kim Yo
 * Jong). `candidates` lists the ids that fit; pass one of them instead.
 */
export class AmbiguousReferenceError extends ClaimtrailError {
  override readonly name = 'AmbiguousReferenceError';
  readonly code = 'ambiguous-reference' as const;
  constructor(
    readonly type: EntityType,
    readonly reference: string,
    readonly candidates: readonly { id: string; name: string }[],
  ) {
    super(
      `"${reference}" could be any of ${candidates.length} ${type}s: ${candidates
        .map((c) => `${c.name} (${c.id})`)
        .join(', ')}. Use an id to say which.`,
    );
  }
}

/** Thrown by queries given a reference that names nothing in the corpus. */
export class UnknownReferenceError extends ClaimtrailError {
  override readonly name = 'UnknownReferenceError';
  readonly code = 'unknown-reference' as const;
  constructor(
    readonly type: EntityType,
    readonly reference: string,
    readonly suggestion?: string,
  ) {
    super(`No ${type} is called "${reference}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`);
  }
}
