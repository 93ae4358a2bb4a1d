import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import type { Rule } from '../../src/check/rule.js';
import { builtinRules } from '../../src/check/rules/index.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { InvalidOptionError, InvalidRuleError } from '../../src/model/claimtrail-error.js';
import { loadCase } from './rule-tester.js';
import { ATTRIBUTION, SOURCE, world } from './world.js';

const RULES_DIR = join(import.meta.dirname, '../../src/check/rules');
const ids = builtinRules.map((r) => r.meta.id);

/** The base world with an unused actor (orphan, a warning) and a said date after publication (an error). */
const broken = () =>
  loadCase({
    records: world({
      actors: [{ id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un' }],
      attributions: [{ ...ATTRIBUTION, said: '2023-09-20', relative: undefined }],
    }),
  });
const summary = (diagnostics: ReturnType<typeof check>) => diagnostics.map((d) => `${d.ruleId}:${d.severity}`);

/** A custom rule as docs/rules.md shows it: every source names a publisher. */
const needsPublisher: Rule = {
  meta: {
    id: 'source-needs-publisher',
    severity: 'warning',
    doc: 'Every source names its publisher.',
    messages: { missing: 'Source "{id}" ("{title}") does not say who published it.' },
  },
  check({ corpus, report }) {
    for (const source of corpus.sources) {
      if (source.publisher === undefined) {
        report({
          messageId: 'missing',
          data: { id: source.id, title: source.title },
          entity: { type: 'source', id: source.id },
          field: ['publisher'],
        });
      }
    }
  },
};

describe('check on the bundled seed corpus', () => {
  it('finds no errors and no warnings', async () => {
    const corpus = await loadCorpus();
    expect(corpus.attributions.length).toBeGreaterThan(50);
    expect(check(corpus).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('the built-in rules', () => {
  it('live each in a file named after its id, and each has a test file', () => {
    const files = readdirSync(RULES_DIR).map((f) => basename(f, '.ts'));
    for (const id of ids) {
      expect(files).toContain(id);
      expect(existsSync(join(import.meta.dirname, 'rules', `${id}.test.ts`)), `test/check/rules/${id}.test.ts`).toBe(
        true,
      );
    }
  });

  it('have unique ids, a doc line and message templates', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of builtinRules) {
      expect(rule.meta.doc).toMatch(/^[A-Z].*\.$/);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    }
  });
});

describe('check options', () => {
  it('reports with the default severities', async () => {
    const { corpus } = await broken();
    expect(summary(check(corpus))).toEqual(['orphan:warning', 'said-after-published:error']);
  });

  it('turns a rule off', async () => {
    const { corpus } = await broken();
    expect(summary(check(corpus, { rules: { orphan: 'off' } }))).toEqual(['said-after-published:error']);
  });

  it('changes severities', async () => {
    const { corpus } = await broken();
    const found = check(corpus, { rules: { orphan: 'error', 'said-after-published': 'info' } });
    expect(summary(found)).toEqual(['orphan:error', 'said-after-published:info']);
  });

  it('runs only the rules asked for', async () => {
    const { corpus } = await broken();
    expect(summary(check(corpus, { only: ['orphan'] }))).toEqual(['orphan:warning']);
  });

  it('runs a custom rule, placing its findings at the record and field', async () => {
    const { corpus, lines } = await loadCase({ records: world({ sources: [{ ...SOURCE, publisher: undefined }] }) });
    const found = check(corpus, { extraRules: [needsPublisher], rules: { orphan: 'off' } });
    expect(found).toEqual([
      {
        ruleId: 'source-needs-publisher',
        severity: 'warning',
        message: 'Source "wire-kishida-ready" ("Kishida ready to meet Kim, Tokyo says") does not say who published it.',
        entity: { type: 'source', id: 'wire-kishida-ready' },
        file: 'corpus.yaml',
        line: lines.get('source:wire-kishida-ready'),
        column: 5,
        path: ['sources', 0, 'publisher'],
      },
    ]);
  });

  it('configures a custom rule by its id like a built-in one', async () => {
    const { corpus } = await loadCase({ records: world({ sources: [{ ...SOURCE, publisher: undefined }] }) });
    const only = { extraRules: [needsPublisher], only: ['source-needs-publisher'] };
    expect(summary(check(corpus, { ...only, rules: { 'source-needs-publisher': 'error' } }))).toEqual([
      'source-needs-publisher:error',
    ]);
    expect(check(corpus, { ...only, rules: { 'source-needs-publisher': 'off' } })).toEqual([]);
  });

  it('throws on an unknown rule id, listing the rules', async () => {
    const { corpus } = await broken();
    const attempt = () => check(corpus, { rules: { 'quote-missing': 'off' } });
    expect(attempt).toThrow(`claimtrail: there is no rule "quote-missing"; the rules are ${ids.join(', ')}`);
    expect(() => check(corpus, { only: ['orphans'] })).toThrow(/there is no rule "orphans"; the rules are syntax, /);
    expect(attempt).toThrow(InvalidOptionError);
  });

  it('accepts custom rule ids in options, and lists them among the rules', async () => {
    const { corpus } = await broken();
    expect(() => check(corpus, { extraRules: [needsPublisher], rules: { nope: 'off' } })).toThrow(
      /the rules are .*orphan, source-needs-publisher$/,
    );
  });

  it('throws on a setting that is not a severity', async () => {
    const { corpus } = await broken();
    // @ts-expect-error: a setting from an untyped configuration file
    expect(() => check(corpus, { rules: { orphan: 'warn' } })).toThrow(
      'claimtrail: rule "orphan" is set to "warn"; use one of off, error, warning, info',
    );
    // @ts-expect-error: as above
    expect(() => check(corpus, { rules: { orphan: 'warn' } })).toThrow(InvalidOptionError);
  });

  it('throws when a custom rule takes a built-in id', async () => {
    const { corpus } = await broken();
    const clash = { ...needsPublisher, meta: { ...needsPublisher.meta, id: 'orphan' } };
    expect(() => check(corpus, { extraRules: [clash] })).toThrow('claimtrail: two rules have the id "orphan"');
    expect(() => check(corpus, { extraRules: [clash] })).toThrow(InvalidRuleError);
  });

  it('throws when a rule reports a message it does not define', async () => {
    const { corpus } = await broken();
    const sloppy: Rule = { meta: needsPublisher.meta, check: ({ report }) => report({ messageId: 'typo' }) };
    expect(() => check(corpus, { extraRules: [sloppy] })).toThrow(
      'claimtrail: rule "source-needs-publisher" has no message "typo"',
    );
    expect(() => check(corpus, { extraRules: [sloppy] })).toThrow(InvalidRuleError);
  });

  it('sorts by file, then line', async () => {
    const { corpus } = await loadCase({
      records: world({ actors: [{ id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un' }] }),
      files: { 'a.yaml': 'actors:\n  - { id: "moon-jae-in", kind: person, name: Moon Jae-in }\n' },
    });
    expect(check(corpus).map((d) => `${d.file}:${d.line}:${d.entity?.id}`)).toEqual([
      'a.yaml:2:moon-jae-in',
      'corpus.yaml:7:kim-jong-un',
    ]);
  });
});
