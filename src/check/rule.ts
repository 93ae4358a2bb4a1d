import type { Corpus } from '../corpus/corpus.js';
import type { FieldPath } from '../load/origin.js';
import type { Diagnostic, EntityRef, Severity } from '../model/diagnostic.js';
import type { PredicateVocabulary } from '../model/predicates.js';
import type { SharedFacts } from './shared-facts.js';

/** What a rule is, for people and for configuration. */
export interface RuleMeta {
  /** The rule's id, which is also its file name: `quote-not-in-source`. */
  readonly id: string;
  /** The severity it reports with unless configured otherwise. */
  readonly severity: Severity;
  /** One line saying what it checks. */
  readonly doc: string;
  /** Message templates by message id; `{name}` placeholders are filled from a finding's data. */
  readonly messages: Readonly<Record<string, string>>;
}

/** What a rule reports: the ruleId, severity and place are added by the engine. */
export interface Finding {
  /** A key of the rule's `messages`; its template is filled with `data`. */
  readonly messageId: string;
  /**
   * This finding's severity when it differs from the rule's default (a duplicate record with the
   * same content is only a warning). A severity the user sets for the rule overrides it.
   */
  readonly severity?: Severity;
  readonly data?: Readonly<Record<string, string | number>>;
  /** The record it is about; its file and line come from where the record was read. */
  readonly entity?: EntityRef;
  /** The field within that record. */
  readonly field?: FieldPath;
  readonly actual?: unknown;
  readonly expected?: unknown;
  readonly related?: Diagnostic['related'];
  readonly suggestion?: string;
  /** An explicit place, for findings about files rather than records. */
  readonly place?: Pick<Diagnostic, 'file' | 'line' | 'column' | 'path'>;
}

/** What a rule's check function is given. */
export interface RuleContext {
  readonly corpus: Corpus;
  /** The predicate vocabulary in force: the built-in one plus the user's. */
  readonly predicates: PredicateVocabulary;
  /** Records a finding. */
  report(finding: Finding): void;
  /**
   * Facts worked out once per run of `check` and shared by its rules: each attribution's source,
   * speaker and claim (indexed like `corpus.attributions`) and memoised date bounds. Always given
   * by `check`; optional so that code calling a rule itself need not build it (`sharedFacts(context)`
   * makes one when it is missing).
   */
  readonly shared?: SharedFacts;
}

/**
 * A consistency rule: its meta and a function that inspects the corpus and reports findings.
 *
 * @example
 * const noAnonymousSources: Rule = {
 *   meta: { id: 'no-anonymous', severity: 'warning', doc: 'Sources name an author or publisher.',
 *           messages: { anonymous: 'Source "{id}" names neither author nor publisher.' } },
 *   check({ corpus, report }) {
 *     for (const s of corpus.sources)
 *       if (!s.publisher && s.authors.length === 0)
 *         report({ messageId: 'anonymous', data: { id: s.id }, entity: { type: 'source', id: s.id } });
 *   },
 * };
 */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Fills `{name}` placeholders of a message template. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(data, key) ? String(data[key]) : whole));
}
