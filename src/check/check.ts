import type { Corpus } from '../corpus/corpus.js';
import { placeOf } from '../load/origin.js';
import { InvalidOptionError, InvalidRuleError } from '../model/claimtrail-error.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { registeredPredicates } from '../model/predicate-registry.js';
import type { PredicateVocabulary } from '../model/predicates.js';
import { type Finding, fillTemplate, type Rule } from './rule.js';
import { builtinRules } from './rules/index.js';
import { SharedFacts } from './shared-facts.js';

/** Per rule: `off`, or the severity to report with instead of its default. */
export type RuleSetting = 'off' | Severity;

/** Options of {@link check}. */
export interface CheckOptions {
  /** Turn rules off or change their severity, by rule id: `{ orphan: 'off', 'role-not-held': 'warning' }`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Your own rules, run after the built-in ones. */
  readonly extraRules?: readonly Rule[];
  /** Predicates to add to the built-in vocabulary. */
  readonly predicates?: PredicateVocabulary;
  /** Run only these rules (ids). */
  readonly only?: readonly string[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SETTINGS = new Set<string>(['off', 'error', 'warning', 'info']);

// Code-point order, not localeCompare: the order of `--json` output must not depend on the locale.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Runs the consistency rules over a corpus. The problems found while loading it (syntax, schema,
 * duplicate ids, unreadable text files) come back too, as findings of the rules of those names.
 *
 * @param corpus - a loaded corpus
 * @param options - rules to turn off or re-rate, extra rules, extra predicates
 * @returns the diagnostics, sorted by file, line and column, then severity
 * @throws {InvalidOptionError} when options name a rule that does not exist (the message lists the
 *   rules) or set a rule to something other than off, error, warning or info
 * @throws {InvalidRuleError} when two rules share an id, or a rule reports a messageId its meta does
 *   not define
 *
 * @example
 * check(await loadCorpus(), { rules: { orphan: 'off' } }).filter((d) => d.severity === 'error')
 * //=> []
 */
export function check(corpus: Corpus, options: CheckOptions = {}): Diagnostic[] {
  const rules = [...builtinRules, ...(options.extraRules ?? [])];
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.meta.id)) throw new InvalidRuleError(`claimtrail: two rules have the id "${rule.meta.id}"`);
    ids.add(rule.meta.id);
  }
  for (const id of [...Object.keys(options.rules ?? {}), ...(options.only ?? [])]) {
    if (!ids.has(id))
      throw new InvalidOptionError(`claimtrail: there is no rule "${id}"; the rules are ${[...ids].join(', ')}`);
  }
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!SETTINGS.has(setting))
      throw new InvalidOptionError(
        `claimtrail: rule "${id}" is set to "${setting}"; use one of ${[...SETTINGS].join(', ')}`,
      );
  }
  const only = options.only ? new Set(options.only) : undefined;
  const vocabulary = { ...registeredPredicates(), ...options.predicates };
  const diagnostics: Diagnostic[] = [];
  const shared = new SharedFacts(corpus);
  for (const rule of rules) {
    const configured = options.rules?.[rule.meta.id];
    const setting = configured ?? rule.meta.severity;
    if (setting === 'off') continue;
    if (only && !only.has(rule.meta.id)) continue;
    const report = (finding: Finding) => {
      const template = rule.meta.messages[finding.messageId];
      if (template === undefined) {
        throw new InvalidRuleError(`claimtrail: rule "${rule.meta.id}" has no message "${finding.messageId}"`);
      }
      const origin = finding.entity ? corpus.origin(finding.entity.type, finding.entity.id) : undefined;
      diagnostics.push({
        ruleId: rule.meta.id,
        severity: configured === undefined ? (finding.severity ?? setting) : setting,
        message: fillTemplate(template, finding.data),
        ...(finding.entity ? { entity: finding.entity } : {}),
        ...(finding.place
          ? pickPlace(finding.place)
          : origin
            ? placeOf(origin, finding.field)
            : finding.field
              ? { path: [...finding.field] }
              : {}),
        ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
        ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
        ...(finding.related ? { related: finding.related } : {}),
        ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
      });
    };
    rule.check({ corpus, predicates: vocabulary, report, shared });
  }
  return sortDiagnostics(diagnostics);
}

function pickPlace(place: NonNullable<Finding['place']>): Partial<Diagnostic> {
  const out: Partial<Diagnostic> = {};
  if (place.file !== undefined) out.file = place.file;
  if (place.line !== undefined) out.line = place.line;
  if (place.column !== undefined) out.column = place.column;
  if (place.path !== undefined) out.path = place.path;
  return out;
}

/**
 * Orders diagnostics by file, line, column, severity, rule id and entity id, in place, so that
 * output is the same from run to run and machine to machine. Diagnostics without a file come last.
 *
 * @param diagnostics - the array to sort (it is sorted in place)
 * @returns the same array
 *
 * @example
 * sortDiagnostics([{ ruleId: 'orphan', severity: 'warning', message: '…', file: 'b.yaml', line: 1 },
 *                  { ruleId: 'schema', severity: 'error', message: '…', file: 'a.yaml', line: 9 }]).map((d) => d.file)
 * //=> ['a.yaml', 'b.yaml']
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      compareText(a.file ?? '\uffff', b.file ?? '\uffff') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.entity?.id ?? '', b.entity?.id ?? ''),
  );
}
