import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmbiguousReferenceError, type Corpus, loadCorpus, loadCorpusSync } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

const seed = loadCorpusSync();

/** Spellings a text might use for a name: other case, no accents, spaces for hyphens. */
function variants(name: string): string[] {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  return [name, name.toUpperCase(), name.toLowerCase(), plain, name.replace(/-/g, ' '), `  ${name}  `];
}

describe('resolving actors by id, name and alias in the seed corpus', () => {
  it.each([
    ['kim-jong-un', 'kim-jong-un'],
    ['Kim Jong Un', 'kim-jong-un'],
    ['Kim Jong-un', 'kim-jong-un'],
    ['KIM JONG UN', 'kim-jong-un'],
    ['kim  jong-un', 'kim-jong-un'],
    ['Kirilo Budanov', 'kyrylo-budanov'],
    ['Kirilo Budánov', 'kyrylo-budanov'],
    ['kyrylo budanov', 'kyrylo-budanov'],
    ['Matsuno', 'hirokazu-matsuno'],
    ['Moscow', 'government-of-russia'],
    ['KREMLIN', 'government-of-russia'],
    ["Democratic People's Republic of Korea", 'north-korea'],
    ['Democratic People’s Republic of Korea', 'north-korea'],
    ['Democratic Peoples Republic of Korea', 'north-korea'],
    ['Agencia Lusa', 'lusa'],
    ['U.N.', 'united-nations'],
  ])('%s is %s', (reference, id) => {
    expect(seed.actor(reference)?.id).toBe(id);
    expect(seed.resolveActor(reference)).toMatchObject({ status: 'found', value: { id } });
  });

  it('finds every actor by its name and each alias, in any case and without accents', () => {
    const owners = new Map<string, Set<string>>();
    const key = (name: string) =>
      name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[’'`´]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    for (const a of seed.actors)
      for (const n of [a.id, a.name, ...a.aliases]) owners.set(key(n), new Set([...(owners.get(key(n)) ?? []), a.id]));
    let checked = 0;
    for (const actor of seed.actors) {
      for (const name of [actor.name, ...actor.aliases]) {
        for (const spelling of variants(name)) {
          const shared = (owners.get(key(name))?.size ?? 0) > 1;
          const result = seed.resolveActor(spelling);
          if (shared) {
            expect(result.status, spelling).toBe('ambiguous');
            expect(result.status === 'ambiguous' && result.candidates.map((c) => c.id)).toContain(actor.id);
          } else {
            expect(result, spelling).toMatchObject({ status: 'found', value: { id: actor.id } });
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('gives undefined for a name nobody has, and suggests the likely one', () => {
    expect(seed.actor('Nobody Known')).toBeUndefined();
    expect(seed.resolveActor('Kishda')).toEqual({ status: 'missing', suggestion: 'fumio-kishida' });
    expect(seed.resolveActor('vladimir-putn')).toEqual({ status: 'missing', suggestion: 'vladimir-putin' });
    expect(seed.resolveActor('zzzzzzzz')).toEqual({ status: 'missing' });
  });

  it('never throws from resolveActor or resolveSource, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('', ' ', '-', 'Kim', 'the West', '\u0301'),
        ),
        (s) => {
          const a = seed.resolveActor(s);
          const b = seed.resolveSource(s);
          return (
            ['found', 'ambiguous', 'missing'].includes(a.status) && ['found', 'ambiguous', 'missing'].includes(b.status)
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('throws nothing but AmbiguousReferenceError from actor()', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        try {
          seed.actor(s);
        } catch (error) {
          return error instanceof AmbiguousReferenceError;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolving sources and claims in the seed corpus', () => {
  it('finds a source by id or title, ignoring case and punctuation', () => {
    const title = 'The Japanese Prime Minister is ready to meet with the North Korean leader';
    expect(seed.source('dn-kishida-ready-to-meet-kim')?.title).toBe(title);
    expect(seed.source(title)?.id).toBe('dn-kishida-ready-to-meet-kim');
    expect(seed.source(title.toUpperCase().replace(/ /g, '  '))?.id).toBe('dn-kishida-ready-to-meet-kim');
    expect(seed.source('No such article')).toBeUndefined();
  });

  it('finds a claim by its id only', () => {
    expect(seed.claim('dn.c-kishida-willing-to-meet-kim')?.subject).toBe('fumio-kishida');
    expect(seed.claim('Fumio Kishida is willing to meet Kim Jong Un without preconditions.')).toBeUndefined();
    expect(seed.claim('nope')).toBeUndefined();
  });
});

async function sharedAliasCorpus(): Promise<Corpus> {
  return loadCorpus(
    tempCorpus({
      'actors.yaml': `actors:
  - { id: kim-jong-un, kind: person, name: Kim Jong Un, aliases: [Kim, Kim Jong-un] }
  - { id: kim-yo-jong, kind: person, name: Kim Yo Jong, aliases: [Kim] }
  - { id: moon, kind: person, name: Moon Jae-in }
  - { id: moon-landing-group, kind: group, name: Moon Landing Group, aliases: [Moon] }
sources:
  - { id: s1, kind: article, title: Kim speaks }
  - { id: s2, kind: wire, title: "Kim speaks!" }
claims:
  - { id: c, text: T, subject: kim-jong-un, predicate: warns }
attributions:
  - { id: a1, claim: c, source: s1, speaker: kim-jong-un, mode: summary }
  - { id: a2, claim: c, source: s2, speaker: kim-yo-jong, mode: summary }
`,
    }),
  );
}

describe('ambiguous names', () => {
  it('throw AmbiguousReferenceError listing every candidate', async () => {
    const corpus = await sharedAliasCorpus();
    expect(corpus.diagnostics).toEqual([]);
    for (const spelling of ['Kim', 'KIM', 'kím', ' kim ']) {
      let thrown: unknown;
      try {
        corpus.actor(spelling);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, spelling).toBeInstanceOf(AmbiguousReferenceError);
      const error = thrown as AmbiguousReferenceError;
      expect(error.name).toBe('AmbiguousReferenceError');
      expect(error.type).toBe('actor');
      expect(error.reference).toBe(spelling);
      expect(error.candidates).toEqual([
        { id: 'kim-jong-un', name: 'Kim Jong Un' },
        { id: 'kim-yo-jong', name: 'Kim Yo Jong' },
      ]);
      expect(error.message).toBe(
        `"${spelling}" could be any of 2 actors: Kim Jong Un (kim-jong-un), Kim Yo Jong (kim-yo-jong). Use an id to say which.`,
      );
    }
  });

  it('come back as data from resolveActor', async () => {
    const corpus = await sharedAliasCorpus();
    const result = corpus.resolveActor('Kim');
    expect(result.status).toBe('ambiguous');
    expect(result.status === 'ambiguous' && result.candidates.map((c) => c.id)).toEqual(['kim-jong-un', 'kim-yo-jong']);
  });

  it('do not stop an id or a unique name from resolving', async () => {
    const corpus = await sharedAliasCorpus();
    expect(corpus.actor('kim-yo-jong')?.name).toBe('Kim Yo Jong');
    expect(corpus.actor('Kim Jong-un')?.id).toBe('kim-jong-un');
    expect(corpus.actor('moon')?.name).toBe('Moon Jae-in');
    expect(() => corpus.actor('MOON')).toThrow(AmbiguousReferenceError);
  });

  it('in source titles are ambiguous too', async () => {
    const corpus = await sharedAliasCorpus();
    expect(() => corpus.source('kim speaks')).toThrow(
      /could be any of 2 sources: Kim speaks \(s1\), Kim speaks! \(s2\)/,
    );
    expect(corpus.source('s2')?.kind).toBe('wire');
  });

  it('make the reverse indices by name throw as well', async () => {
    const corpus = await sharedAliasCorpus();
    expect(() => corpus.attributionsBySpeaker('Kim')).toThrow(AmbiguousReferenceError);
    expect(corpus.attributionsBySpeaker('Kim Yo Jong').map((a) => a.id)).toEqual(['a2']);
  });
});

describe('reverse indices on the seed corpus', () => {
  it('list Matsuno\u2019s attributions by name, alias or id', () => {
    const ids = ['dn.a-matsuno-kishida-determined', 'dn.a-matsuno-high-level-talks'];
    expect(seed.attributionsBySpeaker('hirokazu-matsuno').map((a) => a.id)).toEqual(ids);
    expect(seed.attributionsBySpeaker('Matsuno').map((a) => a.id)).toEqual(ids);
    expect(seed.attributionsBySpeaker('hirokazu matsuno').map((a) => a.id)).toEqual(ids);
  });

  it('list the attributions of a claim, across speakers', () => {
    expect(seed.attributionsByClaim('dn.c-kishida-willing-to-meet-kim').map((a) => [a.id, a.speaker, a.mode])).toEqual([
      ['dn.a-headline-kishida-ready', 'diario-de-noticias', 'own-voice'],
      ['dn.a-japan-kishida-willing', 'japan', 'indirect'],
      ['dn.a-matsuno-kishida-determined', 'hirokazu-matsuno', 'direct-quote'],
      ['dn.a-kishida-any-time', 'fumio-kishida', 'direct-quote'],
    ]);
  });

  it('agree with a plain scan of the attributions, in load order', () => {
    for (const actor of seed.actors) {
      expect(seed.attributionsBySpeaker(actor.id)).toEqual(seed.attributions.filter((a) => a.speaker === actor.id));
    }
    for (const source of seed.sources) {
      expect(seed.attributionsBySource(source.id)).toEqual(seed.attributions.filter((a) => a.source === source.id));
    }
    for (const claim of seed.claims) {
      expect(seed.attributionsByClaim(claim.id)).toEqual(seed.attributions.filter((a) => a.claim === claim.id));
    }
  });

  it('partition the attributions by source', () => {
    const total = seed.sources.reduce((n, s) => n + seed.attributionsBySource(s.id).length, 0);
    expect(total).toBe(seed.attributions.length);
    expect(
      seed.attributionsBySource('The Japanese Prime Minister is ready to meet with the North Korean leader'),
    ).toEqual(seed.attributionsBySource('dn-kishida-ready-to-meet-kim'));
  });

  it('are empty for unknown references, and copies the caller may change', () => {
    expect(seed.attributionsBySpeaker('Nobody Known')).toEqual([]);
    expect(seed.attributionsBySource('no-such-source')).toEqual([]);
    expect(seed.attributionsByClaim('no-such-claim')).toEqual([]);
    const list = seed.attributionsBySpeaker('Matsuno');
    list.pop();
    expect(seed.attributionsBySpeaker('Matsuno')).toHaveLength(2);
  });
});
