import { describe, expect, it } from 'vitest';
import { check, loadCorpusSync, viaActors, viaSources } from '../../src/index.js';
import { renderReport } from '../../src/report/render-report.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const seed = loadCorpusSync();
const html = renderReport(seed);

const ids = (page: string) => new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const internalLinks = (page: string) => [...page.matchAll(/href="#([^"]*)"/g)].map((m) => m[1] as string);

/** The quoted fragments the page highlights, as `attribution#index`. */
const highlighted = (page: string) =>
  new Set(
    [...page.matchAll(/<mark class="hl[^"]*" id="[^"]+" tabindex="0"[^>]*data-refs="([^"]*)"/g)].flatMap((m) =>
      (m[1] as string).split(' '),
    ),
  );

describe('renderReport on the seed corpus', () => {
  it('is one HTML document with every section, in landmarks, under headings', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    for (const id of ['sources', 'timeline', 'graph', 'contradictions', 'problems']) {
      expect(html).toMatch(new RegExp(`<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">`));
    }
    expect(html).toContain('<main id="main"');
    expect(html).toContain('<nav class="toc" aria-label="Sections">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it('loads nothing: no external script, style, font, image or frame, and a policy that forbids them', () => {
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|video|audio|source)\b/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/@import|@font-face|url\((?!#)/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/,
    );
  });

  it('highlights every anchored quoted fragment of every source with text', () => {
    const expected: string[] = [];
    for (const a of seed.attributions) {
      if (a.mode !== 'direct-quote' && a.mode !== 'indirect') continue;
      if (seed.source(a.source)?.text === undefined) continue;
      a.quotes.forEach((_, i) => {
        expected.push(`${a.id}#${i}`);
      });
    }
    expect(expected.length).toBeGreaterThanOrEqual(seed.stats().directQuotes);
    expect([...highlighted(html)].sort()).toEqual(expected.sort());
  });

  it('gives each highlight a description that names its speaker and chain', () => {
    const first = seed.attributions.find((a) => a.mode === 'direct-quote' && a.via.length > 0);
    if (!first) throw new Error('the seed corpus has a direct quote through a cited document');
    const record = seed.quotes().find((r) => r.attribution.id === first.id);
    const tip = new RegExp(
      `<div class="tip-body" id="tip-q-${first.id.replace(/\./g, '\\.')}-0" hidden>(.*?)</div><div class="tip-body"`,
    );
    const body = tip.exec(html)?.[1] ?? '';
    expect(body).toContain(`<strong class="stmt-speaker">${record?.speaker.name}</strong>`);
    expect(body).toContain(' ← ');
  });

  it('has a target for every internal link, and unique ids', () => {
    const all = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(all).size).toBe(all.length);
    const targets = ids(html);
    const broken = internalLinks(html).filter((l) => !targets.has(l));
    expect(broken).toEqual([]);
  });

  it('shows every contradiction with both sides and its explanation', () => {
    const contradictions = seed.contradictions();
    expect(contradictions.length).toBeGreaterThan(0);
    expect(html.match(/<article class="contradiction card/g)).toHaveLength(contradictions.length);
    for (const c of contradictions) {
      expect(html).toContain(c.explanation.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    }
  });

  it('draws the graph with a box for every source that carries or relays a statement and every quoted speaker', () => {
    const svg = /<svg class="graph"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    const speakers = new Set(seed.attributions.filter((a) => a.mode !== 'own-voice').map((a) => a.speaker));
    const sources = new Set(seed.attributions.flatMap((a) => [a.source, ...viaSources(a)]));
    const relays = new Set(seed.attributions.flatMap(viaActors));
    expect(svg.match(/class="g-node g-speaker"/g)).toHaveLength(speakers.size);
    expect(svg.match(/class="g-node g-source"/g)).toHaveLength(sources.size);
    expect(svg.match(/class="g-node g-relay"/g)).toHaveLength(relays.size);
  });

  it('shows the whole chain of nested speech in the hover card and the graph, and the misattribution', () => {
    expect(html).toContain('Diário de Notícias ← Hirokazu Matsuno ← Fumio Kishida');
    expect(html).toContain('aria-label="Hirokazu Matsuno, relaying');
    expect(html).toContain('<dt>Credited in the text to</dt><dd class="misattributed">Vladimir Putin (wrongly)</dd>');
    expect(html).not.toMatch(/Unknown publisher/);
  });

  it('is the same page every time for the same corpus', () => {
    expect(renderReport(seed)).toBe(html);
  });
});

describe('renderReport on hostile and broken data', () => {
  const evil = '<script>alert("x")</script> & \' " <img src=x onerror=alert(1)>';
  const dir = () =>
    tempCorpus({
      'corpus.yaml': `
actors:
  - { id: evil-speaker, kind: person, name: ${JSON.stringify(evil)} }
  - { id: outlet, kind: media, name: ${JSON.stringify(`Outlet ${evil}`)} }
sources:
  - id: src
    kind: article
    title: ${JSON.stringify(`Title ${evil}`)}
    publisher: outlet
    url: "javascript:alert(1)"
    published: 2024-01-02
    note: ${JSON.stringify(evil)}
    text: ${JSON.stringify(`He said “${evil}” today. Then: “not here”.`)}
claims:
  - { id: c1, text: ${JSON.stringify(`Claim ${evil}`)}, subject: evil-speaker, predicate: says }
attributions:
  - id: a1
    claim: c1
    source: src
    speaker: evil-speaker
    mode: direct-quote
    cue: ${JSON.stringify(evil)}
    quotes: [{ text: ${JSON.stringify(evil)}, start: 9, end: ${9 + evil.length} }]
  - id: a2
    claim: c1
    source: src
    speaker: nobody-known
    mode: direct-quote
    quotes: [{ text: "words that are not in the text", start: 0, end: 5 }]
`,
    });

  it('escapes everything that comes from the data', () => {
    const corpus = loadCorpusSync(dir());
    const page = renderReport(corpus);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39; &quot;');
    // The quote is still found and highlighted, escaped.
    expect(highlighted(page)).toEqual(new Set(['a1#0']));
  });

  it('lists the problems check finds, each linking to what it is about', () => {
    const corpus = loadCorpusSync(dir());
    const diagnostics = check(corpus);
    expect(diagnostics.some((d) => d.entity?.id === 'a2')).toBe(true);
    const page = renderReport(corpus, { diagnostics });
    expect(page.match(/<li class="diag diag-/g)).toHaveLength(diagnostics.length);
    const section = /<section id="problems"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(section).toMatch(/<a href="#att-a2">attribution a2<\/a>/);
    // A claim's problem points at the first passage that quotes it.
    expect(section).toContain('About <a href="#q-a1-0">claim c1</a>');
    const targets = ids(page);
    expect(internalLinks(page).filter((l) => !targets.has(l))).toEqual([]);
  });

  it('says so when there is nothing to show', () => {
    const page = renderReport(loadCorpusSync(tempCorpus({ 'empty.yaml': 'actors: []\n' })));
    expect(page).toContain('check found no problems');
    expect(page).toContain('No two statements in the corpus contradict each other.');
    expect(page).toContain('No statements, so nothing to draw.');
  });
});
