import { match } from 'ts-pattern';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { ReportContext } from './context.js';
import { escapeHtml } from './escape.js';
import { plural } from './format.js';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

function severityLabel(severity: Severity): string {
  return match(severity)
    .with('error', () => 'Error')
    .with('warning', () => 'Warning')
    .with('info', () => 'Note')
    .exhaustive();
}

function place(d: Diagnostic): string {
  if (d.file === undefined) return '';
  const at = d.line === undefined ? '' : `:${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
  return `<code class="place">${escapeHtml(`${d.file}${at}`)}</code>`;
}

function item(ctx: ReportContext, d: Diagnostic, i: number): string {
  const target = d.entity ? ctx.anchorOf(d.entity) : undefined;
  const about = d.entity
    ? target
      ? `<a href="#${escapeHtml(target)}">${escapeHtml(`${d.entity.type} ${d.entity.id}`)}</a>`
      : `<span>${escapeHtml(`${d.entity.type} ${d.entity.id}`)}</span>`
    : '';
  const related = (d.related ?? [])
    .map((r) => {
      const anchor = ctx.anchorOf({ type: r.type, id: r.id });
      const name = escapeHtml(`${r.type} ${r.id}`);
      return anchor ? `<a href="#${escapeHtml(anchor)}">${name}</a>` : name;
    })
    .join(', ');
  return [
    `<li class="diag diag-${d.severity}" id="diagnostic-${i + 1}">`,
    `<p><span class="badge badge-${d.severity}">${severityLabel(d.severity)}</span> <code>${escapeHtml(d.ruleId)}</code> ${place(d)}</p>`,
    `<p>${escapeHtml(d.message)}</p>`,
    d.suggestion ? `<p>Suggestion: ${escapeHtml(d.suggestion)}</p>` : '',
    about || related
      ? `<p class="meta">${about ? `About ${about}` : ''}${related ? `${about ? '; related: ' : 'Related: '}${related}` : ''}</p>`
      : '',
    '</li>',
  ].join('');
}

/**
 * The problems `check` found, errors first, each linking to the passage or record it is about.
 *
 * @param ctx - the report context
 * @param diagnostics - from `check(corpus)`
 * @returns HTML: a `<section>`
 *
 * @example
 * diagnosticsSection(ctx, check(corpus)).startsWith('<section id="problems"')
 * //=> true
 */
export function diagnosticsSection(ctx: ReportContext, diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const counts = ORDER.map((s) => [s, sorted.filter((d) => d.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s === 'info' ? 'note' : s));
  return [
    '<section id="problems" aria-labelledby="problems-h">',
    '<h2 id="problems-h">Problems found by check</h2>',
    sorted.length === 0
      ? '<p class="ok">check found no problems in this corpus.</p>'
      : `<p class="intro">${counts.join(', ')}.</p><ol class="diagnostics">${sorted.map((d, i) => item(ctx, d, i)).join('')}</ol>`,
    '</section>',
  ].join('');
}
