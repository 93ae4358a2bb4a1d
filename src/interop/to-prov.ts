import { match } from 'ts-pattern';
import type { Corpus } from '../corpus/corpus.js';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import { viaLinks } from '../model/via-links.js';
import { viaSources } from '../model/via-sources.js';
import { provContext } from './contexts/index.js';
import { checkedIriBase, linkIri } from './export-iri.js';
import { type JsonLdNode, put, ref, typedDate } from './internal/json-ld.js';
import { DEFAULT_IRI_BASE, type JsonLdExportOptions, recordIri } from './iri.js';

/** A PROV-O document in JSON-LD: an inline context and a flat graph. */
export interface ProvDocument {
  readonly '@context': Readonly<Record<string, string>>;
  readonly '@graph': readonly JsonLdNode[];
}

export type { JsonLdNode } from './internal/json-ld.js';

/**
 * The corpus as W3C PROV-O, in JSON-LD with an inline context (prefixes `prov`, `dcterms`,
 * `foaf`, `rdfs`, `xsd`, and `ct` for claimtrail's own terms, `urn:claimtrail:vocab:`):
 * - actors are `prov:Agent` (and `prov:Person` or `prov:Organization`), with `actsFor` as
 *   `prov:actedOnBehalfOf`;
 * - sources are `prov:Entity`, `prov:wasAttributedTo` their publisher and authors;
 * - claims are `prov:Entity` (`ct:Claim`) labelled with their text;
 * - each attribution is the statement as the speaker made it: a `prov:Entity` (`ct:Statement`)
 *   that is a `prov:specializationOf` its claim, `prov:wasAttributedTo` the speaker through a
 *   `prov:qualifiedAttribution` that carries mode, stance, factuality, cue and confidence, and
 *   `ct:reportedIn` its source;
 * - each quoted fragment is a `prov:Entity` whose `prov:value` is the words, `dcterms:isPartOf`
 *   the source and `prov:wasQuotedFrom` the statement (with a `prov:qualifiedQuotation`);
 * - a `via` chain becomes `prov:wasDerivedFrom` links from the source through each cited document,
 *   and the innermost document `prov:wasQuotedFrom` the statement (direct quotes) or
 *   `prov:wasDerivedFrom` it (reported speech, summaries); a source's own-voice statement is
 *   `dcterms:isPartOf` it instead.
 *
 * Dates keep their precision as `xsd:gYear`, `xsd:gYearMonth` or `xsd:date` literals, under
 * `dcterms:issued` (sources) and `dcterms:date` (when a statement was made).
 *
 * @param corpus - a loaded corpus
 * @param options - `base` for record IRIs (default `urn:claimtrail:`)
 * @returns the document, ready for `JSON.stringify`
 * @throws {InvalidOptionError} when `base` would make IRIs other than http, https or urn; otherwise nothing:
 *   references the corpus cannot resolve are written as IRIs all the same. Links that are not http, https or urn IRIs are left out (told to `onDroppedIri`)
 * @example
 * const corpus = await loadCorpus();
 * toProvJsonLd(corpus)['@graph'].find((n) => n['@id'] === 'urn:claimtrail:actor:hirokazu-matsuno')?.['prov:actedOnBehalfOf']
 * //=> [{ '@id': 'urn:claimtrail:actor:government-of-japan' }]
 */
export function toProvJsonLd(corpus: Corpus, options: JsonLdExportOptions = {}): ProvDocument {
  const base = checkedIriBase(options.base ?? DEFAULT_IRI_BASE);
  const iri = (type: 'actor' | 'source' | 'claim' | 'attribution', id: string) => recordIri(type, id, base);
  const links = new Map<string, { derived: Set<string>; quoted: Set<string> }>();
  const linksOf = (sourceId: string) => {
    let entry = links.get(sourceId);
    if (!entry) links.set(sourceId, (entry = { derived: new Set(), quoted: new Set() }));
    return entry;
  };

  const statements: JsonLdNode[] = [];
  for (const a of corpus.attributions) {
    statements.push(...statementNodes(a, iri));
    const chain = [a.source, ...viaSources(a)];
    for (let i = 0; i + 1 < chain.length; i++)
      linksOf(chain[i] as string).derived.add(iri('source', chain[i + 1] as string));
    if (a.mode === 'own-voice' && a.via.length === 0) continue;
    const innermost = linksOf(chain[chain.length - 1] as string);
    (a.mode === 'direct-quote' ? innermost.quoted : innermost.derived).add(iri('attribution', a.id));
  }

  const graph: JsonLdNode[] = [];
  for (const actor of corpus.actors) graph.push(agentNode(actor, iri));
  for (const s of corpus.sources) {
    const node: JsonLdNode = { '@id': iri('source', s.id), '@type': ['prov:Entity', 'ct:Source'] };
    put(node, 'dcterms:title', s.title);
    put(node, 'ct:kind', s.kind);
    put(node, 'dcterms:issued', s.published === undefined ? undefined : typedDate(s.published));
    put(node, 'dcterms:language', s.language);
    const page = linkIri(s.url, ['source', s.id, 'url'], options.onDroppedIri);
    put(node, 'foaf:page', page === undefined ? undefined : ref(page));
    put(node, 'dcterms:publisher', s.publisher === undefined ? undefined : ref(iri('actor', s.publisher)));
    put(
      node,
      'dcterms:creator',
      s.authors.map((id) => ref(iri('actor', id))),
    );
    put(
      node,
      'prov:wasAttributedTo',
      [...new Set([...(s.publisher === undefined ? [] : [s.publisher]), ...s.authors])].map((id) =>
        ref(iri('actor', id)),
      ),
    );
    const own = links.get(s.id);
    put(node, 'prov:wasDerivedFrom', [...(own?.derived ?? [])].map(ref));
    put(node, 'prov:wasQuotedFrom', [...(own?.quoted ?? [])].map(ref));
    graph.push(node);
  }
  for (const c of corpus.claims) {
    graph.push({ '@id': iri('claim', c.id), '@type': ['prov:Entity', 'ct:Claim'], 'rdfs:label': c.text });
  }
  graph.push(...statements);
  return { '@context': provContext, '@graph': graph };
}

type IriOf = (type: 'actor' | 'source' | 'claim' | 'attribution', id: string) => string;

function agentNode(actor: Actor, iri: IriOf): JsonLdNode {
  const subtype = match(actor.kind)
    .with('person', () => 'prov:Person')
    .with('organization', 'government', 'country', 'media', 'group', () => 'prov:Organization')
    .exhaustive();
  const node: JsonLdNode = { '@id': iri('actor', actor.id), '@type': ['prov:Agent', subtype] };
  put(node, 'foaf:name', actor.name);
  put(node, 'rdfs:label', actor.name);
  put(node, 'ct:kind', actor.kind);
  put(
    node,
    'prov:actedOnBehalfOf',
    actor.actsFor.map((id) => ref(iri('actor', id))),
  );
  return node;
}

/**
 * One qualified attribution per speaker link of the chain: each relaying speaker, outermost first
 * (`ct:role` "relays", with the attribution in which they report the words when the corpus links
 * it), then the speaker whose words they are (`ct:role` "speaks").
 */
function relayNodes(a: Attribution, iri: IriOf): JsonLdNode[] {
  return viaLinks(a).flatMap((link, index) => {
    if (link.type !== 'actor') return [];
    const node: JsonLdNode = {
      '@type': 'prov:Attribution',
      'prov:agent': ref(iri('actor', link.actor)),
      'ct:role': 'relays',
      'ct:position': index + 1,
    };
    put(node, 'prov:hadPlan', link.attribution === undefined ? undefined : ref(iri('attribution', link.attribution)));
    return [node];
  });
}

/** The statement an attribution records, and one entity per quoted fragment. */
function statementNodes(a: Attribution, iri: IriOf): JsonLdNode[] {
  const self = iri('attribution', a.id);
  const speaker = ref(iri('actor', a.speaker));
  const qualified: JsonLdNode = { '@type': 'prov:Attribution', 'prov:agent': speaker };
  const relays = relayNodes(a, iri);
  if (relays.length > 0) put(qualified, 'ct:role', 'speaks');
  put(qualified, 'ct:mode', a.mode);
  put(qualified, 'ct:stance', a.stance);
  put(qualified, 'ct:factuality', a.factuality);
  put(qualified, 'ct:cue', a.cue);
  put(qualified, 'ct:confidence', a.confidence);
  const statement: JsonLdNode = {
    '@id': self,
    '@type': ['prov:Entity', 'ct:Statement'],
    'prov:specializationOf': ref(iri('claim', a.claim)),
    'ct:reportedIn': ref(iri('source', a.source)),
    'prov:wasAttributedTo': speaker,
    'prov:qualifiedAttribution': relays.length === 0 ? qualified : [...relays, qualified],
  };
  put(statement, 'ct:creditedTo', a.creditedTo === undefined ? undefined : ref(iri('actor', a.creditedTo)));
  put(statement, 'dcterms:date', a.said === undefined ? undefined : typedDate(a.said));
  if (a.mode === 'own-voice' && a.via.length === 0) put(statement, 'dcterms:isPartOf', ref(iri('source', a.source)));
  const quotes = match(a)
    .with({ mode: 'direct-quote' }, { mode: 'indirect' }, (q) => q.quotes)
    .with({ mode: 'summary' }, { mode: 'own-voice' }, () => [])
    .exhaustive();
  const fragments = quotes.map(
    (quote, index): JsonLdNode => ({
      '@id': `${self}#quote-${index + 1}`,
      '@type': 'prov:Entity',
      'prov:value': quote.text,
      'dcterms:isPartOf': ref(iri('source', a.source)),
      'prov:wasQuotedFrom': ref(self),
      'prov:qualifiedQuotation': { '@type': 'prov:Quotation', 'prov:entity': ref(self) },
    }),
  );
  return [statement, ...fragments];
}
