import type { Attribution } from '../model/attribution.js';
import type { Source } from '../model/source.js';
import { viaSources } from '../model/via-sources.js';
import { anchors, type ReportContext } from './context.js';
import { escapeHtml } from './escape.js';
import { modeLabel, plural, stanceLabel, timeElement } from './format.js';
import { highlightText } from './highlight-text.js';
import type { Passage, UnplacedReason } from './passages.js';
import { passageStatementsHtml, statementHtml } from './statement.js';

const tipId = (passage: Passage) => `tip-${passage.anchor}`;

function actorName(ctx: ReportContext, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (ctx.corpus.store.actors.get(id)?.record.name ?? id);
}

/** Publisher, authors, kind, date and link of a source, as a line under its title. */
function sourceMeta(ctx: ReportContext, source: Source): string {
  const parts: string[] = [];
  const publisher = actorName(ctx, source.publisher);
  if (publisher) parts.push(`<span class="publisher">${escapeHtml(publisher)}</span>`);
  const authors = source.authors.map((a) => actorName(ctx, a) as string);
  if (authors.length > 0) parts.push(`by ${escapeHtml(authors.join(', '))}`);
  parts.push(escapeHtml(source.kind));
  parts.push(source.published ? `published ${timeElement(source.published)}` : 'date unknown');
  // Only web links: a `javascript:` or `data:` URL in the data must not become something to click.
  if (source.url && /^https?:\/\//i.test(source.url)) {
    parts.push(`<a href="${escapeHtml(source.url)}" rel="noreferrer noopener">original</a>`);
  } else if (source.url) parts.push(`<span class="url">${escapeHtml(source.url)}</span>`);
  return parts.join(' · ');
}

const UNPLACED: Record<UnplacedReason, string> = {
  'no-text': 'the corpus holds no text for this source',
  'not-found': 'the quoted words are not in the text (see the problems found by check)',
};

/** The list of every statement in a source, including those without quoted words. */
function statementList(ctx: ReportContext, source: Source): string {
  const attributions = ctx.corpus.attributionsBySource(source.id);
  if (attributions.length === 0) return '';
  const unplaced = new Map(
    (ctx.placements.get(source.id)?.unplaced ?? []).map((u) => [`${u.ref.attribution.id}#${u.ref.index}`, u.reason]),
  );
  const items = attributions.map((a) => {
    const record = ctx.records.get(a.id);
    const id = anchors.statement(a.id);
    if (!record) {
      return `<li id="${escapeHtml(id)}"><p class="muted">Statement ${escapeHtml(a.id)} refers to a claim, speaker or source the corpus does not have (see the problems found by check).</p></li>`;
    }
    const passage = ctx.passageAnchor.get(a.id);
    const missing = [...unplaced].filter(([key]) => key.startsWith(`${a.id}#`)).map(([, reason]) => reason);
    const where = passage
      ? `<p class="goto"><a href="#${escapeHtml(passage)}">Show the quoted words in the text</a></p>`
      : missing.length > 0
        ? `<p class="warn">Not highlighted: ${escapeHtml(UNPLACED[missing[0] as UnplacedReason])}.</p>`
        : '';
    return `<li id="${escapeHtml(id)}">${statementHtml(ctx.corpus, record, { quote: true })}${where}</li>`;
  });
  const anchored = attributions.filter((a) => ctx.passageAnchor.has(a.id)).length;
  return [
    '<details class="statements">',
    `<summary>All ${plural(attributions.length, 'statement')} in this source (${anchored} highlighted in the text; summaries and the source's own voice have no quoted words)</summary>`,
    `<ol class="stmt-list">${items.join('')}</ol>`,
    '</details>',
  ].join('');
}

/** The tooltip contents of the passages of a source: one hidden block per passage. */
function tooltips(ctx: ReportContext, passages: readonly Passage[]): string {
  return passages
    .map((p) => {
      const body = p.refs
        .map((ref) => ctx.records.get(ref.attribution.id))
        .filter((r) => r !== undefined)
        .filter((r, i, list) => list.indexOf(r) === i);
      const moved = p.moved ? '<p class="warn">Its anchor pointed elsewhere; placed where the words are.</p>' : '';
      return `<div class="tip-body" id="${escapeHtml(tipId(p))}" hidden>${passageStatementsHtml(ctx.corpus, body)}${moved}</div>`;
    })
    .join('');
}

function look(passage: Passage) {
  const direct = passage.refs.some((r) => r.attribution.mode === 'direct-quote');
  const disputed = passage.refs.some((r) => r.attribution.stance !== 'asserts');
  return {
    className: `${direct ? 'hl-direct' : 'hl-indirect'}${disputed ? ' hl-disputed' : ''}`,
    describedBy: tipId(passage),
  };
}

/** Who speaks in a source and what it cites, beside its text: the cast before the details. */
function aside(ctx: ReportContext, source: Source): string {
  const records = ctx.corpus
    .attributionsBySource(source.id)
    .map((a) => ctx.records.get(a.id))
    .filter((r) => r !== undefined);
  if (records.length === 0) return '';
  const speakers = new Map<string, { name: string; count: number; disputes: number }>();
  for (const r of records) {
    const entry = speakers.get(r.speaker.id) ?? { name: r.speaker.name, count: 0, disputes: 0 };
    entry.count++;
    if (r.attribution.stance === 'denies' || r.attribution.stance === 'doubts') entry.disputes++;
    speakers.set(r.speaker.id, entry);
  }
  const cast = [...speakers]
    .sort(([, a], [, b]) => b.count - a.count || a.name.localeCompare(b.name))
    .map(
      ([id, e]) =>
        `<li><a href="#${escapeHtml(anchors.actor(id))}">${escapeHtml(e.name)}</a> <span class="count">${e.count}</span>${e.disputes > 0 ? ` <span class="stance stance-denies">${e.disputes} ${e.disputes === 1 ? 'denial or doubt' : 'denials or doubts'}</span>` : ''}</li>`,
    )
    .join('');
  const cited = [...new Set(records.flatMap((r) => viaSources(r.attribution)))]
    .map((id) => ctx.corpus.store.sources.get(id)?.record)
    .filter((s) => s !== undefined)
    .map((s) => `<li><a href="#${escapeHtml(anchors.source(s.id))}">${escapeHtml(s.title)}</a></li>`)
    .join('');
  const id = `${anchors.source(source.id)}-cast`;
  return [
    `<aside class="source-aside" aria-labelledby="${escapeHtml(id)}">`,
    `<h4 id="${escapeHtml(id)}">Who speaks here</h4><ul class="cast">${cast}</ul>`,
    cited ? `<h4>Documents it cites</h4><ul class="cast">${cited}</ul>` : '',
    '</aside>',
  ].join('');
}

/** How the source is dated and what is odd about it, folded away: useful, but not what one reads first. */
function about(source: Source): string {
  if (!source.publishedBasis && !source.note) return '';
  return [
    '<details class="about"><summary>About this source: its date and defects</summary>',
    source.publishedBasis ? `<p class="basis-note">How it is dated: ${escapeHtml(source.publishedBasis)}</p>` : '',
    source.note ? `<p class="basis-note">Note: ${escapeHtml(source.note)}</p>` : '',
    '</details>',
  ].join('');
}

/** One source: title, metadata, highlighted text, tooltips and the list of its statements. */
function sourceArticle(ctx: ReportContext, source: Source): string {
  const id = anchors.source(source.id);
  const placement = ctx.placements.get(source.id);
  const passages = placement?.passages ?? [];
  const lang = source.language ? ` lang="${escapeHtml(source.language)}"` : '';
  const text =
    source.text === undefined
      ? '<p class="muted">The corpus holds no text for this source.</p>'
      : `<div class="source-text"${lang}>${highlightText(source.text, passages, look)}</div>`;
  const body = `<div class="source-body">${text}${aside(ctx, source)}</div>`;
  return [
    `<article class="source card" id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-h">`,
    `<h3 id="${escapeHtml(id)}-h"${lang}>${escapeHtml(source.title)}</h3>`,
    `<p class="meta">${sourceMeta(ctx, source)}</p>`,
    about(source),
    body,
    tooltips(ctx, passages),
    statementList(ctx, source),
    '</article>',
  ].join('');
}

/** Documents that are only cited: listed so that chains and problems can point at them. */
function citedList(ctx: ReportContext): string {
  if (ctx.citedSources.length === 0) return '';
  const citedBy = new Map<string, Attribution[]>();
  for (const a of ctx.corpus.attributions) {
    for (const id of new Set(viaSources(a))) {
      const list = citedBy.get(id);
      if (list) list.push(a);
      else citedBy.set(id, [a]);
    }
  }
  const items = ctx.citedSources.map((s) => {
    const citing = citedBy.get(s.id) ?? [];
    const by = [...new Set(citing.map((a) => a.source))].map((id) => {
      const title = ctx.corpus.store.sources.get(id)?.record.title ?? id;
      return `<a href="#${escapeHtml(anchors.source(id))}">${escapeHtml(title)}</a>`;
    });
    return [
      `<li id="${escapeHtml(anchors.source(s.id))}">`,
      `<strong>${escapeHtml(s.title)}</strong><br><span class="meta">${sourceMeta(ctx, s)}</span>`,
      by.length > 0 ? `<br>Cited by ${by.join(', ')} (${plural(citing.length, 'statement')})` : '',
      s.publishedBasis ? `<br><span class="basis-note">How it is dated: ${escapeHtml(s.publishedBasis)}</span>` : '',
      '</li>',
    ].join('');
  });
  return `<section aria-labelledby="cited-h"><h3 id="cited-h">Documents cited by these sources</h3><ul class="cited">${items.join('')}</ul></section>`;
}

/** A legend for the highlights. */
function legend(): string {
  return [
    '<p class="legend">',
    `<span class="hl hl-direct">${modeLabel('direct-quote')}</span> `,
    `<span class="hl hl-indirect">words quoted in ${modeLabel('indirect')}</span> `,
    `<span class="hl hl-direct hl-disputed">a speaker ${stanceLabel('denies')}, ${stanceLabel('doubts')} or ${stanceLabel('hedges')}</span>`,
    '. Hover over a highlight, or move to it with the Tab key, to see who said it and through whom.',
    '</p>',
  ].join('');
}

/**
 * The sources section: every source with its text, its quoted passages highlighted, and its
 * statements; then the documents they cite.
 *
 * @param ctx - the report context
 * @returns HTML: a `<section>`
 *
 * @example
 * sourcesSection(ctx).startsWith('<section id="sources"')
 * //=> true
 */
export function sourcesSection(ctx: ReportContext): string {
  return [
    '<section id="sources" aria-labelledby="sources-h">',
    '<h2 id="sources-h">Sources</h2>',
    legend(),
    ctx.shownSources.map((s) => sourceArticle(ctx, s)).join(''),
    citedList(ctx),
    '</section>',
  ].join('');
}
