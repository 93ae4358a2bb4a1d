import type { Diagnostic } from '../../model/diagnostic.js';
import type { Rule, RuleMeta } from '../rule.js';

/**
 * The loader finds some problems before any rule runs; these rules hand them on, so they can be
 * turned off or re-rated like any other. Internal helper for the four load-time rules.
 */
export function loadTimeRule(meta: Omit<RuleMeta, 'messages'>): Rule {
  return {
    meta: { ...meta, messages: { loaded: '{message}' } },
    check({ corpus, report }) {
      for (const d of corpus.diagnostics as Diagnostic[]) {
        if (d.ruleId !== meta.id) continue;
        report({
          messageId: 'loaded',
          severity: d.severity,
          data: { message: d.message },
          ...(d.entity ? { entity: d.entity } : {}),
          ...(d.related ? { related: d.related } : {}),
          ...(d.suggestion ? { suggestion: d.suggestion } : {}),
          ...(d.expected !== undefined ? { expected: d.expected } : {}),
          place: d,
        });
      }
    },
  };
}
