import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { toClaimReviewJsonLd } from '../../src/interop/to-claimreview.js';
import { toProvJsonLd } from '../../src/interop/to-prov.js';
import { toWebAnnotations } from '../../src/interop/to-web-annotations.js';
import { viaSources } from '../../src/model/via-sources.js';
import { corpusOf } from './helpers/corpus.js';
import { expand, nquads, termsOf } from './helpers/expand.js';
import { rated } from './helpers/rated.js';

const corpus = await loadCorpus();
const SCHEMA = 'http://schema.org/';
const PROV = 'http://www.w3.org/ns/prov#';
const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const iri = (type: string, id: string) => `<urn:claimtrail:${type}:${id}>`;

function absolute(terms: Set<string>): string[] {
  return [...terms].filter((t) => !/^(https?|urn):/.test(t));
}

describe('schema.org Claim export, expanded by jsonld', () => {
  const doc = toClaimReviewJsonLd(corpus);

  it('has one Claim per corpus claim, every term a full schema.org IRI', async () => {
    const expanded = await expand(doc);
    expect(expanded).toHaveLength(corpus.claims.length);
    for (const node of expanded) expect(node['@type']).toEqual([`${SCHEMA}Claim`]);
    const terms = termsOf(expanded);
    expect(absolute(terms)).toEqual([]);
    for (const term of [
      'Claim',
      'text',
      'author',
      'appearance',
      'firstAppearance',
      'isPartOf',
      'isBasedOn',
      'Quotation',
      'spokenByCharacter',
      'NewsArticle',
      'Person',
      'NewsMediaOrganization',
      'GovernmentOrganization',
      'temporalCoverage',
      'keywords',
      'datePublished',
    ]) {
      expect(terms, term).toContain(`${SCHEMA}${term}`);
    }
  });

  it('links a quotation to its speaker and source with full IRIs', async () => {
    const quoted = corpus.attributions.find((a) => a.mode === 'direct-quote');
    if (!quoted) throw new Error('the seed corpus has direct quotes');
    const triples = await nquads(doc);
    const a = iri('attribution', quoted.id);
    expect(triples).toContain(`${iri('claim', quoted.claim)} <${SCHEMA}appearance> ${a} .`);
    expect(triples).toContain(`${a} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${SCHEMA}Quotation> .`);
    expect(triples).toContain(`${a} <${SCHEMA}spokenByCharacter> ${iri('actor', quoted.speaker)} .`);
    expect(triples).toContain(`${a} <${SCHEMA}isPartOf> ${iri('source', quoted.source)} .`);
    expect(triples).toContain(`${a} <${SCHEMA}additionalType> <urn:claimtrail:vocab:direct-quote> .`);
  });

  it('names as first appearance the earliest dated one', () => {
    const claim = corpus.claims.find((c) => corpus.attributionsByClaim(c.id).length > 1);
    if (!claim) throw new Error('some seed claim appears twice');
    const node = doc['@graph'].find((n) => n.identifier === claim.id) as Record<string, { '@id': string }>;
    const dates = corpus
      .attributionsByClaim(claim.id)
      .map((a) => ({ id: a.id, date: a.said ?? corpus.source(a.source)?.published }))
      .filter((d) => d.date !== undefined)
      .sort((x, y) => ((x.date as string) < (y.date as string) ? -1 : 1));
    expect(node.firstAppearance?.['@id']).toBe(`urn:claimtrail:attribution:${dates[0]?.id}`);
  });

  it('uses another IRI base when asked', async () => {
    const other = toClaimReviewJsonLd(corpus, { base: 'https://example.org/corpus/' });
    const expanded = await expand(other);
    expect(expanded[0]?.['@id']).toBe(`https://example.org/corpus/claim/${corpus.claims[0]?.id}`);
  });
});

describe('schema.org ClaimReview export of rated attributions, expanded by jsonld', () => {
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';

  it('writes a ClaimReview per rating, each term a full schema.org IRI, and an unrated claim as a Claim', async () => {
    const corpus = await corpusOf(rated);
    expect(corpus.diagnostics).toEqual([]);
    const doc = toClaimReviewJsonLd(corpus);
    const expanded = await expand(doc);
    expect(expanded.map((n) => [n['@id'], n['@type']])).toEqual([
      ['urn:claimtrail:attribution:checks-moon', [`${SCHEMA}ClaimReview`]],
      ['urn:claimtrail:attribution:tom-moon', [`${SCHEMA}ClaimReview`]],
      ['urn:claimtrail:claim:sun', [`${SCHEMA}Claim`]],
    ]);
    const terms = termsOf(expanded);
    expect(absolute(terms)).toEqual([]);
    for (const term of [
      'ClaimReview',
      'claimReviewed',
      'itemReviewed',
      'reviewRating',
      'Rating',
      'alternateName',
      'ratingValue',
      'bestRating',
      'worstRating',
      'url',
      'datePublished',
      'author',
    ]) {
      expect(terms, term).toContain(`${SCHEMA}${term}`);
    }
  });

  it('states the review, its rating, the fact-checker and the claim as triples', async () => {
    const triples = await nquads(toClaimReviewJsonLd(await corpusOf(rated)));
    const review = iri('attribution', 'checks-moon');
    expect(triples).toContain(`${review} ${RDF_TYPE} <${SCHEMA}ClaimReview> .`);
    expect(triples).toContain(`${review} <${SCHEMA}itemReviewed> ${iri('claim', 'moon')} .`);
    expect(triples).toContain(`${review} <${SCHEMA}author> ${iri('actor', 'checks')} .`);
    expect(triples).toContain(`${review} <${SCHEMA}claimReviewed> "The Moon is made of cheese." .`);
    expect(triples).toContain(`${review} <${SCHEMA}url> <https://checks.example/moon> .`);
    expect(triples).toContain(`${review} <${SCHEMA}datePublished> "2020-01-17"^^<${SCHEMA}Date> .`);
    expect(triples).toContain(`${review} <${SCHEMA}isPartOf> ${iri('source', 'check-1')} .`);
    const rating = [...triples].find((t) => t.startsWith(`${review} <${SCHEMA}reviewRating> `))?.split(' ')[2];
    if (!rating) throw new Error('the review has a rating');
    expect(triples).toContain(`${rating} ${RDF_TYPE} <${SCHEMA}Rating> .`);
    expect(triples).toContain(`${rating} <${SCHEMA}alternateName> "Pants on Fire" .`);
    expect(triples).toContain(`${rating} <${SCHEMA}ratingValue> "0"^^<${XSD}integer> .`);
    expect(triples).toContain(`${rating} <${SCHEMA}bestRating> "5"^^<${XSD}integer> .`);
    expect(triples).toContain(`${rating} <${SCHEMA}worstRating> "0"^^<${XSD}integer> .`);
    // The review is not also an appearance of the claim: the claim appears in the senator's words only.
    const appearances = [...triples].filter((t) => t.startsWith(`${iri('claim', 'moon')} <${SCHEMA}appearance> `));
    expect(appearances).toEqual([`${iri('claim', 'moon')} <${SCHEMA}appearance> ${iri('attribution', 'roe-moon')} .`]);
    // A rating with words alone has no numbers.
    const other = [...triples].find((t) => t.startsWith(`${iri('attribution', 'tom-moon')} <${SCHEMA}reviewRating> `));
    const node = other?.split(' ')[2];
    expect([...triples].filter((t) => t.startsWith(`${node} `)).sort()).toEqual([
      `${node} <${SCHEMA}alternateName> "Half true" .`,
      `${node} ${RDF_TYPE} <${SCHEMA}Rating> .`,
    ]);
  });
});

describe('PROV-O export, expanded by jsonld', () => {
  const doc = toProvJsonLd(corpus);

  it('resolves every term to a full IRI', async () => {
    const terms = termsOf(await expand(doc));
    expect(absolute(terms)).toEqual([]);
    for (const term of [
      'Agent',
      'Person',
      'Organization',
      'Entity',
      'Attribution',
      'Quotation',
      'wasAttributedTo',
      'qualifiedAttribution',
      'agent',
      'wasQuotedFrom',
      'qualifiedQuotation',
      'wasDerivedFrom',
      'actedOnBehalfOf',
      'specializationOf',
      'value',
    ]) {
      expect(terms, term).toContain(`${PROV}${term}`);
    }
    expect(terms).toContain('http://purl.org/dc/terms/issued');
  });

  it('states the seed corpus provenance as triples', async () => {
    const triples = await nquads(doc);
    expect(triples).toContain(
      `${iri('actor', 'hirokazu-matsuno')} <${PROV}actedOnBehalfOf> ${iri('actor', 'government-of-japan')} .`,
    );
    expect(triples).toContain(
      `${iri('actor', 'hirokazu-matsuno')} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${PROV}Agent> .`,
    );
    for (const a of corpus.attributions) {
      expect(triples).toContain(`${iri('attribution', a.id)} <${PROV}wasAttributedTo> ${iri('actor', a.speaker)} .`);
      const chain = [a.source, ...viaSources(a)];
      for (let i = 0; i + 1 < chain.length; i++) {
        expect(triples).toContain(
          `${iri('source', chain[i] as string)} <${PROV}wasDerivedFrom> ${iri('source', chain[i + 1] as string)} .`,
        );
      }
      if (a.mode === 'direct-quote') {
        expect(triples).toContain(
          `${iri('source', chain[chain.length - 1] as string)} <${PROV}wasQuotedFrom> ${iri('attribution', a.id)} .`,
        );
        expect(triples).toContain(
          `<urn:claimtrail:attribution:${a.id}#quote-1> <${PROV}wasQuotedFrom> ${iri('attribution', a.id)} .`,
        );
      }
    }
    const published = corpus.sources.find((s) => s.published?.length === 10);
    expect(triples).toContain(
      `${iri('source', published?.id as string)} <http://purl.org/dc/terms/issued> "${published?.published}"^^<http://www.w3.org/2001/XMLSchema#date> .`,
    );
  });

  it('gives nested speech one qualified attribution per speaker of the chain, relays first', async () => {
    const node = doc['@graph'].find((n) => n['@id'] === iri('attribution', 'dn.a-kishida-any-time').slice(1, -1));
    expect(node?.['prov:qualifiedAttribution']).toEqual([
      {
        '@type': 'prov:Attribution',
        'prov:agent': { '@id': 'urn:claimtrail:actor:hirokazu-matsuno' },
        'ct:role': 'relays',
        'ct:position': 1,
        'prov:hadPlan': { '@id': 'urn:claimtrail:attribution:dn.a-matsuno-kishida-determined' },
      },
      expect.objectContaining({ 'prov:agent': { '@id': 'urn:claimtrail:actor:fumio-kishida' }, 'ct:role': 'speaks' }),
    ]);
    const triples = await nquads(doc);
    const plan = `<${PROV}hadPlan> ${iri('attribution', 'dn.a-matsuno-kishida-determined')} .`;
    expect([...triples].some((t) => String(t).endsWith(plan))).toBe(true);
    const manturov = doc['@graph'].find(
      (n) => n['@id'] === iri('attribution', 'dn.a-manturov-technological-sovereignty').slice(1, -1),
    );
    expect(manturov?.['ct:creditedTo']).toEqual({ '@id': 'urn:claimtrail:actor:vladimir-putin' });
  });

  it('writes each actor, source, claim and attribution once', () => {
    const ids = doc['@graph'].map((n) => n['@id'] as string);
    expect(new Set(ids).size).toBe(ids.length);
    const quotes = corpus.attributions.reduce((n, a) => n + ('quotes' in a ? a.quotes.length : 0), 0);
    expect(ids).toHaveLength(
      corpus.actors.length + corpus.sources.length + corpus.claims.length + corpus.attributions.length + quotes,
    );
  });
});

describe('Web Annotation export, expanded by jsonld', () => {
  const doc = toWebAnnotations(corpus);

  it('resolves every term to a full IRI', async () => {
    const expanded = await expand(doc);
    expect(expanded[0]?.['@type']).toEqual([`${AS}OrderedCollection`]);
    const terms = termsOf(expanded);
    expect(absolute(terms)).toEqual([]);
    for (const term of [
      'Annotation',
      'hasTarget',
      'hasBody',
      'hasSource',
      'hasSelector',
      'TextQuoteSelector',
      'TextPositionSelector',
      'exact',
      'prefix',
      'suffix',
      'start',
      'end',
      'motivatedBy',
      'hasPurpose',
      'SpecificResource',
      'TextualBody',
    ]) {
      expect(terms, term).toContain(`${OA}${term}`);
    }
  });

  it('has one annotation per quoted fragment, whose positions find the exact words', () => {
    const fragments = corpus.attributions.flatMap((a) =>
      a.mode === 'direct-quote' || a.mode === 'indirect' ? a.quotes.map((q) => ({ a, q })) : [],
    );
    expect(doc.first.items).toHaveLength(fragments.length);
    expect(doc.total).toBe(fragments.length);
    let positioned = 0;
    doc.first.items.forEach((annotation, i) => {
      const { a, q } = fragments[i] as (typeof fragments)[number];
      expect(annotation.id).toMatch(`urn:claimtrail:attribution:${a.id}#quote-`);
      const [quote, position] = annotation.target.selector;
      expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: q.text });
      const text = corpus.source(a.source)?.text;
      if (position?.type !== 'TextPositionSelector' || text === undefined) return;
      positioned++;
      const points = [...text];
      expect(points.slice(position.start, position.end).join('')).toBe(q.text);
      if (quote?.type === 'TextQuoteSelector') {
        expect(
          points
            .slice(0, position.start)
            .join('')
            .endsWith(quote.prefix ?? ''),
        ).toBe(true);
        expect(
          points
            .slice(position.end)
            .join('')
            .startsWith(quote.suffix ?? ''),
        ).toBe(true);
      }
    });
    expect(positioned).toBeGreaterThan(0);
  });
});

describe('PROV-O export on a hand-made corpus', () => {
  it('links own voice by part, reported speech by derivation, quotations by quotation', async () => {
    const corpus = await corpusOf({
      actors: [
        { id: 'spokesman', kind: 'person', name: 'A Spokesman', actsFor: ['gov'] },
        { id: 'gov', kind: 'government', name: 'The Government' },
        { id: 'paper', kind: 'media', name: 'The Paper' },
      ],
      sources: [
        { id: 'article', kind: 'article', title: 'Article', publisher: 'paper', published: '2024-05' },
        { id: 'wire', kind: 'wire', title: 'Wire', published: 2024 },
      ],
      claims: [
        {
          id: 'c1',
          text: 'Talks resume.',
          subject: 'gov',
          predicate: 'intends-to',
          object: { type: 'text', value: 'resume talks' },
        },
      ],
      attributions: [
        { id: 'own', claim: 'c1', source: 'article', speaker: 'paper', mode: 'own-voice', factuality: 'probable' },
        {
          id: 'told',
          claim: 'c1',
          source: 'article',
          via: ['wire'],
          speaker: 'spokesman',
          mode: 'indirect',
          cue: 'told',
          confidence: 0.9,
        },
        {
          id: 'quoted',
          claim: 'c1',
          source: 'article',
          speaker: 'spokesman',
          mode: 'direct-quote',
          quotes: [{ text: 'soon' }],
          said: '2024-05-02',
        },
      ],
    });
    expect(corpus.diagnostics).toEqual([]);
    const triples = await nquads(toProvJsonLd(corpus));
    const ct = (term: string) => `<urn:claimtrail:vocab:${term}>`;
    expect(triples).toContain(
      `${iri('attribution', 'own')} <http://purl.org/dc/terms/isPartOf> ${iri('source', 'article')} .`,
    );
    expect(triples).toContain(`${iri('source', 'article')} <${PROV}wasDerivedFrom> ${iri('source', 'wire')} .`);
    expect(triples).toContain(`${iri('source', 'wire')} <${PROV}wasDerivedFrom> ${iri('attribution', 'told')} .`);
    expect(triples).toContain(`${iri('source', 'article')} <${PROV}wasQuotedFrom> ${iri('attribution', 'quoted')} .`);
    expect(triples).toContain(`<urn:claimtrail:attribution:quoted#quote-1> <${PROV}value> "soon" .`);
    expect(triples).toContain(`${iri('actor', 'spokesman')} <${PROV}actedOnBehalfOf> ${iri('actor', 'gov')} .`);
    expect(triples).toContain(
      `${iri('attribution', 'quoted')} <http://purl.org/dc/terms/date> "2024-05-02"^^<http://www.w3.org/2001/XMLSchema#date> .`,
    );
    expect(triples).toContain(
      `${iri('source', 'wire')} <http://purl.org/dc/terms/issued> "2024"^^<http://www.w3.org/2001/XMLSchema#gYear> .`,
    );
    const qualified = [...triples].filter((t) => t.includes(ct('cue')) || t.includes(ct('confidence')));
    expect(qualified.map((t) => t.replace(/^_:\S+ /, ''))).toEqual(
      expect.arrayContaining([
        `${ct('cue')} "told" .`,
        `${ct('confidence')} "9.0E-1"^^<http://www.w3.org/2001/XMLSchema#double> .`,
      ]),
    );
    // Own voice is not derived from anything.
    expect([...triples].some((t) => t.includes(`<${PROV}wasDerivedFrom> ${iri('attribution', 'own')}`))).toBe(false);
  });
});
