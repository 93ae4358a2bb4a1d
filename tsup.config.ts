import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: the full Node entry and the portable core, code-split so both share one copy
    // of every module (one set of classes and state per format) and bundlers can tree-shake.
    entry: { index: 'src/index.ts', core: 'src/core/index.ts' },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    clean: true,
    shims: true,
    target: 'es2022',
    platform: 'neutral',
    // Keep the `node:` prefix: edge runtimes and Deno recognise built-ins by it.
    removeNodeProtocol: false,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    shims: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
