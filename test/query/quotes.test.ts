import { beforeAll, describe, expect, it } from 'vitest';
import {
  AmbiguousReferenceError,
  type Corpus,
  InvalidDateError,
  loadCorpus,
  UnknownReferenceError,
} from '../../src/index.js';
import { formatChain, type QuoteRecord } from '../../src/query/quote-record.js';
import { comparePartialDates } from '../../src/time/relate-partial-dates.js';
import { whensOverlap } from '../../src/time/when-bounds.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

const ids = (records: readonly QuoteRecord[]) => records.map((r) => r.attribution.id);
const speakers = (records: readonly QuoteRecord[]) => [...new Set(records.map((r) => r.speaker.id))].sort();

/** Undated last, else never earlier than the one before. */
function expectSortedByDate(records: readonly QuoteRecord[]) {
  for (let i = 1; i < records.length; i++) {
    const [prev, next] = [records[i - 1] as QuoteRecord, records[i] as QuoteRecord];
    if (next.date === undefined) continue;
    expect(prev.date, `${prev.attribution.id} before ${next.attribution.id}`).toBeDefined();
    expect(comparePartialDates(prev.date as string, next.date)).toBeLessThanOrEqual(0);
  }
}

describe('quotes by speaker', () => {
  it('finds the same statements by id, name and alias, in any case', () => {
    const byId = corpus.quotes({ speaker: 'hirokazu-matsuno' });
    expect(ids(byId)).toEqual(['dn.a-matsuno-high-level-talks', 'dn.a-matsuno-kishida-determined']);
    expect(ids(corpus.quotes({ speaker: 'Hirokazu Matsuno' }))).toEqual(ids(byId));
    expect(ids(corpus.quotes({ speaker: 'MATSUNO' }))).toEqual(ids(byId));
  });

  it('resolves an alias spelled with accents or without them', () => {
    const plain = corpus.quotes({ speaker: 'Kirilo Budanov' });
    expect(plain.length).toBeGreaterThan(0);
    expect(speakers(plain)).toEqual(['kyrylo-budanov']);
    expect(ids(corpus.quotes({ speaker: 'Kirilo Budánov' }))).toEqual(ids(plain));
  });

  it('records carry the claim, speaker, source, chain and date', () => {
    const [first] = corpus.quotes({ speaker: 'Matsuno' });
    expect(first).toMatchObject({
      claim: { id: expect.any(String) },
      speaker: { id: 'hirokazu-matsuno', name: 'Hirokazu Matsuno' },
      source: { id: 'dn-kishida-ready-to-meet-kim' },
      date: '2023-09-15',
      dateBasis: 'said',
    });
    expect(first?.claim.id).toBe(first?.attribution.claim);
    expect(formatChain(corpus, first?.chain ?? [])).toBe('Diário de Notícias ← Hirokazu Matsuno');
  });

  it('"Japan" alone is the country; with includeAgents, its government and spokesman too', () => {
    const japan = corpus.quotes({ speaker: 'Japan' });
    expect(speakers(japan)).toEqual(['japan']);
    const all = corpus.quotes({ speaker: 'Japan', includeAgents: true });
    expect(speakers(all)).toEqual(['fumio-kishida', 'government-of-japan', 'hirokazu-matsuno', 'japan']);
    expect(ids(all)).toEqual(expect.arrayContaining(ids(japan)));
    expect(ids(all)).toEqual(expect.arrayContaining(['dn.a-matsuno-kishida-determined']));
    expectSortedByDate(all);
    const words = corpus.quotes({ speaker: 'Japan', includeAgents: true, mode: 'direct-quote' });
    // Kishida's own phrase, relayed by Matsuno (2023), comes first
    expect(words.map((r) => r.speaker.name)).toEqual([
      'Fumio Kishida',
      'Hirokazu Matsuno',
      'Hirokazu Matsuno',
      'Fumio Kishida',
    ]);
  });

  it('an unknown speaker is an error that suggests the nearest name', () => {
    expect(() => corpus.quotes({ speaker: 'Kishdia' })).toThrow(UnknownReferenceError);
    expect(() => corpus.quotes({ speaker: 'Kishdia' })).toThrow(
      'No actor is called "Kishdia"; did you mean "fumio-kishida"?',
    );
    expect(() => corpus.timeline('Nobody At All')).toThrow(UnknownReferenceError);
  });

  it('an ambiguous speaker is an error that lists the candidates', () => {
    let error: unknown;
    try {
      corpus.quotes({ speaker: 'experts' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AmbiguousReferenceError);
    expect((error as AmbiguousReferenceError).candidates.map((c) => c.id).sort()).toEqual([
      'g7.experts',
      'sincerity.experts',
    ]);
    expect((error as Error).message).toMatch(/^"experts" could be any of 2 actors: .*Use an id to say which\.$/);
  });
});

describe('quotes by source and publisher', () => {
  it('a cited document finds what was quoted from it, through the citing article', () => {
    const guardian = corpus.quotes({ source: 'mtt.guardian-putin-kim-pact-report' });
    expect(ids(guardian)).toEqual([
      'mtt.a-guardian-mutual-aid-clause',
      'mtt.a-guardian-putin-kim-pact',
      'mtt.a-guardian-western-concerns',
    ]);
    for (const r of guardian) expect(r.source.id).toBe('mtt-kim-to-visit-china');
    expect(ids(corpus.quotes({ publisher: 'The Guardian' }))).toEqual(ids(guardian));
  });

  it('the article in hand finds its own statements and those it cites, and nothing else', () => {
    const article = corpus.quotes({ source: 'mtt-kim-to-visit-china' });
    expect(article.length).toBe(corpus.attributionsBySource('mtt-kim-to-visit-china').length);
    expect(ids(article)).toEqual(expect.arrayContaining(['mtt.a-guardian-putin-kim-pact', 'mtt.a-ap-kim-met-putin']));
    const byTitle = corpus.quotes({
      source: 'North Korean Leader to Visit China Next Week (Military Parade and Russia)',
    });
    expect(ids(byTitle)).toEqual(ids(article));
  });

  it('a publisher by alias: AP finds the AP passages Modern Tokyo Times quotes', () => {
    const ap = corpus.quotes({ publisher: 'Associated Press' });
    expect(ap.length).toBe(9);
    expect(speakers(ap)).toEqual(['ap-news']);
    for (const r of ap) expect(formatChain(corpus, r.chain)).toBe('Modern Tokyo Times ← AP News');
  });

  it('an unknown source or publisher is an error', () => {
    expect(() => corpus.quotes({ source: 'no-such-article' })).toThrow(UnknownReferenceError);
    expect(() => corpus.quotes({ speaker: 'Matsuno', source: 'no-such-article' })).toThrow(UnknownReferenceError);
    expect(() => corpus.quotes({ publisher: 'Daily Nowhere' })).toThrow(UnknownReferenceError);
  });
});

describe('quotes by date', () => {
  it('uses `said`, falling back to the publication date', () => {
    const march = corpus.quotes({ from: '2024-03-25', to: '2024-03-25' });
    expect(march.length).toBeGreaterThan(0);
    const bases = new Set(march.map((r) => r.dateBasis));
    expect(bases).toEqual(new Set(['said', 'published']));
    for (const r of march) {
      const expected = r.attribution.said ?? r.source.published;
      expect(r.date).toBe(expected);
      expect(r.dateBasis).toBe(r.attribution.said !== undefined ? 'said' : 'published');
      expect(whensOverlap(r.date as string, '2024-03-25')).toBe(true);
    }
    // Kim Yo Jong's February statement is reported in March but was said in February.
    expect(ids(march)).not.toContain('sincerity.a-kim-yo-jong-abductions-settled');
    expect(ids(corpus.quotes({ from: '2024-02', to: '2024-02' }))).toContain(
      'sincerity.a-kim-yo-jong-abductions-settled',
    );
  });

  it('a coarser date that overlaps the range counts; one outside it does not', () => {
    // Published "2024-03" (month precision): it may be the 25th, so a day range inside March keeps it.
    const day = corpus.quotes({ from: '2024-03-25', to: '2024-03-25' });
    expect(ids(day)).toContain('sincerity.a-2002-summit');
    expect(day.find((r) => r.attribution.id === 'sincerity.a-2002-summit')?.date).toBe('2024-03');
    expect(ids(corpus.quotes({ from: '2024-04-01', to: '2024-06-30' }))).not.toContain('sincerity.a-2002-summit');
  });

  it('open ranges: only `from`, only `to`', () => {
    const all = corpus.quotes();
    const dated = all.filter((r) => r.date !== undefined);
    const late = corpus.quotes({ from: '2025' });
    const early = corpus.quotes({ to: '2024-12-31' });
    expect(late.length).toBeGreaterThan(0);
    expect(early.length).toBeGreaterThan(0);
    expect(late.length + early.length).toBe(dated.length);
    for (const r of late) expect((r.date as string) >= '2025').toBe(true);
    for (const r of early) expect((r.date as string) < '2025').toBe(true);
  });

  it('a malformed date is an error, not an empty result', () => {
    expect(() => corpus.quotes({ from: '2024-13' })).toThrow(/"from" date "2024-13" has month 13/);
    expect(() => corpus.quotes({ to: 'yesterday' })).toThrow(InvalidDateError);
  });

  it('all results are sorted by date, undated last', () => {
    const all = corpus.quotes();
    expect(all).toHaveLength(corpus.attributions.length);
    expectSortedByDate(all);
  });
});

describe('quotes by mode, stance and topic', () => {
  it('mode, one or several', () => {
    const direct = corpus.quotes({ mode: 'direct-quote' });
    expect(direct.length).toBe(corpus.stats().directQuotes);
    for (const r of direct) expect(r.attribution.mode).toBe('direct-quote');
    const two = corpus.quotes({ mode: ['direct-quote', 'indirect'] });
    expect(two.length).toBe(corpus.stats().byMode['direct-quote'] + corpus.stats().byMode.indirect);
  });

  it('stance: the four denials in the corpus', () => {
    const denials = corpus.quotes({ stance: 'denies' });
    expect(denials.map((r) => [r.speaker.id, r.claim.id])).toEqual([
      ['japan', 'sincerity.c-abduction-issue-settled'],
      ['china', 'axis.c-china-dual-use-goods-to-russia'],
      ['government-of-russia', 'axis.c-russia-could-target-nato'],
      ['government-of-russia', 'axis.c-russia-threat-to-west'],
    ]);
  });

  it('topic', () => {
    const abductions = corpus.quotes({ topic: 'abduction-issue' });
    expect(abductions.length).toBeGreaterThan(3);
    for (const r of abductions) expect(r.claim.topics).toContain('abduction-issue');
    expect(speakers(abductions)).toEqual(expect.arrayContaining(['japan', 'kim-yo-jong']));
    expect(corpus.quotes({ topic: 'no-such-topic' })).toEqual([]);
  });

  it('filters combine', () => {
    const r = corpus.quotes({ speaker: 'Moscow', stance: 'denies', topic: 'nato-security' });
    expect(ids(r)).toEqual(['axis.a-moscow-nonsense-nato']);
  });
});

describe('quotes by words', () => {
  it('ignores case, punctuation and dashes', () => {
    const nonsense = corpus.quotes({ text: 'COMPLETE—nonsense!' });
    expect(ids(nonsense)).toEqual(['axis.a-moscow-nonsense-nato', 'axis.a-moscow-nonsense-threat']);
  });

  it('ignores accents in the query', () => {
    expect(ids(corpus.quotes({ text: 'prior cónditions' }))).toEqual([
      'dn.a-kishida-any-time',
      'dn.a-matsuno-kishida-determined',
    ]);
  });

  it('matches curly quotes and apostrophes in the source words with straight ones typed', () => {
    const r = corpus.quotes({ text: "If Kim's trip is realized" });
    expect(speakers(r)).toEqual(['ap-news']);
  });

  it('searches the claim as well as the quoted words', () => {
    const r = corpus.quotes({ text: 'dual-use goods', stance: 'denies' });
    expect(ids(r)).toEqual(['axis.a-china-denies-dual-use']);
  });

  it('without `fuzzy`, a slip finds nothing; with it, results are ranked by score', () => {
    expect(corpus.quotes({ text: 'at any time and without conditions' })).toEqual([]);
    const ranked = corpus.quotes({ text: 'at any time and without conditions', fuzzy: true, minScore: 0.5 });
    // Kishida's own phrase first, then Matsuno's sentence that carries it
    expect(ranked.slice(0, 2).map((r) => r.attribution.id)).toEqual([
      'dn.a-kishida-any-time',
      'dn.a-matsuno-kishida-determined',
    ]);
    const scores = ranked.map((r) => r.score as number);
    expect(scores.every((s) => s >= 0.5 && s <= 1)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBeLessThan(1);
  });

  it('an exact phrase scores 1 and `limit` cuts the list', () => {
    const r = corpus.quotes({ text: 'complete nonsense', fuzzy: true, limit: 1 });
    expect(r).toHaveLength(1);
    expect(r[0]?.score).toBe(1);
  });
});

describe('chain', () => {
  it('the Guardian quote in article 000: Modern Tokyo Times ← The Guardian, then the speaker', () => {
    const chain = corpus.chain('mtt.a-guardian-putin-kim-pact');
    expect(chain.map((l) => (l.type === 'source' ? `source:${l.source.id}` : `actor:${l.actor.id}`))).toEqual([
      'source:mtt-kim-to-visit-china',
      'source:mtt.guardian-putin-kim-pact-report',
      'actor:the-guardian',
    ]);
    expect(formatChain(corpus, chain)).toBe('Modern Tokyo Times ← The Guardian');
    const attribution = corpus.attribution('mtt.a-guardian-putin-kim-pact');
    expect(corpus.chain(attribution as NonNullable<typeof attribution>)).toEqual(chain);
  });

  it('Kim Yo Jong through KCNA; Kishida through the parliament record', () => {
    expect(formatChain(corpus, corpus.chain('sincerity.a-kim-yo-jong-abductions-settled'))).toBe(
      'North Korea Urges Japanese Prime Minister for Summit Proposal, Calls for Sincerity in Bilateral Relations ← Korean Central News Agency ← Kim Yo Jong',
    );
    expect(formatChain(corpus, corpus.chain('sincerity.a-kishida-unaware'))).toBe(
      "North Korea Urges Japanese Prime Minister for Summit Proposal, Calls for Sincerity in Bilateral Relations ← Kishida's remarks in a session of the Japanese parliament on the North Korean announcement ← Fumio Kishida",
    );
  });

  it('Kishida through his spokesman: every link, with the attribution the spokesman reports it in', () => {
    const chain = corpus.chain('dn.a-kishida-any-time');
    expect(formatChain(corpus, chain)).toBe('Diário de Notícias ← Hirokazu Matsuno ← Fumio Kishida');
    expect(chain.map((l) => (l.type === 'source' ? l.source.id : l.actor.id))).toEqual([
      'dn-kishida-ready-to-meet-kim',
      'hirokazu-matsuno',
      'fumio-kishida',
    ]);
    expect(chain[1]?.type === 'actor' && chain[1].attribution?.id).toBe('dn.a-matsuno-kishida-determined');
  });

  it('an unknown id has no chain', () => {
    expect(corpus.chain('no-such-attribution')).toEqual([]);
  });
});

describe('whoSaid', () => {
  it('finds Matsuno from a misremembered phrase', () => {
    const [best] = corpus.whoSaid('ready to meet Kim at any time and without conditions');
    expect(best?.speaker.name).toBe('Hirokazu Matsuno');
    expect(best?.attribution.id).toBe('dn.a-matsuno-kishida-determined');
    expect(best?.score).toBeGreaterThan(0.6);
    expect(best?.score).toBeLessThan(1);
  });

  it('finds Moscow from a misspelt "complete nonsens"', () => {
    const found = corpus.whoSaid('complete nonsens');
    expect(speakers(found)).toEqual(['government-of-russia']);
  });

  it('finds Kishida from a paraphrase of his words on NATO', () => {
    const [best] = corpus.whoSaid('japan is determined to strenghten cooperation with nato');
    expect(best?.speaker.id).toBe('fumio-kishida');
  });

  it('finds nothing for words nobody said, and honours `limit`', () => {
    expect(corpus.whoSaid('the weather in Lisbon was mild')).toEqual([]);
    expect(corpus.whoSaid('Kim Jong Un', { limit: 2, minScore: 0 })).toHaveLength(2);
  });
});

describe('timeline', () => {
  it("Kishida's statements in date order, and his government's with includeAgents", () => {
    const own = corpus.timeline('Kishida');
    expect(speakers(own)).toEqual(['fumio-kishida']);
    expect(own.length).toBe(corpus.attributionsBySpeaker('fumio-kishida').length);
    expectSortedByDate(own);
    // his own words of 2023, as his spokesman relays them, open it
    expect(own[0]?.attribution.id).toBe('dn.a-kishida-any-time');
    expect(own[0]?.date).toBe('2023');
    expect(corpus.timeline('Kishida', { hand: 'first' }).map((r) => r.attribution.id)).not.toContain(
      'dn.a-kishida-any-time',
    );
    expect(own.at(-1)?.date).toBe('2024-07-08');
    const withAgents = corpus.timeline('Government of Japan', { includeAgents: true });
    expect(speakers(withAgents)).toEqual(['government-of-japan', 'hirokazu-matsuno']);
  });
});

describe('claimView', () => {
  it("Kishida's threat claim: one article, who asserts, denies and doubts it", () => {
    const view = corpus.claimView('axis.c-russia-threat-to-west');
    expect(view?.sources.map((s) => s.id)).toEqual(['kishida-warns-of-axis']);
    expect(view?.first?.attribution.id).toBe('axis.a-headline-kishida-warns-axis');
    expect(view?.stances.asserts.map((a) => a.id)).toEqual(['fumio-kishida']);
    expect(view?.stances.denies.map((a) => a.id)).toEqual(['government-of-russia']);
    expect(view?.stances.doubts.map((a) => a.id)).toEqual(['axis.article']);
    expect(view?.appearances.length).toBe(corpus.attributionsByClaim('axis.c-russia-threat-to-west').length);
  });

  it('the Guardian report appears first, then the article that quotes it', () => {
    const view = corpus.claimView('mtt.c-putin-kim-sign-pact');
    expect(view?.sources.map((s) => s.id)).toEqual(['mtt.guardian-putin-kim-pact-report', 'mtt-kim-to-visit-china']);
    expect(view?.first?.date).toBe('2024-06');
    expect(view?.stances.asserts.map((a) => a.id)).toEqual(['the-guardian']);
    expect(view?.stances.denies).toEqual([]);
  });

  it('an unknown claim has no view', () => {
    expect(corpus.claimView('no-such-claim')).toBeUndefined();
  });
});
