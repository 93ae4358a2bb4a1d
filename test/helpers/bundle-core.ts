import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CORE = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/core/index.ts');

/**
 * The portable core (`src/core/index.ts`) bundled as a bundler targeting browsers would: one
 * script that defines the global `claimtrail`.
 */
export async function bundleCore(): Promise<string> {
  const out = await build({
    entryPoints: [CORE],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'claimtrail',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}
