import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What a web app pays for claimtrail's core: a bundler keeps only what the code reaches. zod is
// imported as a namespace (`import * as z`), which bundlers can shake; `import { z }` would carry
// every zod locale and the JSON Schema reader into every bundle (600 KB instead of 240 KB).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The files whose code ends up in the bundle (esbuild reads more than it keeps). */
async function bundleInputs(code: string): Promise<string[]> {
  const { metafile } = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

describe('a browser bundle of the core', () => {
  it('carries no zod locale but English, and not zod’s JSON Schema reader', async () => {
    const inputs = await bundleInputs(
      "import { check, createCorpus } from './src/core/index.js';\n" +
        'const { corpus } = createCorpus({});\n' +
        'console.log(check(corpus), corpus.quotes(), corpus.contradictions());',
    );
    expect(inputs.some((i) => i.includes('src/corpus/create-corpus.ts'))).toBe(true);
    expect(inputs.filter((i) => i.includes('zod/v4/locales/')).map((i) => i.replace(/.*\//, ''))).toEqual(['en.js']);
    expect(inputs.filter((i) => i.includes('from-json-schema'))).toEqual([]);
  });
});
