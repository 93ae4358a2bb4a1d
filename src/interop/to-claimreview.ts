import { match } from 'ts-pattern';
import type { Corpus } from '../corpus/corpus.js';
import type { Actor } from '../model/actor.js';
import type { Attribution, Rating } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { Source } from '../model/source.js';
import { viaSources } from '../model/via-sources.js';
import { SCHEMA_ORG_CONTEXT_URL } from './contexts/index.js';
import { checkedIriBase, linkIri } from './export-iri.js';
import { type JsonLdNode, put, ref } from './internal/json-ld.js';
import { type RecordsById, recordsById } from './internal/records-by-id.js';
import { actorType, sourceType } from './internal/schema-org-types.js';
import { CLAIMTRAIL_VOCAB, DEFAULT_IRI_BASE, type JsonLdExportOptions, recordIri } from './iri.js';

/** A schema.org JSON-LD document: the schema.org context and a graph of Claims and ClaimReviews. */
export interface SchemaOrgDocument {
  readonly '@context': typeof SCHEMA_ORG_CONTEXT_URL;
  readonly '@graph': readonly JsonLdNode[];
}

/**
 * The corpus's claims as schema.org `Claim`s in JSON-LD, the vocabulary fact-checkers publish
 * ClaimReviews in. Each Claim has its `text`, `keywords` (topics), `about` (the subject, when it
 * is an actor), `temporalCoverage` (`when`, intervals as `from/to` with `..` for an open end),
 * `author` (every speaker credited with it), one `appearance` per attribution, `firstAppearance`
 * (the earliest dated one) and `datePublished` (its date).
 *
 * An appearance is a `Quotation` for a direct quote and a `CreativeWork` otherwise, with the
 * attribution's IRI as `@id` and its mode as `additionalType` (`urn:claimtrail:vocab:indirect`); it names the speaker (`spokenByCharacter` for a quotation, `author`
 * otherwise), holds the quoted words in `text`, the date they were said in `dateCreated`, the
 * source it stands in as `isPartOf` and the documents it passed through, outermost first, as
 * `isBasedOn`, and its source's `url` as its own (`appearance.url` and `firstAppearance.url` are
 * where Google's Fact Check tools look for the claim). Sources are `NewsArticle`, `Report`, `SocialMediaPosting` or `CreativeWork`, with
 * the exact claimtrail kind in `genre`; actors are `Person`, `Organization`,
 * `GovernmentOrganization`, `Country` or `NewsMediaOrganization` (a group is an `Organization`
 * with `additionalType` `urn:claimtrail:vocab:group`). Nodes are embedded where they
 * are used, so that each Claim reads on its own, as validators of fact-checks expect.
 *
 * An attribution with a `rating` (a fact-checker's verdict) is not an appearance of the claim but
 * a review of it: it becomes a `ClaimReview` with the attribution's IRI as `@id`, the fact-checker
 * as `author`, the claim as `claimReviewed` (its text) and `itemReviewed` (the Claim, embedded), the
 * rating as `reviewRating` (`alternateName`, `ratingValue`, `bestRating`, `worstRating`), the
 * source's `url` and `datePublished`, and the passage fields of an appearance (`additionalType`,
 * `text`, `dateCreated`, `isPartOf` the source, `isBasedOn`). A claim with ratings is written only
 * inside its reviews, one per rating; a claim without any stays a top-level Claim.
 * `fromClaimReview` reads the reviews back into attributions with their ratings.
 *
 * @param corpus - a loaded corpus
 * @param options - `base` for record IRIs (default `urn:claimtrail:`)
 * @returns the document, ready for `JSON.stringify`
 * @throws {InvalidOptionError} when `base` would make IRIs other than http, https or urn; otherwise nothing:
 *   a reference the corpus cannot resolve becomes a node with its IRI alone. Links that are not http, https or urn IRIs are left out (told to `onDroppedIri`)
 * @example
 * const corpus = await loadCorpus();
 * toClaimReviewJsonLd(corpus)['@graph'][0]['@type']
 * //=> 'Claim'
 */
export function toClaimReviewJsonLd(corpus: Corpus, options: JsonLdExportOptions = {}): SchemaOrgDocument {
  const base = checkedIriBase(options.base ?? DEFAULT_IRI_BASE);
  const records = recordsById(corpus);
  const nodes = new NodeMaker(records, base, options.onDroppedIri);
  const graph: JsonLdNode[] = [];
  for (const claim of corpus.claims) {
    const attributions = records.byClaim.get(claim.id) ?? [];
    const reviews = attributions.filter((a): a is Rated => a.rating !== undefined);
    if (reviews.length === 0) {
      graph.push(nodes.claim(claim, attributions));
      continue;
    }
    const item = nodes.claim(
      claim,
      attributions.filter((a) => a.rating === undefined),
    );
    for (const a of reviews) graph.push(nodes.review(a, claim, item));
  }
  return { '@context': SCHEMA_ORG_CONTEXT_URL, '@graph': graph };
}

/** An attribution that records a fact-checker's verdict. */
type Rated = Attribution & { readonly rating: Rating };

/** The date an appearance is dated by: when it was said, else when its source was published. */
function appearanceDate(a: Attribution, records: RecordsById): string | undefined {
  return a.said ?? records.sources.get(a.source)?.published;
}

class NodeMaker {
  constructor(
    readonly records: RecordsById,
    readonly base: string,
    readonly onDroppedIri: JsonLdExportOptions['onDroppedIri'],
  ) {}

  claim(c: Claim, attributions: readonly Attribution[]): JsonLdNode {
    const node: JsonLdNode = { '@type': 'Claim', '@id': recordIri('claim', c.id, this.base), identifier: c.id };
    put(node, 'text', c.text);
    put(node, 'keywords', c.topics);
    if (typeof c.subject === 'string') put(node, 'about', this.actor(c.subject));
    put(node, 'temporalCoverage', c.when === undefined ? undefined : temporalCoverage(c.when));
    put(
      node,
      'author',
      [...new Set(attributions.map((a) => a.speaker))].map((id) => this.actor(id)),
    );
    put(
      node,
      'appearance',
      attributions.map((a) => this.appearance(a)),
    );
    // Strings compare as their first possible day: "2023" < "2023-09" < "2023-09-15" < "2024".
    let first: Attribution | undefined;
    for (const a of attributions) {
      const date = appearanceDate(a, this.records);
      if (date === undefined) continue;
      const best = first && appearanceDate(first, this.records);
      if (best === undefined || date < best) first = a;
    }
    if (first) {
      // Google's Fact Check tools read the link of the first appearance, not its identifier.
      const firstAppearance: JsonLdNode = ref(recordIri('attribution', first.id, this.base));
      put(
        firstAppearance,
        'url',
        linkIri(this.records.sources.get(first.source)?.url, ['source', first.source, 'url'], this.onDroppedIri),
      );
      node.firstAppearance = firstAppearance;
      put(node, 'datePublished', appearanceDate(first, this.records));
    }
    return node;
  }

  /** A fact-checker's rated attribution as a schema.org ClaimReview of the claim. */
  review(a: Rated, c: Claim, item: JsonLdNode): JsonLdNode {
    const s = this.records.sources.get(a.source);
    const node: JsonLdNode = { '@type': 'ClaimReview', '@id': recordIri('attribution', a.id, this.base) };
    put(node, 'url', linkIri(s?.url, ['source', a.source, 'url'], this.onDroppedIri));
    put(node, 'datePublished', s?.published);
    node.author = this.actor(a.speaker);
    node.claimReviewed = c.text;
    node.itemReviewed = item;
    const rating: JsonLdNode = { '@type': 'Rating', alternateName: a.rating.label };
    put(rating, 'ratingValue', a.rating.value);
    put(rating, 'bestRating', a.rating.best);
    put(rating, 'worstRating', a.rating.worst);
    node.reviewRating = rating;
    return this.passage(a, node);
  }

  appearance(a: Attribution): JsonLdNode {
    const quotation = a.mode === 'direct-quote';
    const node: JsonLdNode = {
      '@type': quotation ? 'Quotation' : 'CreativeWork',
      '@id': recordIri('attribution', a.id, this.base),
    };
    // The appearance's own link is its source's: where Google's Fact Check tools look for it.
    put(node, 'url', linkIri(this.records.sources.get(a.source)?.url, ['source', a.source, 'url'], this.onDroppedIri));
    node[quotation ? 'spokenByCharacter' : 'author'] = this.actor(a.speaker);
    return this.passage(a, node);
  }

  /** Where an attribution stands: its mode, quoted words, date, source and the documents it passed through. */
  passage(a: Attribution, node: JsonLdNode): JsonLdNode {
    const quotes = match(a)
      .with({ mode: 'direct-quote' }, { mode: 'indirect' }, (q) => q.quotes.map((quote) => quote.text))
      .with({ mode: 'summary' }, { mode: 'own-voice' }, () => [])
      .exhaustive();
    node.additionalType = `${CLAIMTRAIL_VOCAB}${a.mode}`;
    put(node, 'text', quotes.length === 1 ? quotes[0] : quotes);
    put(node, 'dateCreated', a.said);
    node.isPartOf = this.source(a.source);
    put(
      node,
      'isBasedOn',
      viaSources(a).map((id) => this.source(id)),
    );
    return node;
  }

  source(id: string): JsonLdNode {
    const s: Source | undefined = this.records.sources.get(id);
    const node: JsonLdNode = { '@id': recordIri('source', id, this.base) };
    if (!s) return node;
    node['@type'] = sourceType(s.kind);
    node.headline = s.title;
    node.genre = s.kind;
    put(node, 'url', linkIri(s.url, ['source', id, 'url'], this.onDroppedIri));
    put(node, 'inLanguage', s.language);
    put(node, 'datePublished', s.published);
    if (s.publisher !== undefined) node.publisher = this.actor(s.publisher);
    put(
      node,
      'author',
      s.authors.map((author) => this.actor(author)),
    );
    return node;
  }

  actor(id: string): JsonLdNode {
    const actor: Actor | undefined = this.records.actors.get(id);
    const node: JsonLdNode = { '@id': recordIri('actor', id, this.base) };
    if (!actor) return node;
    node['@type'] = actorType(actor.kind);
    if (actor.kind === 'group') node.additionalType = `${CLAIMTRAIL_VOCAB}group`;
    node.name = actor.name;
    put(node, 'alternateName', actor.aliases);
    if (actor.kind === 'media') put(node, 'url', linkIri(actor.url, ['actor', id, 'url'], this.onDroppedIri));
    return node;
  }
}

/** `when` as schema.org `temporalCoverage`: a date, or an ISO 8601 interval with `..` for an open end. */
function temporalCoverage(when: NonNullable<Claim['when']>): string {
  if (typeof when === 'string') return when;
  return `${when.from ?? '..'}/${when.to ?? '..'}`;
}
