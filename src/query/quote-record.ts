import type { HasStore } from '../corpus/store.js';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { PartialDate } from '../model/partial-date.js';
import type { Source } from '../model/source.js';
import { viaLinks } from '../model/via-links.js';

/**
 * One step of an attribution chain: a document, a speaker who relays the words (with the
 * attribution in which they report them, when the corpus links it), or the speaker at its end.
 */
export type ChainLink =
  | { readonly type: 'source'; readonly source: Source }
  | { readonly type: 'actor'; readonly actor: Actor; readonly attribution?: Attribution };

/**
 * An attribution with everything it refers to resolved: what a query returns. `date` is when it
 * was said, or else when its source was published; `dateBasis` says which.
 */
export interface QuoteRecord {
  readonly attribution: Attribution;
  readonly claim: Claim;
  readonly speaker: Actor;
  readonly source: Source;
  /** From the source in hand, through every cited document, to the speaker. */
  readonly chain: readonly ChainLink[];
  /** Whom the source's text wrongly credits with the words, when it errs (`creditedTo`). */
  readonly creditedTo?: Actor;
  readonly date?: PartialDate;
  readonly dateBasis: 'said' | 'published' | 'unknown';
  /** Relevance of a text search, 0 to 1, when the query ranked by it. */
  readonly score?: number;
}

/**
 * The chain of an attribution, outermost first: the source that carries it, each document it
 * passed through and each speaker who relayed it (`via`), and the speaker. Unknown ids are left
 * out of the chain.
 *
 * @param corpus - the corpus the attribution belongs to
 * @param attribution - the attribution
 * @returns the links, outermost first
 * @example
 * attributionChain(corpus, corpus.attribution('dn.a-kishida-any-time')).map((l) => l.type)
 * //=> ['source', 'actor', 'actor']
 */
export function attributionChain(corpus: HasStore, attribution: Attribution): ChainLink[] {
  const links: ChainLink[] = [];
  const source = corpus.store.sources.get(attribution.source)?.record;
  if (source) links.push({ type: 'source', source });
  for (const link of viaLinks(attribution)) {
    if (link.type === 'source') {
      const cited = corpus.store.sources.get(link.source)?.record;
      if (cited) links.push({ type: 'source', source: cited });
      continue;
    }
    const actor = corpus.store.actors.get(link.actor)?.record;
    const outer = link.attribution === undefined ? undefined : corpus.store.attributions.get(link.attribution)?.record;
    if (actor) links.push(outer ? { type: 'actor', actor, attribution: outer } : { type: 'actor', actor });
  }
  const speaker = corpus.store.actors.get(attribution.speaker)?.record;
  if (speaker) links.push({ type: 'actor', actor: speaker });
  return links;
}

/**
 * Writes a chain the way people read it: `Modern Tokyo Times ← The Guardian ← Vladimir Putin`,
 * `Diário de Notícias ← Hirokazu Matsuno ← Fumio Kishida`: every document and every speaker.
 * A source is named by its publisher when it has one, else by its title.
 *
 * @param corpus - the corpus the chain comes from, to name publishers
 * @param chain - a chain from {@link attributionChain}
 * @returns the chain as one line
 *
 * @example
 * formatChain(corpus, corpus.chain('mtt.a-guardian-pact'))
 * //=> 'Modern Tokyo Times ← The Guardian'
 */
export function formatChain(corpus: HasStore, chain: readonly ChainLink[]): string {
  return chainNames(corpus, chain).join(' ← ');
}

/**
 * The names of a chain's links, outermost first, as {@link formatChain} writes them: a source by
 * its publisher when it has one, else by its title; a speaker by name; a name repeated by the next
 * link (an outlet quoting its own report) written once.
 *
 * @param corpus - the corpus the chain comes from, to name publishers
 * @param chain - a chain from {@link attributionChain}
 * @returns the names, outermost first
 * @example
 * chainNames(corpus, corpus.chain('dn.a-kishida-any-time'))
 * //=> ['Diário de Notícias', 'Hirokazu Matsuno', 'Fumio Kishida']
 */
export function chainNames(corpus: HasStore, chain: readonly ChainLink[]): string[] {
  return chain
    .map((link) => {
      if (link.type === 'actor') return link.actor.name;
      const publisher = link.source.publisher ? corpus.store.actors.get(link.source.publisher)?.record : undefined;
      return publisher?.name ?? link.source.title;
    })
    .filter((name, i, names) => i === 0 || name !== names[i - 1]);
}

/** Resolves an attribution into a QuoteRecord, or undefined when one of its references is broken. */
export function toQuoteRecord(corpus: HasStore, attribution: Attribution, score?: number): QuoteRecord | undefined {
  const claim = corpus.store.claims.get(attribution.claim)?.record;
  const speaker = corpus.store.actors.get(attribution.speaker)?.record;
  const source = corpus.store.sources.get(attribution.source)?.record;
  if (!claim || !speaker || !source) return undefined;
  const date = attribution.said ?? source.published;
  const creditedTo =
    attribution.creditedTo === undefined ? undefined : corpus.store.actors.get(attribution.creditedTo)?.record;
  return {
    attribution,
    claim,
    speaker,
    source,
    chain: attributionChain(corpus, attribution),
    ...(creditedTo ? { creditedTo } : {}),
    ...(date !== undefined ? { date } : {}),
    dateBasis: attribution.said !== undefined ? 'said' : source.published !== undefined ? 'published' : 'unknown',
    ...(score !== undefined ? { score } : {}),
  };
}
