import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveRelativeDate } from '../../src/time/resolve-relative-date.js';

// 2024-03-25 is a Monday.
const MONDAY = '2024-03-25';

describe('resolveRelativeDate follows the tense of the sentence', () => {
  it('counts a bare weekday back in the past tense and forward in the future tense', () => {
    expect(resolveRelativeDate('on Tuesday', MONDAY)).toEqual({ ok: true, value: '2024-03-19' });
    expect(resolveRelativeDate('on Tuesday', MONDAY, { tense: 'past' })).toEqual({ ok: true, value: '2024-03-19' });
    expect(resolveRelativeDate('on Tuesday', MONDAY, { tense: 'future' })).toEqual({ ok: true, value: '2024-03-26' });
    expect(resolveRelativeDate('Sunday', MONDAY, { tense: 'future' })).toEqual({ ok: true, value: '2024-03-31' });
  });

  it('takes the anchor’s own weekday as that day in either tense', () => {
    expect(resolveRelativeDate('on Monday', MONDAY, { tense: 'future' })).toEqual({ ok: true, value: MONDAY });
    expect(resolveRelativeDate('on Monday', MONDAY, { tense: 'past' })).toEqual({ ok: true, value: MONDAY });
  });

  it('leaves explicit directions alone', () => {
    expect(resolveRelativeDate('next Tuesday', MONDAY, { tense: 'past' })).toEqual({ ok: true, value: '2024-03-26' });
    expect(resolveRelativeDate('last Tuesday', MONDAY, { tense: 'future' })).toEqual({ ok: true, value: '2024-03-19' });
  });

  it('counts a bare month or month and day forward in the future tense', () => {
    expect(resolveRelativeDate('in February', MONDAY, { tense: 'future' })).toEqual({ ok: true, value: '2025-02' });
    expect(resolveRelativeDate('in February', MONDAY)).toEqual({ ok: true, value: '2024-02' });
    expect(resolveRelativeDate('April 2', MONDAY, { tense: 'future' })).toEqual({ ok: true, value: '2024-04-02' });
    expect(resolveRelativeDate('March 30', MONDAY, { tense: 'future' })).toEqual({ ok: true, value: '2024-03-30' });
    expect(resolveRelativeDate('March 30', MONDAY)).toEqual({ ok: true, value: '2023-03-30' });
  });

  it('a future weekday is never before the anchor nor a week or more after it (property)', () => {
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 6 }), (offset, day) => {
        const anchor = new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);
        const result = resolveRelativeDate(days[day] as string, anchor, { tense: 'future' });
        if (!result.ok || typeof result.value !== 'string') return false;
        const gap = (Date.parse(result.value) - Date.parse(anchor)) / 86_400_000;
        return gap >= 0 && gap < 7 && new Date(result.value).getUTCDay() === day;
      }),
    );
  });
});
