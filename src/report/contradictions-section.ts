import { match } from 'ts-pattern';
import type { Contradiction, ContradictionKind } from '../contradict/types.js';
import type { QuoteRecord } from '../query/quote-record.js';
import { anchors, type ReportContext } from './context.js';
import { escapeHtml } from './escape.js';
import { plural } from './format.js';
import { statementHtml } from './statement.js';

function kindLabel(kind: ContradictionKind): string {
  return match(kind)
    .with('stance', () => 'One asserts what the other denies')
    .with('polarity', () => 'Opposite claims')
    .with('value', () => 'Different values for the same thing')
    .with('temporal', () => 'Dates or counts that cannot both hold')
    .with('explicit', () => 'Recorded as contradicting each other')
    .exhaustive();
}

function side(ctx: ReportContext, record: QuoteRecord, label: string): string {
  const a = record.attribution;
  const passage = ctx.passageAnchor.get(a.id);
  const target = passage ?? anchors.statement(a.id);
  // Chain-aware: two outlets carrying one agency report are one line.
  const lines = ctx.corpus.claimView(record.claim.id)?.corroboration.lines.length ?? 0;
  return [
    `<div class="side" role="group" aria-label="${escapeHtml(label)}">`,
    `<p class="side-label">${escapeHtml(label)}</p>`,
    statementHtml(ctx.corpus, record, { quote: true }),
    `<p class="goto">In <a href="#${escapeHtml(anchors.source(record.source.id))}">${escapeHtml(record.source.title)}</a>`,
    ` · <a href="#${escapeHtml(target)}">${passage ? 'show the words in the text' : 'show the statement'}</a></p>`,
    `<p class="corroboration">Its claim: ${plural(lines, 'independent line')} of evidence</p>`,
    '</div>',
  ].join('');
}

function item(ctx: ReportContext, c: Contradiction, i: number): string {
  const id = `contradiction-${i + 1}`;
  return [
    `<article class="contradiction card strength-${c.strength}" id="${id}" aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">${escapeHtml(kindLabel(c.kind))} <span class="badge badge-${c.strength}">${c.strength === 'strong' ? 'strong' : 'weak: hedged, or rests on a gap'}</span></h3>`,
    '<div class="sides">',
    side(ctx, c.a, 'One side'),
    side(ctx, c.b, 'The other side'),
    '</div>',
    `<p class="explanation"><strong>Why they conflict:</strong> ${escapeHtml(c.explanation)}</p>`,
    c.arithmetic ? `<p class="arithmetic">${escapeHtml(c.arithmetic)}</p>` : '',
    '</article>',
  ].join('');
}

/**
 * The contradictions section: both sides of each conflict side by side (stacked on a narrow
 * screen) with their sources, and the sentence that explains it.
 *
 * @param ctx - the report context
 * @param contradictions - from `corpus.contradictions()`
 * @returns HTML: a `<section>`
 *
 * @example
 * contradictionsSection(ctx, corpus.contradictions()).startsWith('<section id="contradictions"')
 * //=> true
 */
export function contradictionsSection(ctx: ReportContext, contradictions: readonly Contradiction[]): string {
  const strong = contradictions.filter((c) => c.strength === 'strong').length;
  return [
    '<section id="contradictions" aria-labelledby="contradictions-h">',
    '<h2 id="contradictions-h">Contradictions</h2>',
    contradictions.length === 0
      ? '<p class="muted">No two statements in the corpus contradict each other.</p>'
      : `<p class="intro">${plural(contradictions.length, 'pair')} of statements cannot both hold; ${strong} ${strong === 1 ? 'is' : 'are'} strong. A weak one rests on hedged words or on something the corpus does not record.</p>`,
    contradictions.map((c, i) => item(ctx, c, i)).join(''),
    '</section>',
  ].join('');
}
