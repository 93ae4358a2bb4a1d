import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * Writes files into a fresh temporary directory and returns its path. The directory is removed
 * when the test that made it finishes. (A module-level `afterEach` would be registered only for
 * the first test file that imports this module, since test files share modules here, and every
 * later file's directories would be left behind.) Values are file contents, written as given
 * (strings) or as bytes. Call it inside a test.
 */
export function tempCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}
