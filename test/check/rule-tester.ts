import { describe, expect, it } from 'vitest';
import { type CheckOptions, check } from '../../src/check/check.js';
import type { Rule } from '../../src/check/rule.js';
import { builtinRules } from '../../src/check/rules/index.js';
import type { Corpus } from '../../src/corpus/corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { Diagnostic, EntityRef, Severity } from '../../src/model/diagnostic.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { type Records, recordsYaml } from './world.js';

/** A temporary corpus: records written to `corpus.yaml` (one a line), and any other files as given. */
export interface CorpusCase {
  readonly records?: Records;
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
}

interface Case {
  readonly name: string;
  readonly corpus: CorpusCase;
  readonly options?: CheckOptions;
}

/** What one diagnostic must be. Fields the diagnostic carries must be stated, or the case fails. */
export interface Expected {
  /** The key of the rule's messages whose template the message must fit. */
  readonly messageId: string;
  /** The whole message, word for word. */
  readonly message: string;
  readonly severity?: Severity;
  readonly entity?: EntityRef;
  /** Defaults to corpus.yaml. */
  readonly file?: string;
  /** A line number, or `record`: the line `corpus.yaml` holds the entity on. */
  readonly line?: number | 'record';
  readonly column?: number;
  readonly path?: readonly (string | number)[];
  readonly actual?: unknown;
  readonly expected?: unknown;
  readonly related?: Diagnostic['related'];
  readonly suggestion?: string;
}

export interface InvalidCase extends Case {
  readonly errors: readonly Expected[];
}

/** Writes a case to a temporary directory and loads it. */
export async function loadCase(c: CorpusCase): Promise<{ corpus: Corpus; lines: Map<string, number> }> {
  const { text, lines } = recordsYaml(c.records ?? {});
  const files = { ...(c.records ? { 'corpus.yaml': text } : {}), ...c.files };
  return { corpus: await loadCorpus(tempCorpus(files)), lines };
}

/** A template as a pattern: each `{placeholder}` stands for any text. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/g).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}

const MUST_STATE = ['entity', 'line', 'path', 'actual', 'expected', 'related', 'suggestion'] as const;

/**
 * Runs a rule over valid cases (it must report nothing, and the case must load cleanly, so that a
 * valid case cannot pass by failing to load) and invalid ones (it must report exactly the listed
 * diagnostics, in order, each fitting the template of its messageId).
 */
export function testRule(rule: string | Rule, cases: { valid: readonly Case[]; invalid: readonly InvalidCase[] }) {
  const builtin = typeof rule === 'string' ? builtinRules.find((r) => r.meta.id === rule) : undefined;
  const target = typeof rule === 'string' ? builtin : rule;
  if (!target) throw new Error(`test setup: no rule ${String(rule)}`);
  const id = target.meta.id;
  const extra = builtinRules.includes(target) ? {} : { extraRules: [target] };
  const run = (corpus: Corpus, options?: CheckOptions) => check(corpus, { ...extra, ...options, only: [id] });

  describe(id, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        const { corpus } = await loadCase(c.corpus);
        expect(corpus.diagnostics).toEqual([]);
        expect(run(corpus, c.options)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        const { corpus, lines } = await loadCase(c.corpus);
        expect(corpus.diagnostics.filter((d) => d.ruleId !== id)).toEqual([]);
        const found = run(corpus, c.options);
        expect(found.map((d) => d.message)).toEqual(c.errors.map((e) => e.message));
        c.errors.forEach((want, i) => {
          const got = found[i] as Diagnostic;
          const template = target.meta.messages[want.messageId];
          expect(template, `rule ${id} has no message ${want.messageId}`).toBeDefined();
          expect(got.message).toMatch(templatePattern(template as string));
          expect(got.ruleId).toBe(id);
          expect(got.severity).toBe(want.severity ?? c.options?.rules?.[id] ?? target.meta.severity);
          if (got.file !== undefined || want.file !== undefined) expect(got.file).toBe(want.file ?? 'corpus.yaml');
          for (const key of MUST_STATE) {
            if (got[key] !== undefined)
              expect(want, `diagnostic ${i} has ${key}; the case must state it`).toHaveProperty(key);
          }
          if (want.entity !== undefined) expect(got.entity).toEqual(want.entity);
          if (want.line !== undefined) {
            const line = want.line === 'record' ? lines.get(`${want.entity?.type}:${want.entity?.id}`) : want.line;
            expect(line, 'test setup: the record is not in corpus.yaml').toBeDefined();
            expect(got.line).toBe(line);
          }
          if (want.column !== undefined) expect(got.column).toBe(want.column);
          for (const key of ['path', 'actual', 'expected', 'related', 'suggestion'] as const) {
            if (Object.hasOwn(want, key)) expect(got[key], key).toEqual(want[key]);
          }
        });
      });
    });
  });
}
