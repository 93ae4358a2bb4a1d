import type { Actor, Attribution, Claim, Corpus, Quote, Source } from '../../src/index.js';
import { predicates } from '../../src/index.js';
import { findQuoteMarks } from './quote-marks.js';

/**
 * The five seed articles: `seed` is the file in ../shared/seeds they were copied from, `sha256` the
 * hash of the text, so that a changed text fails even where the seeds are not at hand. All five
 * carry no date, so each needs a `publishedBasis`.
 */
export const ARTICLES = [
  {
    id: 'mtt-kim-to-visit-china',
    prefix: 'mtt',
    text: '000-mtt-kim-to-visit-china.txt',
    seed: '000_428d0c399eb38f21.txt',
    sha256: 'd3eb89181dbfcf3b50c40ccadd069070341c44b8891416333b6a77a1e84f0538',
    published: '2025-08',
  },
  {
    id: 'dn-kishida-ready-to-meet-kim',
    prefix: 'dn',
    text: '001-dn-kishida-ready-to-meet-kim.txt',
    seed: '001_bfd883b2ea9c5ff2.txt',
    sha256: '7888dd0f1ff604f7a1b0fa3fad037daf5f84a0a75ca7cda8b32d6d2c509be183',
    published: '2023-09-15',
  },
  {
    id: 'kishida-warns-of-axis',
    prefix: 'axis',
    text: '002-kishida-warns-of-axis.txt',
    seed: '002_d61d97e23f88bb18.txt',
    sha256: '43d455c343c0da6b0ba6270843aaef5fefdfd1aeba5e1beb7e7b751fe2b6c783',
    published: '2024-07',
  },
  {
    id: 'nk-urges-japan-sincerity',
    prefix: 'sincerity',
    text: '003-nk-urges-japan-sincerity.txt',
    seed: '003_755fec1eb7ca996c.txt',
    sha256: '5db633f1dba71fe28d3d5fc42b17ff1812a4c3830e3cc3d57d73b9e644141106',
    published: '2024-03',
  },
  {
    id: 'g7-concern-russia-nk',
    prefix: 'g7',
    text: '004-g7-concern-russia-nk.txt',
    seed: '004_466074d7abe5a936.txt',
    sha256: 'fd09d3c3b347152c9af69743b1b371cd94990763a675d5a83a743e0c419d9a8f',
    published: '2024-06',
  },
] as const;

/** The text of a source, or '' when it has none. */
export const articleText = (corpus: Corpus, id: string) => corpus.store.sources.get(id)?.record.text ?? '';
/** The attributions that appear in a source. */
export const attributionsIn = (corpus: Corpus, id: string) => corpus.attributions.filter((a) => a.source === id);
/** The quotes of an attribution: quoted words of direct and indirect speech. */
export const quotesOf = (a: Attribution): Quote[] =>
  a.mode === 'direct-quote' || a.mode === 'indirect' ? a.quotes : [];
/** A source by id. */
export const sourceOf = (corpus: Corpus, id: string): Source | undefined => corpus.store.sources.get(id)?.record;
/** An actor by id. */
export const actorOf = (corpus: Corpus, id: string): Actor | undefined => corpus.store.actors.get(id)?.record;

/** Everyone an actor speaks for or belongs to, itself included, following actsFor, memberOf and a government's country. */
export function upward(corpus: Corpus, id: string): Set<string> {
  const seen = new Set<string>();
  const todo = [id];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const actor = actorOf(corpus, next);
    if (actor)
      todo.push(...actor.actsFor, ...actor.memberOf, ...(actor.kind === 'government' && actor.of ? [actor.of] : []));
  }
  return seen;
}

/** Whether a speaker is the publisher or an author of a source, speaks for one, or one speaks for it. */
export function speaksThrough(corpus: Corpus, speaker: string, source: Source): boolean {
  const ends = [source.publisher, ...source.authors].filter((e): e is string => e !== undefined);
  return ends.some((end) => upward(corpus, speaker).has(end) || upward(corpus, end).has(speaker));
}

/** Whether a quote stands verbatim at its anchor, with a prefix and suffix of up to 32 characters around it. */
export function anchored(text: string, q: Quote): boolean {
  if (q.start === undefined || q.end === undefined || text.slice(q.start, q.end) !== q.text) return false;
  const prefix = q.prefix ?? '';
  const suffix = q.suffix ?? '';
  return (
    prefix.length <= 32 &&
    suffix.length <= 32 &&
    text.slice(q.start - prefix.length, q.start) === prefix &&
    text.slice(q.end, q.end + suffix.length) === suffix
  );
}

/** A claim's subject, predicate and object as one string; a symmetric predicate puts the lesser side first. */
export function keyOf(claim: Claim): string {
  const side = (s: Claim['subject']) => (typeof s === 'string' ? s : `{${s.literal}}`);
  const o = claim.object;
  const object =
    o === undefined ? '' : o.type === 'actor' ? o.id : o.type === 'text' ? `"${o.value}"` : JSON.stringify(o.value);
  const symmetric = (predicates as Record<string, { symmetric?: boolean }>)[claim.predicate]?.symmetric === true;
  const [a, b] =
    symmetric && object < side(claim.subject) ? [object, side(claim.subject)] : [side(claim.subject), object];
  return `${a} ${claim.predicate} ${b}`;
}

/**
 * The quotation-mark pairs of a source's text that no quote of its attributions covers exactly,
 * as `start:end text`.
 */
export function uncoveredQuotePairs(corpus: Corpus, id: string): string[] {
  const spans = new Set(attributionsIn(corpus, id).flatMap((a) => quotesOf(a).map((q) => `${q.start}:${q.end}`)));
  // Marks inside page furniture, stray headlines or repeated paragraphs quote no one.
  const defects = corpus.source(id)?.defects ?? [];
  const inDefect = (p: { open: number; close: number }) => defects.some((d) => d.start <= p.open && p.close < d.end);
  return findQuoteMarks(articleText(corpus, id))
    .pairs.filter((p) => !spans.has(`${p.start}:${p.end}`) && !inDefect(p))
    .map((p) => `${p.start}:${p.end} ${p.text}`);
}

/**
 * The quotes of a source's attributions that are not the text between a pair of quotation marks
 * (a lone opening mark quotes up to the next closing mark), as `attribution: text`.
 */
export function quotesOutsideMarks(corpus: Corpus, id: string): string[] {
  const { pairs, unbalanced } = findQuoteMarks(articleText(corpus, id));
  const spans = new Set(pairs.map((p) => `${p.start}:${p.end}`));
  for (const lone of unbalanced.filter((m) => m.kind === 'open')) {
    spans.add(`${lone.at + 1}:${pairs.find((p) => p.close > lone.at)?.close}`);
  }
  return attributionsIn(corpus, id).flatMap((a) =>
    quotesOf(a)
      .filter((q) => !spans.has(`${q.start}:${q.end}`))
      .map((q) => `${a.id}: ${q.text}`),
  );
}
