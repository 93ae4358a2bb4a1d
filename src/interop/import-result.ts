import type { ActorInput } from '../model/actor.js';
import type { AttributionInput } from '../model/attribution.js';
import type { ClaimInput } from '../model/claim.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceInput } from '../model/source.js';

/** Records made by an import, as they would be written in a corpus file. */
export interface ImportedData {
  readonly actors: ActorInput[];
  readonly sources: SourceInput[];
  readonly claims: ClaimInput[];
  readonly attributions: AttributionInput[];
}

/**
 * What an import gives back: records that each validate with their schema (`schemas.Actor` and
 * so on), and a diagnostic for everything in the input that could not be carried over, naming the
 * line (JSONL) or the path (JSON-LD) it comes from.
 */
export interface ImportResult {
  readonly data: ImportedData;
  readonly diagnostics: Diagnostic[];
}

/** Options shared by the imports. */
export interface ImportOptions {
  /** The input's file name, for diagnostics. */
  readonly file?: string;
  /**
   * The IRI prefix of claimtrail exports (default `urn:claimtrail:`): IRIs under it give back the
   * ids they were made from, so that importing an export keeps its ids.
   */
  readonly base?: string;
}
