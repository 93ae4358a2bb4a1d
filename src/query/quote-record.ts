import type { HasStore } from '../corpus/store.js';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { PartialDate } from '../model/partial-date.js';
import type { Source } from '../model/source.js';

/** One step of an attribution chain: a document, or the actor at its end. */
export type ChainLink =
  | { readonly type: 'source'; readonly source: Source }
  | { readonly type: 'actor'; readonly actor: Actor };

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
  readonly date?: PartialDate;
  readonly dateBasis: 'said' | 'published' | 'unknown';
  /** Relevance of a text search, 0 to 1, when the query ranked by it. */
  readonly score?: number;
}

/**
 * The chain of an attribution, outermost first: the source that carries it, each document it
 * passed through (`via`), and the speaker. Unknown ids are left out of the chain.
 */
export function attributionChain(corpus: HasStore, attribution: Attribution): ChainLink[] {
  const links: ChainLink[] = [];
  for (const id of [attribution.source, ...attribution.via]) {
    const source = corpus.store.sources.get(id)?.record;
    if (source) links.push({ type: 'source', source });
  }
  const speaker = corpus.store.actors.get(attribution.speaker)?.record;
  if (speaker) links.push({ type: 'actor', actor: speaker });
  return links;
}

/**
 * Writes a chain the way people read it: `Modern Tokyo Times ← The Guardian ← Vladimir Putin`.
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
  return chain
    .map((link) => {
      if (link.type === 'actor') return link.actor.name;
      const publisher = link.source.publisher ? corpus.store.actors.get(link.source.publisher)?.record : undefined;
      return publisher?.name ?? link.source.title;
    })
    .filter((name, i, names) => i === 0 || name !== names[i - 1])
    .join(' ← ');
}

/** Resolves an attribution into a QuoteRecord, or undefined when one of its references is broken. */
export function toQuoteRecord(corpus: HasStore, attribution: Attribution, score?: number): QuoteRecord | undefined {
  const claim = corpus.store.claims.get(attribution.claim)?.record;
  const speaker = corpus.store.actors.get(attribution.speaker)?.record;
  const source = corpus.store.sources.get(attribution.source)?.record;
  if (!claim || !speaker || !source) return undefined;
  const date = attribution.said ?? source.published;
  return {
    attribution,
    claim,
    speaker,
    source,
    chain: attributionChain(corpus, attribution),
    ...(date !== undefined ? { date } : {}),
    dateBasis: attribution.said !== undefined ? 'said' : source.published !== undefined ? 'published' : 'unknown',
    ...(score !== undefined ? { score } : {}),
  };
}
