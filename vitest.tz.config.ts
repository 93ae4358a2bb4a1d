import { defineConfig } from 'vitest/config';

// The date tests again under time zones that have caught date code out: Samoa's skipped day
// (Pacific/Apia), half- and quarter-hour offsets (America/St_Johns, Asia/Kathmandu) and UTC+14.
// Run with `npm run test:tz`; each zone is a project, so a failure names its zone.
const ZONES = ['UTC', 'Pacific/Apia', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Kiritimati'];

export default defineConfig({
  test: {
    projects: ZONES.map((zone) => ({
      test: {
        name: zone,
        include: ['test/time/**/*.test.ts', 'test/contradict/kinds.test.ts', 'test/check/rules/*date*.test.ts'],
        env: { TZ: zone },
        testTimeout: 180_000,
      },
    })),
  },
});
