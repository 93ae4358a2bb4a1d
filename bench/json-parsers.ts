/**
 * The JSONL hot path, parser against parser, on the same lines in one process:
 * `node --expose-gc --import tsx bench/json-parsers.ts [attributions]` (100,000 unless told).
 * It compares JSON.parse alone, JSON.parse with the loader's duplicate-key check (a key-count bound
 * and a walk of the value), jsonc-parser's `parse`, and jsonc-parser's visitor building the value
 * while it looks for duplicate keys (what reading every line with jsonc-parser would cost).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as jsoncParse, visit } from 'jsonc-parser';
import { writeGeneratedCorpusSync } from '../src/generate/write-generated-corpus.js';
import { countKeysWithin, keyCountBound, MAX_NESTING } from '../src/load/nesting.js';
import { readLinesSync } from '../src/load/read-lines.js';
import { bestOf, fmt } from './measure.js';

/** One pass of jsonc-parser's visitor: the value, and whether a key came twice. */
function visitWithDuplicates(text: string): { value: unknown; duplicate: boolean } {
  const stack: unknown[] = [];
  const keys: (string | undefined)[] = [];
  const seen: Set<string>[] = [];
  let value: unknown;
  let duplicate = false;
  const put = (v: unknown) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) value = v;
    else if (Array.isArray(parent)) parent.push(v);
    else (parent as Record<string, unknown>)[keys[keys.length - 1] as string] = v;
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        const o = {};
        put(o);
        stack.push(o);
        keys.push(undefined);
        seen.push(new Set());
      },
      onObjectProperty: (key) => {
        const s = seen[seen.length - 1] as Set<string>;
        if (s.has(key)) duplicate = true;
        s.add(key);
        keys[keys.length - 1] = key;
      },
      onObjectEnd: () => {
        stack.pop();
        keys.pop();
        seen.pop();
      },
      onArrayBegin: () => {
        const a: unknown[] = [];
        put(a);
        stack.push(a);
      },
      onArrayEnd: () => {
        stack.pop();
      },
      onLiteralValue: (v) => put(v),
    },
    { disallowComments: true },
  );
  return { value, duplicate };
}

const n = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-parsers-'));
try {
  writeGeneratedCorpusSync(dir, { attributions: n, seed: 1 });
  const lines: string[] = [];
  for (const file of ['actors.jsonl', 'sources.jsonl', 'claims.jsonl', 'attributions.jsonl'])
    for (const { text } of readLinesSync(join(dir, file))) if (text !== '') lines.push(text);
  let suspects = 0;
  for (const line of lines) if (keyCountBound(line) !== countKeysWithin(JSON.parse(line), MAX_NESTING)) suspects++;
  const runs = 5;
  const per = (ms: number) => `${fmt.ms(ms)}  ${((ms * 1000) / lines.length).toFixed(2)} µs/line`;
  const rows: [string, number][] = [
    ['JSON.parse', bestOf(runs, () => lines.map((l) => JSON.parse(l))).ms],
    [
      'JSON.parse + duplicate-key check (chosen)',
      bestOf(runs, () =>
        lines.map((l) => {
          const v = JSON.parse(l);
          return keyCountBound(l) === countKeysWithin(v, MAX_NESTING) ? v : undefined;
        }),
      ).ms,
    ],
    ['jsonc-parser parse (no duplicate check)', bestOf(runs, () => lines.map((l) => jsoncParse(l))).ms],
    ['jsonc-parser visitor: value + duplicate keys', bestOf(runs, () => lines.map((l) => visitWithDuplicates(l))).ms],
  ];
  process.stdout.write(
    `${lines.length} lines (${n} attributions); ${suspects} lines scanned again for duplicate keys\n`,
  );
  for (const [label, ms] of rows) process.stdout.write(`${label.padEnd(46)} ${per(ms)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
