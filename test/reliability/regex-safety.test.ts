/**
 * Every regular expression in src/ must run in time linear in its input: no catastrophic (or
 * quadratic) backtracking on long runs of spaces, hyphens, letters or dots. The expressions are
 * found in the source by the TypeScript parser, so new ones are covered as they are written, and
 * each is analysed by recheck, a ReDoS checker: by automata theory where that applies, by seeded
 * fuzzing for look-arounds. Nothing is timed. The exported functions that use them are then run on
 * long adversarial inputs, to see that they answer (or refuse) without overflowing the stack.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check as recheck } from 'recheck';
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
import { jsonSyntaxProblem } from '../../src/load/json-syntax.js';
import { describeJsonError, jsonErrorPosition, jsonErrorReason } from '../../src/load/parse-json.js';
import { jsonlTypeFromName, parseJsonlRecords } from '../../src/load/parse-jsonl.js';
import { flowNestingBeyond, parseYamlRecords } from '../../src/load/parse-yaml.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** A fixed seed, so that recheck's fuzzing tries the same inputs on every run. */
const RECHECK = { randomSeed: 20240915 } as const;

/** Long inputs that make backtracking regular expressions try every split of a run. */
function adversarial(n: number): string[] {
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
    ...singles.flatMap((c) => [c.repeat(n) + '!', `x${c.repeat(n)}\u0000`]),
    ...pairs.map((p) => p.repeat(Math.ceil(n / p.length)) + '!'),
  ];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Literal {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** Every regular expression literal in src/, and every RegExp built at run time. */
function findRegexes(): { literals: Literal[]; dynamic: string[] } {
  const literals: Literal[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const where = `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const slash = literal.lastIndexOf('/');
        literals.push({ where, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
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
  "draft/mentions.ts: new RegExp(String.raw`${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${PARTICLE}(?=\\s+\\p{Lu})))*`, 'gu')":
    'each repetition needs white space then a capitalised word or a fixed particle: the split of a run is unique',
  "draft/read-manner.ts: new RegExp(`\\\\b(${Object.keys(HEDGES).map(escapeRegExp).join('|')})\\\\b`, 'i')":
    'an alternation of escaped fixed words between word boundaries: no quantifier',
  "speech/find-cues.ts: new RegExp(\n  `(?<![\\\\p{L}-])(?:${Object.keys(CUES)\n    .sort((a, b) => b.length - a.length)\n    .map(escapeRegExp)\n    .join('|')})(?![\\\\p{L}-])`,\n  'giu',\n)":
    'an alternation of escaped fixed cue words between one-character look-arounds: no quantifier',
  "speech/judge-speech.ts: new RegExp(`(?:^|\\\\s)${cue.replace('.', '\\\\.')}(?:\\\\s+(?:it|him|her|them|this|the\\\\s+\\\\w+))?\\\\s*$`)":
    'starts with a fixed cue word, so it can only begin where the cue stands; then one optional object and trailing space, anchored',
  "cli/terminal-text.ts: new RegExp(`${OWN_COLOURS.source}|${CONTROLS.source}`, 'g')":
    'two literals of this module joined: a fixed escape sequence or one character class, no quantifier on input',
};

/**
 * Literal expressions recheck rates polynomial that only ever see a short, bounded slice of text,
 * by file and expression: the bound, and where it is enforced. Quadratic on 200 characters is
 * nothing; what matters is that no caller can hand them a long input.
 */
const REVIEWED_BOUNDED: Record<string, string> = {
  'draft/extract-attributions.ts /^[\\s,]*(?:\\S+\\s+){0,4}\\S+,\\s*$/':
    'run only when the words between two quotes are at most MAX_CUE_SPAN (120) characters',
  'draft/read-mention.ts /[\\p{L}]+$/u': 'run on a slice of at most 20 characters',
  'draft/read-mention.ts /\\b(?:said|says|added|told|wrote)\\s+(?=[^,]*$)/':
    'run on a window of at most 200 characters before the comma',
  "draft/resolve-speaker.ts /(?:^|[.;:]\\s+|\\b(?:the|a|an)\\s+)([\\p{L}’'\\s-]{2,80}),\\s*$/iu":
    'run on a slice of at most 80 characters before the name',
  'draft/resolve-speaker.ts /\\p{Ll}{3,} \\p{Ll}/u': 'run only on names of at most 80 characters',
};

describe('regular expressions in src/', () => {
  const { literals, dynamic } = findRegexes();

  it('are found (the scan itself works)', () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.some((l) => l.where.startsWith('model/ids.ts'))).toBe(true);
  });

  it('are all literals, or run-time ones that were reviewed', () => {
    expect(dynamic.filter((d) => !Object.hasOwn(REVIEWED_DYNAMIC, d))).toEqual([]);
  });

  it('are all judged safe (linear) by recheck', async () => {
    const verdicts: string[] = [];
    for (const { where, source, flags } of literals) {
      if (Object.hasOwn(REVIEWED_BOUNDED, `${where.replace(/:\d+$/, '')} /${source}/${flags}`)) continue;
      const found = await recheck(source, flags, RECHECK);
      if (found.status !== 'safe')
        verdicts.push(
          `${where} /${source}/${flags}: ${found.status}${
            found.status === 'vulnerable'
              ? ` (${found.complexity.summary}; attack ${JSON.stringify(found.attack.pattern)})`
              : found.status === 'unknown'
                ? ` (${found.error.kind})`
                : ''
          }`,
        );
    }
    expect(verdicts).toEqual([]);
  });

  it('recheck tells a backtracking expression from a linear one (the analysis itself works)', async () => {
    expect((await recheck('^(a|a)*$', '', RECHECK)).status).toBe('vulnerable');
    expect((await recheck('\\s+$', '', RECHECK)).status).toBe('vulnerable');
    expect((await recheck('^[a-z]+$', '', RECHECK)).status).toBe('safe');
  });
});

/** Runs `call`, and gives back what it threw unless that was a plain refusal of the input. */
function failure(call: () => unknown): unknown {
  try {
    call();
    return undefined;
  } catch (error) {
    // Refusing the input is fine; overflowing the stack on it is not.
    const refused = error instanceof Error && !(error instanceof RangeError && /call stack/.test(error.message));
    return refused ? undefined : error;
  }
}

describe('functions that use regular expressions, on long adversarial input', () => {
  const inputs = adversarial(20_000);
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

  it.each(calls)('%s answers or refuses every input', (_name, call) => {
    expect(inputs.map((input) => failure(() => call(input))).filter((e) => e !== undefined)).toEqual([]);
  });

  it('check() on records whose every text is a long adversarial string reports the misquote', () => {
    const n = 20_000;
    for (const s of [' '.repeat(n), `${'a-'.repeat(n / 2)}!`, `${'. '.repeat(n / 2)}x`, `x${"'s ".repeat(n / 3)}`]) {
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
      const found = check(corpus);
      expect(found.filter((d) => d.ruleId === 'quote-not-in-source').map((d) => d.path)).toEqual([
        ['attributions', 0, 'quotes', 0, 'text'],
      ]);
    }
  });
});
