import { sortDiagnostics } from '../check/check.js';
import { type Finding, fillTemplate, type Rule } from '../check/rule.js';
import {
  citedSourcePublishedLater,
  orphan,
  roleNotHeld,
  saidAfterPublished,
  unknownReference,
} from '../check/rules/index.js';
import { duplicateIdMessage } from '../corpus/build-corpus.js';
import type { Corpus } from '../corpus/corpus.js';
import type { FieldPath } from '../load/origin.js';
import { InvalidOptionError } from '../model/claimtrail-error.js';
import type { Diagnostic, EntityType, Severity } from '../model/diagnostic.js';
import { predicates } from '../model/predicates.js';
import { PARQUET_COLUMNS, TABLES } from './columns.js';
import { DATABASE_RULES, type DatabaseRuleId } from './database-rules.js';
import type { Engine } from './internal/engine.js';
import { type Fetched, fetchRecords, recordsOf } from './internal/fetch-records.js';
import { sliceCorpus } from './internal/slice-corpus.js';
import { fillSql, SQL } from './internal/statements.js';
import { ENTITY_TYPES } from './internal/tables.js';
import { unknownReferenceView } from './internal/unknown-reference-view.js';

export { DATABASE_RULES, type DatabaseRuleId };

/** Options of the DuckDB engine's `check()`. */
export interface DatabaseCheckOptions {
  /** Run only these of its rules. */
  readonly only?: readonly string[];
  /** Turn rules off or change their severity, by rule id, as `check` takes them. */
  readonly rules?: Readonly<Record<string, 'off' | Severity>>;
}

/** Where each record read back sits: its file and its row, by type and id. */
class Places {
  readonly #rows = new Map<string, number>();
  constructor(readonly engine: Engine) {}

  add(type: EntityType, fetched: readonly Fetched<{ id: string }>[]): void {
    for (const f of fetched) this.#rows.set(`${type}\u0000${f.record.id}`, f.row);
  }

  /** A diagnostic's place: the file, the row as its line (1-based), and the field. */
  of(type: EntityType, id: string, field: FieldPath = []): Pick<Diagnostic, 'file' | 'line' | 'path'> {
    const row = this.#rows.get(`${type}\u0000${id}`);
    return { file: this.engine.files[type], ...(row !== undefined ? { line: row + 1 } : {}), path: [...field] };
  }
}

/** Runs a rule over a corpus (a slice, or a view standing in for one), collecting its findings. */
function findingsOf(rule: Rule, corpus: Corpus): Finding[] {
  const findings: Finding[] = [];
  rule.check({ corpus, predicates, report: (finding) => findings.push(finding) });
  return findings;
}

function toDiagnostic(rule: Rule, finding: Finding, places: Places, configured?: Severity): Diagnostic {
  const template = rule.meta.messages[finding.messageId] as string;
  return {
    ruleId: rule.meta.id,
    severity: configured ?? finding.severity ?? rule.meta.severity,
    message: fillTemplate(template, finding.data),
    ...(finding.entity
      ? { entity: finding.entity, ...places.of(finding.entity.type, finding.entity.id, finding.field) }
      : {}),
    ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
    ...(finding.related ? { related: finding.related } : {}),
    ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
  };
}

async function duplicateIds(engine: Engine): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const type of ENTITY_TYPES) {
    const sameContent = Object.keys(PARQUET_COLUMNS[type])
      .map((column) => `later."${column}" IS NOT DISTINCT FROM earlier."${column}"`)
      .join(' AND ');
    const rows = await engine.db.rows(
      `${fillSql(SQL.rules['duplicate-id'], { table: TABLES[type], same_content: sameContent })} ORDER BY later.row_order`,
    );
    const file = engine.files[type];
    for (const row of rows) {
      const id = row.id as string;
      const same = row.same_content === true;
      const earlierLine = (row.earlier_row_order as number) + 1;
      out.push({
        ruleId: 'duplicate-id',
        severity: same ? 'warning' : 'error',
        message: duplicateIdMessage(type, id, same, `${file}:${earlierLine}`),
        entity: { type, id },
        file,
        line: (row.row_order as number) + 1,
        column: 1,
        path: [],
        related: [{ type, id, file, line: earlierLine }],
      });
    }
  }
  return out;
}

/** The attributions an SQL rule selects, with the sources of their chains, as a slice. */
async function attributionSlice(engine: Engine, places: Places, ids: string, withClaims = false): Promise<Corpus> {
  const { db } = engine;
  await db.run(`CREATE OR REPLACE TABLE rule_hits AS ${ids}`);
  const attributions = await fetchRecords(db, 'attribution', 'id IN (SELECT id FROM rule_hits)');
  places.add('attribution', attributions);
  const sources = await fetchRecords(
    db,
    'source',
    `id IN (SELECT a.source FROM attributions AS a WHERE a.id IN (SELECT id FROM rule_hits)
      UNION SELECT v.id FROM attribution_via AS v WHERE v.attribution IN (SELECT id FROM rule_hits))`,
  );
  const claims = withClaims
    ? await fetchRecords(
        db,
        'claim',
        'id IN (SELECT a.claim FROM attributions AS a WHERE a.id IN (SELECT id FROM rule_hits))',
      )
    : [];
  return sliceCorpus({
    actors: (await engine.actors()).actors,
    sources: recordsOf(sources),
    claims: recordsOf(claims),
    attributions: recordsOf(attributions),
  });
}

async function orphanFindings(engine: Engine, places: Places): Promise<Finding[]> {
  const rows = await engine.db.rows(`${SQL.rules.orphan} ORDER BY 1, 4`);
  const order: Record<string, number> = { actor: 0, source: 1, claim: 2 };
  rows.sort((a, b) => (order[a.record_type as string] ?? 0) - (order[b.record_type as string] ?? 0));
  return rows.map((row): Finding => {
    const type = row.record_type as 'actor' | 'source' | 'claim';
    const id = row.id as string;
    places.add(type, [{ record: { id }, row: row.row_order as number }]);
    const data: Record<string, string> =
      type === 'actor'
        ? { id, name: row.label as string }
        : type === 'source'
          ? { id, title: row.label as string }
          : { id };
    return { messageId: type, data, entity: { type, id } };
  });
}

/**
 * `check()` of the DuckDB engine: the rules SQL can decide, each from its file under sql/
 * (duplicate-id, unknown-reference, said-after-published, cited-source-published-later,
 * role-not-held, orphan), with the same messages, severities and records as `check` gives. Rules
 * that need the source texts (quote-not-in-source and the like) are not run. Each diagnostic's
 * place is its file and the record's row there as `line` (the line of a JSONL file).
 *
 * @param engine - the open database
 * @param options - `only` some rules; `rules` to turn off or re-rate
 * @returns the diagnostics, sorted as `check` sorts them
 * @throws {InvalidOptionError} when `only` or `rules` names a rule this engine does not run
 * @example
 * (await databaseCheck(engine, { only: ['orphan'] })).every((d) => d.ruleId === 'orphan')
 * //=> true
 */
export async function databaseCheck(engine: Engine, options: DatabaseCheckOptions = {}): Promise<Diagnostic[]> {
  const known = new Set<string>(DATABASE_RULES);
  for (const id of [...(options.only ?? []), ...Object.keys(options.rules ?? {})]) {
    if (!known.has(id))
      throw new InvalidOptionError(`the DuckDB engine does not run rule "${id}"; it runs ${DATABASE_RULES.join(', ')}`);
  }
  const wanted = (id: DatabaseRuleId) =>
    options.rules?.[id] !== 'off' && (options.only === undefined || options.only.includes(id));
  const configured = (id: DatabaseRuleId) => {
    const setting = options.rules?.[id];
    return setting === undefined || setting === 'off' ? undefined : setting;
  };
  const places = new Places(engine);
  const out: Diagnostic[] = [];
  const run = (rule: Rule, findings: readonly Finding[]) => {
    const severity = configured(rule.meta.id as DatabaseRuleId);
    for (const f of findings) out.push(toDiagnostic(rule, f, places, severity));
  };
  if (wanted('duplicate-id')) {
    const severity = configured('duplicate-id');
    for (const d of await duplicateIds(engine)) out.push(severity ? { ...d, severity } : d);
  }
  if (wanted('unknown-reference')) {
    const view = await unknownReferenceView(engine, (type, fetched) => places.add(type, fetched));
    if (view) run(unknownReference, findingsOf(unknownReference, view));
  }
  if (wanted('said-after-published')) {
    const slice = await attributionSlice(engine, places, SQL.rules['said-after-published']);
    run(saidAfterPublished, findingsOf(saidAfterPublished, slice));
  }
  if (wanted('cited-source-published-later')) {
    const slice = await attributionSlice(engine, places, SQL.rules['cited-source-published-later']);
    run(citedSourcePublishedLater, findingsOf(citedSourcePublishedLater, slice));
  }
  if (wanted('role-not-held')) {
    const slice = await attributionSlice(engine, places, SQL.rules['role-not-held'], true);
    run(roleNotHeld, findingsOf(roleNotHeld, slice));
  }
  if (wanted('orphan')) run(orphan, await orphanFindings(engine, places));
  return sortDiagnostics(out);
}
