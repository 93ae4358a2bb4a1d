import { format } from 'date-fns';
import type { Attribution } from '../../model/attribution.js';
import type { PartialDate, When } from '../../model/partial-date.js';
import { partialDateBounds } from '../../time/partial-date-bounds.js';
import { resolveRelativeDate } from '../../time/resolve-relative-date.js';
import type { DateMemo } from '../date-memo.js';
import type { Rule } from '../rule.js';
import { sharedFacts } from '../shared-facts.js';

/** A date as a reader checks it against a calendar: "Wednesday 2023-09-13", "2023-09", "2023-09-11 to 2023-09-17". */
function show(when: When): string {
  if (typeof when !== 'string') return `${when.from ? show(when.from) : '…'} to ${when.to ? show(when.to) : '…'}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(when) ? `${format(partialDateBounds(when).start, 'EEEE')} ${when}` : when;
}

/** Whether one When lies within the other (either way round): a coarser date is not a conflict. */
function compatible(dates: DateMemo, stored: When, resolved: When): boolean {
  const sStart = startOf(dates, stored);
  const sEnd = endOf(dates, stored);
  const rStart = startOf(dates, resolved);
  const rEnd = endOf(dates, resolved);
  return within(sStart, sEnd, rStart, rEnd) || within(rStart, rEnd, sStart, sEnd);
}

// Day numbers rather than bounds objects: a million attributions compare without allocating.
const startOf = (dates: DateMemo, when: When) =>
  typeof when === 'string' ? dates.days(when).start : when.from === undefined ? undefined : dates.days(when.from).start;
const endOf = (dates: DateMemo, when: When) =>
  typeof when === 'string' ? dates.days(when).end : when.to === undefined ? undefined : dates.days(when.to).end;

/** Whether the days from aStart to aEnd lie within bStart to bEnd (an undefined end is open). */
function within(
  aStart: number | undefined,
  aEnd: number | undefined,
  bStart: number | undefined,
  bEnd: number | undefined,
): boolean {
  return (
    (bStart === undefined || (aStart !== undefined && aStart >= bStart)) &&
    (bEnd === undefined || (aEnd !== undefined && aEnd <= bEnd))
  );
}

/**
 * Relative time expressions kept with an attribution ("on Wednesday", "next week") must resolve,
 * counted from their anchor or the source's publication date, to the dates that are stored.
 */
export const relativeDate: Rule = {
  meta: {
    id: 'relative-date',
    severity: 'error',
    doc: "Relative time expressions resolve, from the source's publication date, to the stored dates.",
    messages: {
      mismatch:
        'Attribution "{id}": "{expression}", counted from {anchor}, means {resolved}, but the {field} stored is {stored}.',
      unresolved: 'Attribution "{id}" keeps a relative date that cannot be checked: {reason}.',
      noAnchor:
        'Attribution "{id}": "{expression}" cannot be checked, because neither an anchor date nor the publication date of source "{source}" is recorded.',
      missing:
        'Attribution "{id}" keeps the wording "{expression}" but no {field}; counted from {anchor}, it means {resolved}.',
    },
  },
  check(context) {
    const { corpus, report } = context;
    const shared = sharedFacts(context);
    const { dates } = shared;
    // The same few wordings meet the same publication dates over and over: resolve each pair once.
    // Keyed by wording, then anchor: no key string is built per attribution.
    const resolved = new Map<string, Map<PartialDate, ReturnType<typeof resolveRelativeDate>>>();
    const resolve = (expression: string, anchor: PartialDate) => {
      let byAnchor = resolved.get(expression);
      if (!byAnchor) resolved.set(expression, (byAnchor = new Map()));
      let result = byAnchor.get(anchor);
      if (!result) byAnchor.set(anchor, (result = resolveRelativeDate(expression, anchor)));
      return result;
    };
    const attributions = corpus.attributions;
    for (let i = 0; i < attributions.length; i++) {
      const a = attributions[i] as Attribution;
      if (!a.relative) continue;
      const anchor = a.relative.anchor ?? shared.sources[i]?.published;
      const entity = { type: 'attribution' as const, id: a.id };
      const targets = [
        { key: 'said' as const, expression: a.relative.said, stored: a.said as When | undefined, field: 'said date' },
        {
          key: 'when' as const,
          expression: a.relative.when,
          // Few attributions need their claim: one look-up each, not the shared list of every claim.
          stored: a.relative.when === undefined ? undefined : corpus.claim(a.claim)?.when,
          field: "claim's date (when)",
        },
      ];
      for (const { key, expression, stored, field } of targets) {
        if (expression === undefined) continue;
        const at = ['relative', key];
        if (anchor === undefined) {
          report({ messageId: 'noAnchor', data: { id: a.id, expression, source: a.source }, entity, field: at });
          continue;
        }
        const result = resolve(expression, anchor);
        if (!result.ok) {
          report({ messageId: 'unresolved', data: { id: a.id, expression, reason: result.reason }, entity, field: at });
          continue;
        }
        if (stored === undefined) {
          report({
            messageId: 'missing',
            data: { id: a.id, expression, field, resolved: show(result.value), anchor: show(anchor) },
            entity,
            field: at,
            expected: result.value,
          });
          continue;
        }
        if (!compatible(dates, stored, result.value)) {
          report({
            messageId: 'mismatch',
            data: {
              id: a.id,
              expression,
              anchor: show(anchor),
              resolved: show(result.value),
              field,
              stored: show(stored),
            },
            entity,
            field: at,
            actual: stored,
            expected: result.value,
          });
        }
      }
    }
  },
};
