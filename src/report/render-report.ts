import { check } from '../check/check.js';
import type { Contradiction } from '../contradict/types.js';
import type { Corpus } from '../corpus/corpus.js';
import { sha256, toBase64 } from '../internal/sha256.js';
import { trimEndChars } from '../internal/trim-end-chars.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { buildContext, type ReportContext } from './context.js';
import { contradictionsSection } from './contradictions-section.js';
import { diagnosticsSection } from './diagnostics-section.js';
import { escapeHtml } from './escape.js';
import { plural } from './format.js';
import { graphSection } from './graph-section.js';
import { REPORT_SCRIPT } from './script.js';
import { sourcesSection } from './sources-section.js';
import { REPORT_CSS } from './styles.js';
import { timelineSection } from './timeline-section.js';

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The page's title and heading; default "claimtrail report". */
  readonly title?: string;
  /** The problems to list; default `check(corpus)`. */
  readonly diagnostics?: readonly Diagnostic[];
  /** The contradictions to show; default `corpus.contradictions()`. */
  readonly contradictions?: readonly Contradiction[];
  /** Printed in the footer when given. Left out by default so that the same corpus gives the same file. */
  readonly generatedAt?: string;
}

const hashSource = (text: string) => `'sha256-${toBase64(sha256(text))}'`;

/** The last segment of a path, whichever separator it uses (no `node:path` in the portable core). */
const baseName = (path: string) =>
  trimEndChars(path, (ch) => ch === '/' || ch === '\\')
    .split(/[\\/]/)
    .pop() ?? path;

/**
 * Only the inline style and script of the report may run, and nothing may be fetched: a record
 * that smuggled markup past the escaping still could not run or load anything.
 */
function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${hashSource(REPORT_CSS)}`,
    `script-src ${hashSource(REPORT_SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function stats(ctx: ReportContext, contradictions: number, diagnostics: readonly Diagnostic[]): string {
  const s = ctx.corpus.stats();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const cells: [string, number, string][] = [
    ['#sources', s.sourcesWithText, s.sourcesWithText === 1 ? 'source with text' : 'sources with text'],
    ['#timeline', s.attributions, s.attributions === 1 ? 'statement' : 'statements'],
    ['#sources', s.directQuotes, s.directQuotes === 1 ? 'direct quote' : 'direct quotes'],
    ['#timeline', ctx.speakers.length, ctx.speakers.length === 1 ? 'speaker' : 'speakers'],
    ['#contradictions', contradictions, contradictions === 1 ? 'contradiction' : 'contradictions'],
    [
      '#problems',
      diagnostics.length,
      `${diagnostics.length === 1 ? 'problem' : 'problems'} (${plural(errors, 'error')})`,
    ],
  ];
  return `<ul class="stats">${cells
    .map(([href, n, label]) => `<li><a href="${href}"><strong>${n}</strong><span>${escapeHtml(label)}</span></a></li>`)
    .join('')}</ul>`;
}

/**
 * Renders a corpus as one self-contained HTML page for people: every source's text with its
 * quoted passages highlighted (hover or focus one to see speaker, chain, stance, factuality and
 * date), a timeline of statements per actor, the attribution graph drawn as SVG, the
 * contradictions side by side, and the problems `check` finds, each linking to what it is about.
 * The page loads nothing: its style and script are inline and a Content-Security-Policy forbids
 * anything else. Everything taken from the corpus is HTML-escaped.
 *
 * @param corpus - the corpus to show
 * @param options - title, and precomputed diagnostics or contradictions
 * @returns the HTML document
 * @throws {Error} only if `check` does (a custom rule set up wrongly); bad data is shown, not thrown
 *
 * @example
 * const html = renderReport(await loadCorpus());
 * html.startsWith('<!doctype html>')
 * //=> true
 */
export function renderReport(corpus: Corpus, options: ReportOptions = {}): string {
  const ctx = buildContext(corpus);
  const diagnostics = options.diagnostics ?? check(corpus);
  const contradictions = options.contradictions ?? corpus.contradictions();
  const title = options.title ?? 'claimtrail report';
  const where = corpus.root
    ? `Corpus: ${baseName(corpus.root)} (${plural(corpus.files.length, 'file')}).`
    : 'Corpus built in code.';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="claimtrail">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to the report</a>',
    '<header class="top"><div class="wrap">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>Who said what, where and when, and whether the sources agree. ${escapeHtml(where)}</p>`,
    stats(ctx, contradictions.length, diagnostics),
    '</div></header>',
    '<nav class="toc" aria-label="Sections"><ul>',
    '<li><a href="#sources">Sources</a></li>',
    '<li><a href="#timeline">Timeline</a></li>',
    '<li><a href="#graph">Who cites whom</a></li>',
    '<li><a href="#contradictions">Contradictions</a></li>',
    '<li><a href="#problems">Problems</a></li>',
    '</ul></nav>',
    '<main id="main" tabindex="-1">',
    sourcesSection(ctx),
    timelineSection(ctx),
    graphSection(ctx),
    contradictionsSection(ctx, contradictions),
    diagnosticsSection(ctx, diagnostics),
    '</main>',
    `<footer><p>Made by claimtrail${options.generatedAt ? ` on ${escapeHtml(options.generatedAt)}` : ''}. This page is self-contained: it loads nothing from the network.</p></footer>`,
    '<div id="tooltip" aria-hidden="true" hidden></div>',
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
