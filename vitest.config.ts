import { defineConfig } from 'vitest/config';

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
    testTimeout: 180_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
