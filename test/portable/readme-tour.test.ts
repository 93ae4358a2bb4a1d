import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { formatChain, loadCorpusSync } from '../../src/index.js';

// The README's TypeScript is what a newcomer copies first: it must compile under strict as
// written, against the package's own entry, and do what its comments say.
const ROOT = resolve(import.meta.dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
// Under dist/ (ignored by git) so the files are ES modules of this package, with top-level await.
mkdirSync(join(ROOT, 'dist'), { recursive: true });
const dir = mkdtempSync(join(ROOT, 'dist', 'readme-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the README's TypeScript", () => {
  it('compiles under strict as written', () => {
    expect(blocks.length).toBeGreaterThan(0);
    const files = blocks.map((code, i) => {
      const file = join(dir, `block-${i}.ts`);
      const local = code
        .replaceAll("from 'claimtrail'", "from '../../src/index.js'")
        .replaceAll("from 'claimtrail/core'", "from '../../src/core/index.js'");
      writeFileSync(file, `${local}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      types: ['node'],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) =>
          `${d.file ? d.file.fileName.slice(dir.length + 1) : ''} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      );
    expect(problems).toEqual([]);
  }, 120_000);

  it("keeps reported speech's quoted words in the tour's quote listing", () => {
    const tour = blocks.find((b) => b.includes('await loadCorpus()')) as string;
    const mapper = /corpus\.quotes\(\{[^)]*\}\)\.map\(([\s\S]*?)\);\n/.exec(tour)?.[1];
    expect(mapper).toBeDefined();
    const corpus = loadCorpusSync();
    const js = ts.transpileModule(`export default ${mapper as string};`, {
      compilerOptions: { module: ts.ModuleKind.CommonJS },
    }).outputText;
    const module = { exports: {} as { default: (q: unknown) => { words: unknown } } };
    new Function('module', 'exports', 'corpus', 'formatChain', js)(module, module.exports, corpus, formatChain);
    const reported = corpus
      .quotes()
      .filter((q) => q.attribution.mode === 'indirect' && q.attribution.quotes.length > 0);
    expect(reported.length).toBeGreaterThan(0);
    for (const q of reported) {
      const quoted = q.attribution.mode === 'indirect' ? q.attribution.quotes.map((x) => x.text) : [];
      expect(module.exports.default(q).words).toEqual(quoted);
    }
  });
});
