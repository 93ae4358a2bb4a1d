import { match } from 'ts-pattern';
import { normalizeName } from '../internal/normalize-name.js';
import type { Approx, ClaimObject, Duration } from '../model/claim.js';
import { relatePartialDates } from '../time/relate-partial-dates.js';

/** The range of numbers a value with an approximation may stand for: [low, high], open ends as ±Infinity. */
export function approxRange(value: number, approx: Approx): [number, number] {
  return match(approx)
    .with('exact', () => [value, value] as [number, number])
    .with('about', () => [value * 0.85, value * 1.15] as [number, number])
    .with('nearly', () => [value - Math.max(1, value * 0.2), value] as [number, number])
    .with('over', () => [value, Number.POSITIVE_INFINITY] as [number, number])
    .with('under', () => [Number.NEGATIVE_INFINITY, value] as [number, number])
    .exhaustive();
}

const overlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/** A duration in days (a year as 365.25, a month as 30.44). */
export function durationDays(d: Duration): number {
  return (d.years ?? 0) * 365.25 + (d.months ?? 0) * 30.44 + (d.days ?? 0);
}

/** How a value reads in an explanation. */
export function describeValue(object: ClaimObject): string {
  return match(object)
    .with({ type: 'actor' }, (o) => o.id)
    .with({ type: 'text' }, (o) => o.value)
    .with({ type: 'number' }, (o) => `${o.approx === 'exact' ? '' : `${o.approx} `}${o.value}`)
    .with({ type: 'quantity' }, (o) => `${o.approx === 'exact' ? '' : `${o.approx} `}${o.value} ${o.unit}`)
    .with({ type: 'date' }, (o) => o.value)
    .with(
      { type: 'duration' },
      (o) =>
        `${o.value.approx === 'exact' ? '' : `${o.value.approx} `}${[o.value.years && `${o.value.years} years`, o.value.months && `${o.value.months} months`, o.value.days && `${o.value.days} days`].filter(Boolean).join(' ')}`,
    )
    .exhaustive();
}

/**
 * Whether two values of a single-valued slot can both be true: equal actors or texts, dates that
 * may be the same day, numbers whose approximate ranges overlap.
 */
export function valuesCompatible(a: ClaimObject, b: ClaimObject): boolean {
  if (a.type !== b.type) return false;
  return match([a, b] as const)
    .with([{ type: 'actor' }, { type: 'actor' }], ([x, y]) => x.id === y.id)
    .with([{ type: 'text' }, { type: 'text' }], ([x, y]) => normalizeName(x.value) === normalizeName(y.value))
    .with([{ type: 'date' }, { type: 'date' }], ([x, y]) => {
      const relation = relatePartialDates(x.value, y.value);
      return relation !== 'before' && relation !== 'after';
    })
    .with([{ type: 'number' }, { type: 'number' }], ([x, y]) =>
      overlap(approxRange(x.value, x.approx), approxRange(y.value, y.approx)),
    )
    .with(
      [{ type: 'quantity' }, { type: 'quantity' }],
      ([x, y]) =>
        normalizeName(x.unit) === normalizeName(y.unit) &&
        overlap(approxRange(x.value, x.approx), approxRange(y.value, y.approx)),
    )
    .with([{ type: 'duration' }, { type: 'duration' }], ([x, y]) =>
      overlap(approxRange(durationDays(x.value), x.value.approx), approxRange(durationDays(y.value), y.value.approx)),
    )
    .otherwise(() => false);
}
