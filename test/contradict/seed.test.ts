import { beforeAll, describe, expect, it } from 'vitest';
import { propositionKey } from '../../src/contradict/proposition-key.js';
import { impliedPrevious, spansOverlap } from '../../src/contradict/temporal.js';
import { type Contradiction, type Corpus, loadCorpus, predicates } from '../../src/index.js';
import { brief } from './build.js';

let corpus: Corpus;
let found: Contradiction[];
beforeAll(async () => {
  corpus = await loadCorpus();
  found = corpus.contradictions();
});

const involving = (claimId: string) => found.filter((c) => c.a.claim.id === claimId || c.b.claim.id === claimId);

describe('the disagreements in the five articles', () => {
  it('are found, each once, and nothing else is', () => {
    expect(found.map(brief)).toEqual([
      {
        kind: 'stance',
        strength: 'weak',
        a: 'kim-yo-jong:sincerity.c-abduction-issue-settled',
        b: 'japan:sincerity.c-abduction-issue-settled',
      },
      {
        kind: 'stance',
        strength: 'weak',
        a: 'kim-yo-jong:sincerity.c-abduction-issue-settled',
        b: 'sincerity.article:sincerity.c-abduction-issue-settled',
      },
      {
        kind: 'stance',
        strength: 'weak',
        a: 'nato:axis.c-russia-could-target-nato',
        b: 'government-of-russia:axis.c-russia-could-target-nato',
      },
      {
        kind: 'stance',
        strength: 'weak',
        a: 'axis.article:axis.c-china-dual-use-goods-to-russia',
        b: 'china:axis.c-china-dual-use-goods-to-russia',
      },
      {
        kind: 'stance',
        strength: 'strong',
        a: 'western-governments:axis.c-china-dual-use-goods-to-russia',
        b: 'china:axis.c-china-dual-use-goods-to-russia',
      },
      // weak since the review: which claim Moscow calls "complete nonsense" is not certain
      {
        kind: 'stance',
        strength: 'weak',
        a: 'fumio-kishida:axis.c-russia-threat-to-west',
        b: 'government-of-russia:axis.c-russia-threat-to-west',
      },
      {
        kind: 'stance',
        strength: 'weak',
        a: 'fumio-kishida:axis.c-russia-threat-to-west',
        b: 'axis.article:axis.c-russia-threat-to-west',
      },
      // the hope of a first summit is North Korea's (Kim Yo Jong's statement), not the article's
      {
        kind: 'temporal',
        strength: 'weak',
        a: 'kim-yo-jong:sincerity.c-japan-north-korea-summit-proposed',
        b: 'sincerity.article:sincerity.c-2002-summit',
      },
      // the public record the article leaves out: North Korea's account of the abductees
      {
        kind: 'explicit',
        strength: 'strong',
        a: 'north-korea:sincerity.c-eight-abductees-died',
        b: 'sincerity.article:sincerity.c-fate-of-abductees-unknown',
      },
      {
        kind: 'explicit',
        strength: 'strong',
        a: 'vladimir-putin:axis.c-russia-china-not-against-anyone',
        b: 'fumio-kishida:axis.c-russia-threat-to-west',
      },
      {
        kind: 'explicit',
        strength: 'strong',
        a: 'modern-tokyo-times:mtt.c-nato-states-absent',
        b: 'modern-tokyo-times:mtt.c-bulgaria-attends-parade',
      },
      {
        kind: 'explicit',
        strength: 'strong',
        a: 'modern-tokyo-times:mtt.c-nato-states-absent',
        b: 'modern-tokyo-times:mtt.c-fico-attends-parade',
      },
      {
        kind: 'explicit',
        strength: 'strong',
        a: 'modern-tokyo-times:mtt.c-nato-states-absent',
        b: 'modern-tokyo-times:mtt.c-hungary-attends-parade',
      },
    ]);
  });

  it('Kishida warns of the threat; Moscow calls it "complete nonsense": stance, weak (the referent is uncertain)', () => {
    const [c] = found.filter((x) => x.a.speaker.id === 'fumio-kishida' && x.b.speaker.id === 'government-of-russia');
    expect(c).toMatchObject({ kind: 'stance', strength: 'weak' });
    expect(c?.a.attribution.id).toBe('axis.a-headline-kishida-warns-axis');
    expect(c?.b.attribution.id).toBe('axis.a-moscow-nonsense-threat');
    expect(c?.a.source.id).toBe('kishida-warns-of-axis');
    expect(c?.explanation).toBe(
      "Fumio Kishida (in Japan's Kishida Warns of Russia-North Korea-China Axis, See…, 2024-07-08) asserts that Russia, through its growing ties with North Korea and China, is a threat to the West and its allies and to the established international order. Government of Russia (in Japan's Kishida Warns of Russia-North Korea-China Axis, See…, 2024-07) denies it (“complete nonsense”).",
    );
  });

  it('Western leaders accuse China over dual-use goods; China denies it: stance, strong', () => {
    const c = found.find((x) => x.a.speaker.id === 'western-governments');
    expect(c).toMatchObject({ kind: 'stance', strength: 'strong' });
    expect(c?.b.speaker.id).toBe('china');
    expect(c?.explanation).toContain('Western governments');
    expect(c?.explanation).toContain('China (in');
  });

  it('Kim Yo Jong says the abduction issue is settled; Japan denies it: stance, weak (Japan "suspects")', () => {
    const c = found.find((x) => x.a.speaker.id === 'kim-yo-jong' && x.b.speaker.id === 'japan');
    expect(c).toMatchObject({ kind: 'stance', strength: 'weak' });
    expect(c?.b.attribution.factuality).toBe('probable');
    // the article has no publisher: it is named by its title
    expect(c?.a.chain.map((l) => (l.type === 'actor' ? l.actor.id : (l.source.publisher ?? l.source.id)))).toEqual([
      'nk-urges-japan-sincerity',
      'kcna',
      'kim-yo-jong',
    ]);
  });

  it('"first summit in nearly 20 years" against the 2002 summit: temporal, weak, with its arithmetic', () => {
    const [c, ...rest] = found.filter((x) => x.kind === 'temporal');
    expect(rest).toEqual([]);
    expect(c?.strength).toBe('weak');
    expect(c?.a.attribution.id).toBe('sincerity.a-first-summit-in-20-years');
    expect(c?.b.attribution.id).toBe('sincerity.a-2002-summit');
    expect(c?.arithmetic).toBe(
      'The first in nearly 20 years puts the previous one in 2004-03 to 2008-03; 2024-03 − 2002-09 ≈ 21.5 years.',
    );
    expect(c?.explanation).toContain('Unless a later one went unrecorded, the figure is wrong.');
  });

  it('the explicit ones: Putin against Kishida, and the NATO states that both stay away and attend', () => {
    const explicit = found.filter((x) => x.kind === 'explicit');
    expect(explicit.map((x) => x.b.claim.id)).toEqual([
      'sincerity.c-fate-of-abductees-unknown',
      'axis.c-russia-threat-to-west',
      'mtt.c-bulgaria-attends-parade',
      'mtt.c-fico-attends-parade',
      'mtt.c-hungary-attends-parade',
    ]);
    expect(explicit[2]?.note).toMatch(/^Stands for "representatives from NATO member states/);
  });

  it('strongOnly keeps the six strong ones; kinds narrows', () => {
    expect(corpus.contradictions({ strongOnly: true }).map((c) => [c.kind, c.a.speaker.id, c.b.speaker.id])).toEqual([
      ['stance', 'western-governments', 'china'],
      ['explicit', 'north-korea', 'sincerity.article'],
      ['explicit', 'vladimir-putin', 'fumio-kishida'],
      ['explicit', 'modern-tokyo-times', 'modern-tokyo-times'],
      ['explicit', 'modern-tokyo-times', 'modern-tokyo-times'],
      ['explicit', 'modern-tokyo-times', 'modern-tokyo-times'],
    ]);
    expect(corpus.contradictions({ kinds: ['temporal'] })).toHaveLength(1);
    expect(corpus.contradictions({ kinds: ['value', 'polarity'] })).toEqual([]);
  });
});

describe('claims that merely repeat each other are not reported', () => {
  it('"kim-jong-un visits china": "first visit in six years" and "first trip since 2019" agree', () => {
    const six = corpus.claim('mtt.c-kim-first-china-visit-in-six-years');
    const since = corpus.claim('mtt.c-kim-first-china-trip-since-2019');
    if (!six?.first || !since?.first || !six.when || !since.when) throw new Error('seed claims changed');
    expect(propositionKey(six, predicates)).toBe(propositionKey(since, predicates));
    // The arithmetic: six years before September 2025 reaches back to 2019, which "since 2019" names.
    expect(spansOverlap(impliedPrevious(six.first, six.when), impliedPrevious(since.first, since.when))).toBe(true);
    for (const id of ['mtt.c-kim-visits-china', six.id, since.id]) expect(involving(id)).toEqual([]);
  });

  it('no proposition that every source affirms is reported, however many repeat it', () => {
    const groups = new Map<string, { claims: Set<string>; sources: Set<string>; allAffirm: boolean }>();
    for (const a of corpus.attributions) {
      const claim = corpus.claim(a.claim);
      if (!claim) continue;
      const key = propositionKey(claim, predicates);
      const group = groups.get(key) ?? { claims: new Set(), sources: new Set(), allAffirm: true };
      group.claims.add(claim.id);
      group.sources.add(a.source);
      if (a.stance === 'denies' || a.stance === 'doubts' || claim.polarity === 'negated' || claim.first)
        group.allAffirm = false;
      groups.set(key, group);
    }
    const repeated = [...groups.values()].filter((g) => g.allAffirm && g.sources.size > 1);
    // Kim meets Putin (AP, DN, the G7 article), North Korea supplies Russia with weapons (DN, G7),
    // Russia invades Ukraine (002, 004), China's ties with Russia (002, 004), and more.
    expect(repeated.length).toBeGreaterThanOrEqual(8);
    const claims = repeated.flatMap((g) => [...g.claims]);
    expect(claims).toEqual(
      expect.arrayContaining([
        'dn.c-kim-meets-putin',
        'mtt.c-kim-meets-putin',
        'g7.c-kim-meets-putin-vostochny-2023-09',
        'g7.c-nk-supplies-weapons-to-russia',
        'dn.c-nk-began-supplying-weapons-to-russia',
        'axis.c-russia-invades-ukraine',
        'g7.c-russia-invades-ukraine',
      ]),
    );
    for (const id of claims) expect(involving(id), id).toEqual([]);
  });

  it('"first since 2000" for Putin\'s 2024 visit against his recorded 2000 visit agrees', () => {
    expect(involving('g7.c-putin-visits-nk-2024')).toEqual([]);
    expect(involving('g7.c-putin-visits-nk-2000-07')).toEqual([]);
  });

  it('the two readings of one "complete nonsense" count once against each claim', () => {
    const moscow = found.filter((x) => x.b.speaker.id === 'government-of-russia');
    expect(moscow.map((x) => x.b.attribution.id)).toEqual([
      'axis.a-moscow-nonsense-nato',
      'axis.a-moscow-nonsense-threat',
    ]);
  });
});
