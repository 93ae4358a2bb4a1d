import type { When } from '../../model/partial-date.js';
import { resolveRelativeDate } from '../../time/resolve-relative-date.js';
import { whenBounds } from '../../time/when-bounds.js';
import type { Rule } from '../rule.js';

const show = (when: When) => (typeof when === 'string' ? when : `${when.from ?? '…'}..${when.to ?? '…'}`);

/** Whether one When lies within the other (either way round): a coarser date is not a conflict. */
function compatible(stored: When, resolved: When): boolean {
  const s = whenBounds(stored);
  const r = whenBounds(resolved);
  const within = (a: typeof s, b: typeof s) =>
    (b.start === undefined || (a.start !== undefined && a.start >= b.start)) &&
    (b.end === undefined || (a.end !== undefined && a.end <= b.end));
  return within(s, r) || within(r, s);
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
        'Attribution "{id}": "{expression}" counted from {anchor} gives {resolved}, but the stored {field} is {stored}.',
      unresolved: 'Attribution "{id}": "{expression}" cannot be resolved: {reason}.',
      noAnchor:
        'Attribution "{id}": "{expression}" cannot be checked: neither an anchor nor the publication date of source "{source}" is known.',
      missing: 'Attribution "{id}" keeps the expression "{expression}" but no {field} date to check it against.',
    },
  },
  check({ corpus, report }) {
    for (const a of corpus.attributions) {
      if (!a.relative) continue;
      const anchor = a.relative.anchor ?? corpus.store.sources.get(a.source)?.record.published;
      const entity = { type: 'attribution' as const, id: a.id };
      const targets = [
        { key: 'said' as const, expression: a.relative.said, stored: a.said as When | undefined, field: 'said' },
        {
          key: 'when' as const,
          expression: a.relative.when,
          stored: corpus.claim(a.claim)?.when,
          field: "claim's when",
        },
      ];
      for (const { key, expression, stored, field } of targets) {
        if (expression === undefined) continue;
        const at = ['relative', key];
        if (anchor === undefined) {
          report({ messageId: 'noAnchor', data: { id: a.id, expression, source: a.source }, entity, field: at });
          continue;
        }
        const result = resolveRelativeDate(expression, anchor);
        if (!result.ok) {
          report({ messageId: 'unresolved', data: { id: a.id, expression, reason: result.reason }, entity, field: at });
          continue;
        }
        if (stored === undefined) {
          report({
            messageId: 'missing',
            data: { id: a.id, expression, field },
            entity,
            field: at,
            expected: result.value,
          });
          continue;
        }
        if (!compatible(stored, result.value)) {
          report({
            messageId: 'mismatch',
            data: { id: a.id, expression, anchor, resolved: show(result.value), field, stored: show(stored) },
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
