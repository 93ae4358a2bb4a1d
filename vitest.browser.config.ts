import { defineConfig } from 'vitest/config';

/** The report in a real browser (Chromium): `npm run test:browser`, kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/**/*.browser.test.ts'],
    testTimeout: 180_000,
  },
});
