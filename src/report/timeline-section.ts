import { match } from 'ts-pattern';
import type { Actor } from '../model/actor.js';
import type { QuoteRecord } from '../query/quote-record.js';
import { anchors, type ReportContext } from './context.js';
import { escapeHtml } from './escape.js';
import { factualityLabel, modeLabel, plural, readableDate, stanceLabel } from './format.js';
import { chainText, dateHtml, quotedWords } from './statement.js';

/** How many actors' timelines start unfolded; the rest open on demand. */
const OPEN_BY_DEFAULT = 3;

function kindLabel(actor: Actor): string {
  return match(actor)
    .with({ kind: 'person' }, () => 'person')
    .with({ kind: 'organization' }, () => 'organisation')
    .with({ kind: 'government' }, () => 'government')
    .with({ kind: 'country' }, () => 'country')
    .with({ kind: 'media' }, () => 'news outlet')
    .with({ kind: 'group' }, () => 'group')
    .exhaustive();
}

function item(ctx: ReportContext, r: QuoteRecord): string {
  const a = r.attribution;
  const words = quotedWords(r);
  const target = ctx.passageAnchor.get(a.id) ?? anchors.statement(a.id);
  return [
    `<li class="t-${a.stance}">`,
    `<p class="when">${dateHtml(r)}</p>`,
    `<p><span class="stance stance-${a.stance}">${stanceLabel(a.stance)}</span> ${escapeHtml(r.claim.text)}</p>`,
    words ? `<p class="stmt-words">${escapeHtml(words)}</p>` : '',
    `<p class="meta">${modeLabel(a.mode)}, ${factualityLabel(a.factuality)} · `,
    `<a href="#${escapeHtml(target)}">${escapeHtml(chainText(ctx.corpus, r))}</a></p>`,
    '</li>',
  ].join('');
}

function span(records: readonly QuoteRecord[]): string {
  const dated = records.filter((r) => r.date !== undefined);
  const first = dated[0]?.date;
  const last = dated[dated.length - 1]?.date;
  if (first === undefined || last === undefined) return '';
  return first === last ? `, ${readableDate(first)}` : `, ${readableDate(first)} to ${readableDate(last)}`;
}

/**
 * The timeline section: for each actor who says something, their statements in date order,
 * most talkative actors first. Each entry links to the passage, or to the statement in its source.
 *
 * @param ctx - the report context
 * @returns HTML: a `<section>`
 *
 * @example
 * timelineSection(ctx).startsWith('<section id="timeline"')
 * //=> true
 */
export function timelineSection(ctx: ReportContext): string {
  const actors = ctx.speakers.map(({ id }, i) => {
    const actor = ctx.corpus.store.actors.get(id)?.record as Actor;
    const records = ctx.corpus.timeline(id);
    const domId = anchors.actor(id);
    return [
      `<details class="actor card" id="${escapeHtml(domId)}"${i < OPEN_BY_DEFAULT ? ' open' : ''}>`,
      `<summary><h3 class="actor-name">${escapeHtml(actor.name)}</h3> `,
      `<span class="meta">${kindLabel(actor)}, ${plural(records.length, 'statement')}${span(records)}</span></summary>`,
      `<ol class="timeline" aria-label="${escapeHtml(`Statements of ${actor.name}, by date`)}">`,
      records.map((r) => item(ctx, r)).join(''),
      '</ol></details>',
    ].join('');
  });
  return [
    '<section id="timeline" aria-labelledby="timeline-h">',
    '<h2 id="timeline-h">Timeline of statements by actor</h2>',
    '<p class="intro">Dates are when the words were said; where the source does not say, the date of the source is used and marked so.</p>',
    actors.length > 0 ? actors.join('') : '<p class="muted">No statements.</p>',
    '</section>',
  ].join('');
}
