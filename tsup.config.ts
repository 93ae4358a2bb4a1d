import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', duckdb: 'src/duckdb/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    shims: true,
    target: 'node20',
    treeshake: true,
    loader: { '.sql': 'text' },
    external: ['@duckdb/node-api'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    shims: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    loader: { '.sql': 'text' },
    external: ['@duckdb/node-api'],
  },
]);
