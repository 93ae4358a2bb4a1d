/**
 * Every regular expression in src/ must run in time linear in its input: no catastrophic (or
 * quadratic) backtracking on long runs of spaces, hyphens, letters or dots. The expressions are
 * found in the source by the TypeScript parser, so new ones are covered as they are written, and
 * the exported functions that use them are run on the same inputs. Times are measured and
 * printed; the bound is generous (a linear scan of 100k characters takes about a millisecond,
 * a quadratic one many seconds).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/check/rule.js';
import { check, createCorpus, isPartialDate, resolveRelativeDate, schemas } from '../../src/index.js';
import { closestPassage } from '../../src/internal/closest-passage.js';
import {
  asciiLookalike,
  describeCharacter,
  mixedScriptWord,
  nameSkeleton,
  nonAsciiCharacters,
  visible,
} from '../../src/internal/confusables.js';
import { foldText } from '../../src/internal/fold-text.js';
import { normalizeName } from '../../src/internal/normalize-name.js';
import { jsonSyntaxProblem } from '../../src/load/json-text.js';
import { describeJsonError, jsonErrorPosition, jsonErrorReason } from '../../src/load/parse-json.js';
import { jsonlTypeFromName, parseJsonlRecords } from '../../src/load/parse-jsonl.js';
import { flowNestingBeyond, parseYamlRecords } from '../../src/load/parse-yaml.js';

const N = 100_000;
// Catastrophic backtracking on 100k characters takes minutes; anything under this bound is linear enough.
const BOUND_MS = 10_000;
const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Long inputs that make backtracking regular expressions try every split of a run. */
const ADVERSARIAL: string[] = (() => {
  const singles = [
    ' ',
    '-',
    'a',
    'A',
    '0',
    '.',
    '\t',
    '\n',
    '"',
    "'",
    '_',
    'é',
    '[',
    '{',
    '/',
    '\\',
    ':',
    ',',
    '\u00a0',
    '*',
  ];
  const pairs = ['a-', 'a ', 'a.', '- ', '. ', '-a', '0-', 'a1', ' \n', '\r\n', 'ab', 'a,', '1-', '--a'];
  return [
    ...singles.flatMap((c) => [c.repeat(N) + '!', `x${c.repeat(N)}\u0000`]),
    ...pairs.map((p) => p.repeat(Math.ceil(N / p.length)) + '!'),
  ];
})();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every regular expression literal in src/, and every RegExp built at run time. */
function findRegexes(): { literals: { where: string; regex: RegExp }[]; dynamic: string[] } {
  const literals: { where: string; regex: RegExp }[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const where = `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const slash = literal.lastIndexOf('/');
        literals.push({ where, regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)) });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        dynamic.push(`${relative(SRC, file)}: ${node.getText()}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamic };
}

/** RegExps built at run time, each reviewed: what goes into it, and why it cannot backtrack. */
const REVIEWED_DYNAMIC: Record<string, string> = {
  "internal/confusables.ts: new RegExp(`^\\\\p{Script=${name}}$`, 'u')":
    'one Unicode property escape, anchored; `name` comes from a fixed list of script names',
  "cli/terminal-text.ts: new RegExp(`${OWN_COLOURS.source}|${CONTROLS.source}`, 'g')":
    'two literals of this module joined: a fixed escape sequence or one character class, no quantifier on input',
};

/** Runs `work` and returns how long it took. */
function time(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

describe('regular expressions in src/', () => {
  const { literals, dynamic } = findRegexes();

  it('are found (the scan itself works)', () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.some((l) => l.where.startsWith('model/ids.ts'))).toBe(true);
  });

  it('are all literals, or run-time ones that were reviewed', () => {
    expect(dynamic.filter((d) => !Object.hasOwn(REVIEWED_DYNAMIC, d))).toEqual([]);
  });

  it(`run in linear time on ${ADVERSARIAL.length} adversarial inputs of ${N / 1000}k characters`, () => {
    const timings: { where: string; source: string; input: string; ms: number }[] = [];
    for (const { where, regex } of literals) {
      // Global, not sticky: replace() then tries the expression at every position of the input.
      const flags = [...new Set(`${regex.flags}g`.replace('y', ''))].join('');
      const everywhere = new RegExp(regex.source, flags);
      for (const input of ADVERSARIAL) {
        const ms = time(() => input.replace(everywhere, ''));
        timings.push({ where, source: regex.source, input: JSON.stringify(input.slice(0, 6)), ms });
        if (ms > BOUND_MS) break; // one slow input condemns it; the others would take as long
      }
    }
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(
      `regex safety: ${literals.length} expressions x ${ADVERSARIAL.length} inputs; slowest ${slowest
        .map((t) => `${t.where} /${t.source}/ on ${t.input}… ${t.ms.toFixed(1)} ms`)
        .join('; ')}`,
    );
    expect(timings.filter((t) => t.ms > BOUND_MS)).toEqual([]);
  });
});

describe('functions that use regular expressions, on long adversarial input', () => {
  const calls: [string, (s: string) => unknown][] = [
    ['normalizeName', normalizeName],
    ['foldText', foldText],
    ['resolveRelativeDate', (s) => resolveRelativeDate(s, '2023-09-15')],
    ['fillTemplate', (s) => fillTemplate(`{${s}} {id}`, { id: 'x' })],
    ['isPartialDate', isPartialDate],
    ['jsonErrorPosition', (s) => jsonErrorPosition(s, s)],
    ['jsonErrorReason', jsonErrorReason],
    ['describeJsonError', (s) => describeJsonError(s, new Error(s))],
    ['jsonSyntaxProblem', jsonSyntaxProblem],
    ['jsonlTypeFromName', jsonlTypeFromName],
    ['parseJsonlRecords', (s) => parseJsonlRecords(s, 'a.jsonl')],
    ['parseYamlRecords', (s) => parseYamlRecords(`actors: [${s}]`, 'a.yaml')],
    ['flowNestingBeyond', (s) => flowNestingBeyond(s, 100)],
    ['nameSkeleton', nameSkeleton],
    ['mixedScriptWord', mixedScriptWord],
    ['asciiLookalike', asciiLookalike],
    ['nonAsciiCharacters', nonAsciiCharacters],
    ['visible', visible],
    ['describeCharacter', (s) => describeCharacter(s.slice(0, 1))],
    ['closestPassage', (s) => closestPassage(s, s.slice(0, 80))],
    ['schemas.Id', (s) => schemas.Id.safeParse(s)],
    ['schemas.PartialDate', (s) => schemas.PartialDate.safeParse(s)],
    ['schemas.Claim (predicate)', (s) => schemas.Claim.safeParse({ id: 'c', text: 't', subject: 'a', predicate: s })],
    ['schemas.Source (language)', (s) => schemas.Source.safeParse({ id: 's', kind: 'other', title: 't', language: s })],
    ['schemas.Actor (iso)', (s) => schemas.Actor.safeParse({ id: 'a', kind: 'country', name: 'n', iso: s })],
  ];

  it.each(calls)('%s', (_name, call) => {
    let slowest = 0;
    for (const input of ADVERSARIAL) {
      const ms = time(() => {
        try {
          call(input);
        } catch {
          // Refusing the input is fine; taking forever is not.
        }
      });
      slowest = Math.max(slowest, ms);
    }
    expect(slowest).toBeLessThan(BOUND_MS);
  });

  it('check() on records whose every text is a long adversarial string', () => {
    for (const s of [' '.repeat(N), `${'a-'.repeat(N / 2)}!`, `${'. '.repeat(N / 2)}x`, `x${"'s ".repeat(N / 3)}`]) {
      const { corpus } = createCorpus({
        actors: [{ id: 'a', kind: 'person', name: s, aliases: [s] }],
        sources: [{ id: 's', kind: 'article', title: s, text: s }],
        claims: [{ id: 'c', text: s, subject: 'a', predicate: 'is', object: { type: 'text', value: s } }],
        attributions: [
          {
            id: 't',
            claim: 'c',
            source: 's',
            speaker: 'a',
            mode: 'direct-quote',
            quotes: [{ text: `${s.slice(0, 500)}?` }],
            cue: s,
            relative: { said: s },
          },
        ],
      });
      const ms = time(() => check(corpus));
      expect(ms).toBeLessThan(BOUND_MS * 5);
    }
  });
});
