import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorQuote, ClaimtrailError, loadCorpusSync, QuoteNotFoundError } from '../../src/index.js';

// The package ships an ESM and a CommonJS build; one process may load both (an ESM app with a
// CommonJS dependency on claimtrail). Both copies are built here the way tsup builds them, and
// one Node process imports the first and requires the second.
const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;

beforeAll(async () => {
  // Inside the checkout (under dist/, which git ignores) so the builds find the dependencies.
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  dir = mkdtempSync(join(ROOT, 'dist', 'dual-test-'));
  for (const format of ['esm', 'cjs'] as const) {
    await build({
      entryPoints: [join(ROOT, 'src/index.ts')],
      bundle: true,
      packages: 'external',
      platform: 'node',
      format,
      outfile: join(dir, format === 'esm' ? 'claimtrail.mjs' : 'claimtrail.cjs'),
      logLevel: 'silent',
    });
  }
  writeFileSync(
    join(dir, 'both.mjs'),
    `
import { createRequire } from 'node:module';
import * as esm from './claimtrail.mjs';
const cjs = createRequire(import.meta.url)('./claimtrail.cjs');
const corpus = esm.loadCorpusSync(${JSON.stringify(join(ROOT, 'data'))});
cjs.registerPredicates({ 'bans-exports-to': { label: 'bans exports to', object: 'actor' } });
let thrown;
try { cjs.anchorQuote('Kim said no.', 'yes') } catch (error) { thrown = error }
console.log(JSON.stringify({
  distinctCopies: esm.check !== cjs.check,
  predicateSeenByEsm: esm.registeredPredicates()['bans-exports-to']?.label ?? null,
  instanceOfEsmClass: thrown instanceof esm.QuoteNotFoundError,
  instanceOfEsmBase: thrown instanceof esm.ClaimtrailError,
  notAnotherClass: thrown instanceof esm.CorpusWriteError,
  code: thrown.code,
  checkClean: esm.check(corpus).length === 0,
}));
`,
  );
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('state and errors across the ESM and CommonJS copies of the package', () => {
  it('share added predicates, and instanceof recognises the other copy’s errors', () => {
    const out = execFileSync(process.execPath, [join(dir, 'both.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      distinctCopies: true,
      predicateSeenByEsm: 'bans exports to',
      instanceOfEsmClass: true,
      instanceOfEsmBase: true,
      notAnotherClass: false,
      code: 'quote-not-found',
      checkClean: true,
    });
  });
});

describe('ClaimtrailError', () => {
  it('is the base of the errors claimtrail throws, each with a stable code', () => {
    const corpus = loadCorpusSync();
    const caught: unknown[] = [];
    for (const attempt of [
      () => anchorQuote('Kim said no.', 'yes'),
      () => corpus.whoSaid('x', { limit: -1 }),
      () => loadCorpusSync('/no/such/dir'),
    ]) {
      try {
        attempt();
      } catch (error) {
        caught.push(error);
      }
    }
    expect(caught[0]).toBeInstanceOf(QuoteNotFoundError);
    const codes = caught.filter((e) => e instanceof ClaimtrailError).map((e) => (e as ClaimtrailError).code);
    expect(codes).toContain('quote-not-found');
    expect(codes).toContain('corpus-directory');
  });
});
