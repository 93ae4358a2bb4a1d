import { configDefaults, defineConfig } from 'vitest/config';

/** SQL files are imported as text, as tsup's text loader does for the build. */
const sqlAsText = {
  name: 'sql-as-text',
  transform(code: string, id: string) {
    return id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
  },
};

export default defineConfig({
  plugins: [sqlAsText],
  test: {
    include: ['test/**/*.test.ts'],
    // The browser test drives Chromium: `npm run test:browser` (vitest.browser.config.ts) runs it.
    exclude: [...configDefaults.exclude, 'test/**/*.browser.test.ts'],
    // Both cores, even on a 2-core machine (vitest's default keeps one for itself, which idles).
    maxWorkers: 2,
    // Test files share each worker's loaded modules instead of importing src/ afresh: importing
    // took more time than testing. Tests leave no global state behind (environment variables
    // are restored after each test below; spies are restored where they are made).
    isolate: false,
    unstubEnvs: true,
    testTimeout: 180_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
