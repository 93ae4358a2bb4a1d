import { beforeAll, describe, expect, it } from 'vitest';
import { type Attribution, type Claim, type Corpus, loadCorpus } from '../../src/index.js';
import { normalizeName } from '../../src/internal/normalize-name.js';
import { ARTICLES, actorOf, keyOf, quotesOf } from './seed-articles.js';

// What the review of the five annotation files made consistent across articles: stances and
// hedges, denials set against the claim another speaker asserts, one key per proposition, one
// actor per actor, offices that exist.

/**
 * Propositions that more than one article carries, with the articles (by id prefix). Reviewed by
 * hand: each is one proposition worded differently, so it must keep one key for the contradiction
 * checks to compare the articles. Symmetric predicates list the lesser id first.
 */
const SHARED_PROPOSITIONS = {
  'china has-ties-with north-korea': ['g7', 'mtt'], // "traditional friendship" (Hong Lei); "friendly ties"
  'china has-ties-with russia': ['axis', 'g7'], // "Russia's growing ties with ... China"; "friendly ties"
  'kim-jong-il holds-office "leader of North Korea"': ['g7', 'mtt'],
  'kim-jong-un meets vladimir-putin': ['dn', 'g7', 'mtt'],
  'kim-jong-un visits russia': ['dn', 'g7'],
  'north-korea cooperates-militarily-with russia': ['axis', 'g7'],
  'north-korea has-ties-with russia': ['axis', 'g7', 'mtt'], // "growing ties"; "win-win relations"; "alignment"
  'north-korea supplies-weapons-to russia': ['dn', 'g7'],
  'north-korea supports russia': ['g7', 'mtt'],
  'russia invades ukraine': ['axis', 'g7'], // "military operation launched in February 2022"; "invasion"
  'russia supplies-technology-to north-korea': ['dn', 'g7'], // "exchange of arms and technology"; "military technologies"
};

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

describe('stances', () => {
  it('follow the wording: a hedge is never certain, and a source asserts in its own voice only what it states plainly', () => {
    const hedgedButCertain = corpus.attributions
      .filter((a) => a.stance === 'hedges' && a.factuality === 'certain')
      .map((a) => a.id);
    const ownVoiceUnhedged = corpus.attributions
      .filter((a) => a.mode === 'own-voice' && a.stance === 'asserts' && a.factuality !== 'certain')
      .map((a) => a.id);
    expect(hedgedButCertain).toEqual([]);
    expect(ownVoiceUnhedged).toEqual([]);
    // the one assertion whose hedge is the reporter's, not the speaker's: "he reportedly stated"
    expect(
      corpus.attributions.filter((a) => a.stance === 'asserts' && a.factuality !== 'certain').map((a) => [a.id, a.cue]),
    ).toEqual([['sincerity.a-kishida-unaware', 'reportedly stated']]);
  });

  it('set factuality from the hedges in the text', () => {
    const factuality = (id: string) => corpus.attribution(id)?.factuality;
    expect(factuality('mtt.a-north-korea-kursk-reportedly')).toBe('probable'); // "reportedly assisting"
    expect(factuality('dn.a-apparent-arms-technology-agreement')).toBe('probable'); // "apparently reached"
    expect(factuality('dn.a-russia-10m-projectiles-said')).toBe('probable'); // "is said to have spent"
    expect(factuality('g7.a-own-military-cooperation-advancing')).toBe('probable'); // "is believed to be advancing"
    expect(factuality('sincerity.a-nk-may-aim-divisions')).toBe('possible'); // "may aim"
    expect(factuality('g7.a-kamoshita-evasive-missiles')).toBe('possible'); // "This data could contribute"
    expect(factuality('axis.a-kishida-determined-nato')).toBe('certain');
  });

  it('record every denial and doubt against the claim that another speaker asserts', () => {
    const positive = (a: Attribution) => a.stance === 'asserts' || a.stance === 'hedges';
    const rows = corpus.attributions
      .filter((a) => !positive(a))
      .map((a) => ({
        claim: a.claim,
        [a.stance]: a.speaker,
        cue: a.cue,
        assertedBy: [
          ...new Set(
            corpus
              .attributionsByClaim(a.claim)
              .filter(positive)
              .map((b) => b.speaker),
          ),
        ].sort(),
      }));
    expect(rows).toEqual([
      {
        claim: 'axis.c-russia-threat-to-west',
        doubts: 'axis.article',
        cue: 'alleged',
        assertedBy: ['fumio-kishida'],
      },
      {
        claim: 'axis.c-china-dual-use-goods-to-russia',
        denies: 'china',
        cue: 'denies',
        // the China reading is the article's; Kishida names no country
        assertedBy: ['axis.article', 'western-governments'],
      },
      {
        claim: 'axis.c-russia-could-target-nato',
        denies: 'government-of-russia',
        cue: 'dismissed',
        assertedBy: ['nato'],
      },
      {
        claim: 'axis.c-russia-threat-to-west',
        denies: 'government-of-russia',
        cue: 'dismissed',
        assertedBy: ['fumio-kishida'],
      },
      {
        claim: 'sincerity.c-abduction-issue-settled',
        doubts: 'sincerity.article',
        cue: 'claims',
        assertedBy: ['kim-yo-jong'],
      },
      { claim: 'sincerity.c-abduction-issue-settled', denies: 'japan', cue: 'suspects', assertedBy: ['kim-yo-jong'] },
    ]);
    for (const id of ['axis.a-moscow-nonsense-nato', 'axis.a-moscow-nonsense-threat']) {
      expect(quotesOf(corpus.attribution(id) as Attribution).map((q) => q.text)).toEqual(['complete nonsense']);
    }
  });
});

describe('propositions across articles', () => {
  it('get one key however each article words them', () => {
    const articlesOf = new Map<string, Set<string>>();
    for (const a of corpus.attributions) {
      const article = ARTICLES.find(({ id }) => id === a.source);
      if (!article) continue;
      const key = keyOf(corpus.claim(a.claim) as Claim);
      articlesOf.set(key, (articlesOf.get(key) ?? new Set()).add(article.prefix));
    }
    const shared = Object.fromEntries(
      [...articlesOf]
        .filter(([, sources]) => sources.size > 1)
        .map(([key, sources]) => [key, [...sources].sort()])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    expect(shared).toEqual(SHARED_PROPOSITIONS);
  });

  it('say the same thing under the same key: no two article claims pair the same actors under predicates of one family', () => {
    // Ties, relations and alignment are one predicate, has-ties-with; cooperation in general is cooperates-with.
    const families = [['has-ties-with', 'cooperates-with', 'is-ally-of']];
    const seen = new Map<string, Set<string>>();
    for (const claim of corpus.claims) {
      const family = families.find((f) => f.includes(claim.predicate));
      if (!family || typeof claim.subject !== 'string' || claim.object?.type !== 'actor') continue;
      const pair = [claim.subject, claim.object.id].sort().join(' ~ ');
      seen.set(pair, (seen.get(pair) ?? new Set()).add(claim.predicate));
    }
    const mixed = [...seen].filter(([, p]) => p.size > 1).map(([pair, p]) => `${pair}: ${[...p].sort().join(', ')}`);
    expect(mixed).toEqual(['china ~ north-korea: has-ties-with, is-ally-of']);
  });
});

describe('actors', () => {
  it('exist once: no two actors share a name or alias, but the unnamed experts of two articles', () => {
    const byName = new Map<string, string[]>();
    for (const actor of corpus.actors) {
      for (const name of new Set([actor.name, ...actor.aliases].map(normalizeName))) {
        byName.set(name, [...(byName.get(name) ?? []), actor.id]);
      }
    }
    expect([...byName].filter(([, ids]) => ids.length > 1)).toEqual([['experts', ['sincerity.experts', 'g7.experts']]]);
  });

  it('are given only offices they have a role for', () => {
    const unknown = corpus.attributions.flatMap((a) =>
      a.roles
        .filter((r) => {
          const titles = (actorOf(corpus, r.actor)?.roles ?? [])
            .flatMap((role) => [role.title, ...role.aliases])
            .map(normalizeName);
          return !titles.includes(normalizeName(r.title));
        })
        .map((r) => `${a.id}: ${r.actor} "${r.title}"`),
    );
    expect(unknown).toEqual([]);
    expect(corpus.attributions.flatMap((a) => a.roles)).toHaveLength(54);
  });

  it('include the shared collectives once, used by the articles that speak of them', () => {
    expect(corpus.actor('Western leaders')?.id).toBe('western-governments');
    expect(corpus.actor('the West')?.id).toBe('axis.the-west');
    const speakersAndSubjects = new Set([
      ...corpus.attributions.map((a) => a.speaker),
      ...corpus.claims.map((c) => (typeof c.subject === 'string' ? c.subject : '')),
    ]);
    for (const id of ['western-governments', 'axis.article', 'sincerity.article', 'g7.article']) {
      expect(speakersAndSubjects.has(id), id).toBe(true);
    }
  });
});
