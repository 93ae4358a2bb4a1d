import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatPartialDate,
  loadCorpusSync,
  partialDateBounds,
  relatePartialDates,
  resolveRelativeDate,
} from '../../src/index.js';

// Civil dates do not depend on the machine's time zone. Node reads TZ anew when it is assigned,
// so one process can try several: Apia skipped 2011-12-30 (UTC+14 from UTC-10), St John's is
// UTC-3:30, Kathmandu UTC+5:45, and the zones' summer-time changes fall on other days than UTC's.
const ZONES = [
  'UTC',
  'Pacific/Apia',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
  'America/Los_Angeles',
];
const original = process.env.TZ;

function inEachZone<T>(run: () => T): T[] {
  return ZONES.map((zone) => {
    process.env.TZ = zone;
    return run();
  });
}

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('civil-date arithmetic in any time zone', () => {
  it("resolves 'yesterday' from 2011-12-31 to 2011-12-30, the day Samoa skipped", () => {
    for (const result of inEachZone(() => resolveRelativeDate('yesterday', '2011-12-31'))) {
      expect(result).toEqual({ ok: true, value: '2011-12-30' });
    }
  });

  it('gives the same bounds, weekdays and relations everywhere', () => {
    const anchors = fc.sample(
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
      { numRuns: 60, seed: 17 },
    );
    const days = anchors.map((d) => d.toISOString().slice(0, 10));
    const expressions = [
      'yesterday',
      'tomorrow',
      'on Wednesday',
      'next week',
      'last month',
      'three days ago',
      'two weeks later',
    ];
    const results = inEachZone(() =>
      days.map((day) => ({
        resolved: expressions.map((e) => resolveRelativeDate(e, day)),
        month: partialDateBounds(day.slice(0, 7)).end.toISOString(),
        relation: relatePartialDates(day, day.slice(0, 7)),
      })),
    );
    for (const other of results.slice(1)) expect(other).toEqual(results[0]);
  });

  it('formats the bounds it computes as the days it was given', () => {
    for (const formatted of inEachZone(() => formatPartialDate(partialDateBounds('2011-12-30').start))) {
      expect(formatted).toBe('2011-12-30');
    }
  });

  it("checks and explains the bundled corpus's contradictions identically", () => {
    const corpus = loadCorpusSync();
    const explanations = inEachZone(() => corpus.contradictions().map((c) => c.explanation));
    for (const other of explanations.slice(1)) expect(other).toEqual(explanations[0]);
  });
});
