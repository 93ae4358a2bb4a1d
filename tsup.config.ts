import { defineConfig } from 'tsup';

// No source maps: the build is neither minified nor mangled, so a stack trace into dist/ reads as it
// is, and maps would point at sources the package does not ship (or carry them and triple its size).

export default defineConfig([
  {
    // The library: the full Node entry, the portable core and the drafting and DuckDB subpaths,
    // code-split so they share one copy of every module (one set of classes and state per format)
    // and bundlers can tree-shake.
    entry: {
      index: 'src/index.ts',
      core: 'src/core/index.ts',
      draft: 'src/draft/index.ts',
      duckdb: 'src/duckdb/index.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    clean: true,
    // No shims: they would put node:path into the shared chunk; bundledCorpusDir finds its own way.
    shims: false,
    target: 'es2022',
    platform: 'node',
    // Keep the `node:` prefix: edge runtimes and Deno recognise built-ins by it.
    removeNodeProtocol: false,
    treeshake: true,
    // ESM only: bundled so that the CommonJS build can require it.
    noExternal: ['approx-string-match'],
    loader: { '.sql': 'text' },
    external: ['@duckdb/node-api'],
  },
  {
    // The CLI carries its own dependencies, so installing the library does not install them.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    noExternal: ['commander', 'picocolors'],
    shims: true,
    target: 'node20',
    platform: 'node',
    // commander is CommonJS and requires Node built-ins; an ESM bundle needs a require for them.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    loader: { '.sql': 'text' },
    external: ['@duckdb/node-api'],
  },
]);
