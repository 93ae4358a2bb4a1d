import { validateRecord } from '../../load/validate-record.js';
import type { ActorInput } from '../../model/actor.js';
import type { AttributionInput } from '../../model/attribution.js';
import type { ClaimInput } from '../../model/claim.js';
import type { Diagnostic, EntityType } from '../../model/diagnostic.js';
import type { SourceInput } from '../../model/source.js';
import type { ImportedData, ImportResult } from '../import-result.js';
import { IdAllocator } from './slug.js';

const LIST: Record<EntityType, keyof ImportedData> = {
  actor: 'actors',
  source: 'sources',
  claim: 'claims',
  attribution: 'attributions',
};

/** The record type as written in a file, for each entity type. */
export interface InputByType {
  actor: ActorInput;
  source: SourceInput;
  claim: ClaimInput;
  attribution: AttributionInput;
}

/** Where in the input a record or a problem comes from. */
export interface InputPlace {
  /** 1-based line (JSONL input). */
  readonly line?: number;
  /** Path to the node (JSON input). */
  readonly path?: readonly (string | number)[];
}

/**
 * Gathers the records an import builds, validates each with its schema when the import is done,
 * and keeps the diagnostics. Ids are unique across all four record types, as in a corpus.
 */
export class RecordCollector {
  readonly ids = new IdAllocator();
  readonly diagnostics: Diagnostic[] = [];
  readonly #pending: { type: EntityType; record: { id: string }; place: InputPlace }[] = [];

  constructor(readonly file: string) {}

  /** Queues a record for validation; it is kept only if it validates. */
  add<T extends EntityType>(type: T, record: InputByType[T], place: InputPlace = {}): void {
    this.#pending.push({ type, record, place });
  }

  /** Reports a problem with the input. */
  report(
    severity: Diagnostic['severity'],
    message: string,
    place: InputPlace = {},
    entity?: Diagnostic['entity'],
  ): void {
    this.diagnostics.push({
      ruleId: 'import',
      severity,
      message,
      file: this.file,
      ...(place.line !== undefined ? { line: place.line, column: 1 } : {}),
      ...(place.path !== undefined ? { path: [...place.path] } : {}),
      ...(entity ? { entity } : {}),
    });
  }

  /** Validates the queued records, actors first, and returns what the import made. */
  finish(): ImportResult {
    const data: ImportedData = { actors: [], sources: [], claims: [], attributions: [] };
    const order: EntityType[] = ['actor', 'source', 'claim', 'attribution'];
    for (const type of order) {
      for (const { record, place } of this.#pending.filter((p) => p.type === type)) {
        const origin = {
          file: this.file,
          path: [...(place.path ?? [])],
          locate: () => (place.line !== undefined ? { line: place.line, column: 1 } : undefined),
        };
        const { record: valid, diagnostics } = validateRecord(type, record, origin);
        for (const d of diagnostics) this.diagnostics.push(d);
        if (valid) (data[LIST[type]] as unknown[]).push(record);
      }
    }
    return { data, diagnostics: this.diagnostics };
  }
}
