import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// A library install brings only what the library imports; the CLI's own packages are bundled
// into dist/cli.js at build time and stay development dependencies.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The packages a bundle of `entry` would import, found by esbuild the way a bundler would. */
async function packagesImportedBy(entry: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    // The DuckDB engine's SQL files are text, as the build reads them.
    loader: { '.sql': 'text' },
    logLevel: 'silent',
  });
  const names = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const { path, external } of input.imports) {
      if (!external || path.startsWith('node:')) continue;
      names.add(path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : (path.split('/')[0] as string));
    }
  }
  return [...names].sort();
}

describe('the install footprint', () => {
  it('installs every package the library imports', async () => {
    for (const name of await packagesImportedBy('src/index.ts')) expect(manifest.dependencies).toHaveProperty(name);
  });

  it('keeps the packages only the CLI uses out of the dependencies', async () => {
    const library = new Set(await packagesImportedBy('src/index.ts'));
    const cliOnly = (await packagesImportedBy('src/cli/main.ts')).filter((name) => !library.has(name));
    expect(cliOnly).toEqual(expect.arrayContaining(['commander', 'picocolors']));
    for (const name of cliOnly) {
      expect(manifest.dependencies).not.toHaveProperty(name);
      expect(manifest.devDependencies).toHaveProperty(name);
    }
  });
});
