import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AlignSuggestion, alignClaims } from '../../src/align/align-claims.js';
import { actorNameIndex, type ClaimFeatures, claimFeatures } from '../../src/align/claim-features.js';
import { FLAG, packedScore, packFeatures } from '../../src/align/packed-features.js';
import { scorePair } from '../../src/align/score-pair.js';
import { newWordings, wordPair } from '../../src/align/word-reasons.js';
import { createCorpus } from '../../src/corpus/create-corpus.js';
import { sameAsGroups } from '../../src/corpus/same-as.js';
import type { Store } from '../../src/corpus/store.js';
import { compileVocabulary } from '../../src/model/compile-vocabulary.js';
import { predicates } from '../../src/model/predicates.js';
import { ACTORS, SOURCES } from '../contradict/build.js';

// Words chosen to meet: inflections and British/American spellings that stem alike, near spellings
// one edit apart ("Zelensky"/"Zelenskyy"), actor names the text may carry, and stopwords.
const WORDS = [
  'Kim Jong Un',
  'Ann Lee',
  'China',
  'visits',
  'visited',
  'hospitalised',
  'hospitalized',
  'hospital',
  'pneumonia',
  'summit',
  'summits',
  'sanctioned',
  'Pyongyang',
  'Pyeongyang',
  'Zelensky',
  'Zelenskyy',
  'meeting',
  'talks',
  'earthquake',
  'earthquakes',
  'toll',
  'killed',
  'the',
  'will',
  'not',
];
const PREDICATES = [
  'visits',
  'hosts',
  'meets',
  'holds-summit-with',
  'has-ties-with',
  'has-no-diplomatic-ties-with',
  'supports',
  'opposes',
  'occurs-on',
  'agrees-to',
  'rejects',
  'is-willing-to',
];
const WHENS = [
  '2025-03',
  '2025',
  '2025-03-10',
  { from: '2025-03-10' },
  { to: '2024' },
  { from: '2024', to: '2025-01' },
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 }).map((w) => w.join(' '));

const arbClaim = fc.record({
  text,
  subject: fc.oneof(
    fc.constantFrom('kim', 'ann', 'bob', 'china'),
    fc
      .constantFrom('the Port Mira earthquake', 'Port Mira earthquakes', 'the harbour fire')
      .map((literal) => ({ literal })),
  ),
  predicate: fc.constantFrom(...PREDICATES),
  object: fc.option(
    fc.oneof(
      fc.constantFrom('kim', 'ann', 'china', 'bob').map((id) => ({ type: 'actor', id })),
      text.map((value) => ({ type: 'text', value })),
      fc.constantFrom('2025-03-10', '2025-04').map((value) => ({ type: 'date', value })),
    ),
    { nil: undefined },
  ),
  when: fc.option(fc.constantFrom(...WHENS), { nil: undefined }),
  polarity: fc.constantFrom('affirmed', 'negated'),
  // Who says it where, and the words quoted for it (if any).
  sayings: fc.array(
    fc.record({
      source: fc.constantFrom('s1', 's2', 's3'),
      speaker: fc.constantFrom('ann', 'bob', 'cat'),
      quote: fc.option(text, { nil: undefined }),
    }),
    { maxLength: 2 },
  ),
  sameAsPrevious: fc.boolean(),
});

type Drawn = typeof arbClaim extends fc.Arbitrary<infer T> ? T : never;
// Drawn as plain records (a failure prints them short), made into a corpus inside the property.
const arbClaims = fc.array(arbClaim, { minLength: 2, maxLength: 14 });

// One crowded block: everyone talks about kim meeting or visiting, so families outgrow 8 neighbours.
const arbCrowd = fc.array(
  arbClaim.map((c) => ({ ...c, subject: 'kim' as const, predicate: c.predicate === 'visits' ? 'visits' : 'meets' })),
  { minLength: 10, maxLength: 30 },
);

function storeOf(drawn: readonly Drawn[]): Store {
  const claims = drawn.map(({ sayings: _, sameAsPrevious, ...c }, i) => ({
    id: `c${i}`,
    ...(c.object === undefined ? { ...c, object: undefined } : c),
    ...(sameAsPrevious && i > 0 ? { sameAs: [`c${i - 1}`] } : {}),
  }));
  const attributions = drawn.flatMap(({ sayings }, i) =>
    sayings.map((s, k) => ({
      id: `a${i}-${k}`,
      claim: `c${i}`,
      source: s.source,
      speaker: s.speaker,
      stance: 'asserts',
      factuality: 'certain',
      ...(s.quote === undefined ? { mode: 'summary' } : { mode: 'direct-quote', quotes: [{ text: s.quote }] }),
    })),
  );
  const { corpus, diagnostics } = createCorpus({ actors: ACTORS, sources: SOURCES, claims, attributions });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return corpus.store;
}

function featuresOf(store: Store): ClaimFeatures[] {
  const claims = [...store.claims.values()].map((e) => e.record);
  const context = {
    store,
    names: actorNameIndex(store),
    vocabulary: predicates,
    compiled: compileVocabulary(predicates),
    sameAs: sameAsGroups(claims),
  };
  return claims.map((claim) => claimFeatures(claim, context));
}

// alignClaims stated plainly, on strings and sets, with scorePair: blocks keyed by actor (or, for
// claims that name nobody, by stem); a crowded block split by predicate family, a crowded family
// compared among 8 neighbours by the smallest stem and by time, with a set of the pairs met; each
// pair scored in the first block its claims share.
function straightforward(store: Store, minScore: number, maxBlock: number): AlignSuggestion[] {
  const features = featuresOf(store);
  const compiled = compileVocabulary(predicates);
  const stemsOf = (f: ClaimFeatures) => [...f.stems].sort();
  const signature = (f: ClaimFeatures) => stemsOf(f)[0] ?? '';
  const whenOf = ({ claim: { when: w } }: ClaimFeatures) =>
    w === undefined ? '~' : typeof w === 'string' ? w : (w.from ?? w.to ?? '~');
  const firstShared = (a: readonly string[], b: readonly string[]) => [...a].sort().find((s) => b.includes(s));
  const pairs = (block: number[], limit: number): [number, number][] => {
    if (block.length <= limit) return block.flatMap((i, k) => block.slice(k + 1).map((j): [number, number] => [i, j]));
    const families = new Map<string, number[]>();
    for (const i of block) {
      const family = (features[i] as ClaimFeatures).family;
      families.set(family, [...(families.get(family) ?? []), i]);
    }
    return [...families.values()].flatMap((family) => {
      if (family.length <= limit) return pairs(family, Number.POSITIVE_INFINITY);
      const by = (key: (f: ClaimFeatures) => string) =>
        [...family].sort((x, y) => key(features[x] as ClaimFeatures).localeCompare(key(features[y] as ClaimFeatures)));
      return [by(signature), by(whenOf)].flatMap((order) =>
        order.flatMap((i, k) => order.slice(k + 1, k + 9).map((j): [number, number] => [i, j])),
      );
    });
  };
  const blocks = new Map<string, number[]>();
  for (const [i, f] of features.entries()) {
    if (f.sources.size === 0) continue;
    for (const key of f.actors.length > 0 ? f.actors.map((a) => `@${a}`) : [...f.stems].map((s) => `~${s}`))
      blocks.set(key, [...(blocks.get(key) ?? []), i]);
  }
  const out: AlignSuggestion[] = [];
  for (const [key, block] of blocks) {
    const met = new Set<string>();
    for (const [i, j] of pairs(block, maxBlock)) {
      const x = features[i] as ClaimFeatures;
      const y = features[j] as ClaimFeatures;
      const owner = key.startsWith('@')
        ? `@${firstShared(x.actors, y.actors)}`
        : `~${firstShared(stemsOf(x), stemsOf(y))}`;
      if (owner !== key || met.has(`${Math.min(i, j)} ${Math.max(i, j)}`)) continue;
      met.add(`${Math.min(i, j)} ${Math.max(i, j)}`);
      if (x.root === y.root) continue;
      if (x.sources.size === y.sources.size && [...x.sources].every((s) => y.sources.has(s))) continue;
      const scored = scorePair(x, y, compiled, minScore);
      if (!scored) continue;
      const [a, b] = x.claim.id < y.claim.id ? [x.claim.id, y.claim.id] : [y.claim.id, x.claim.id];
      out.push({ a, b, ...scored });
    }
  }
  return out.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}

describe('packedScore, the fast path of alignClaims', () => {
  it('gives every pair of claims the score, relation and reasons of scorePair', () => {
    fc.assert(
      fc.property(arbClaims, (drawn) => {
        const features = featuresOf(storeOf(drawn));
        const compiled = compileVocabulary(predicates);
        const { context, packed } = packFeatures(features, compiled);
        const wordings = newWordings();
        for (const [i, x] of features.entries())
          for (const [j, y] of features.entries()) {
            if (i === j) continue;
            const expected = scorePair(x, y, compiled) as NonNullable<ReturnType<typeof scorePair>>;
            const px = packed[i] as (typeof packed)[number];
            const py = packed[j] as (typeof packed)[number];
            const parts = packedScore(x, y, px, py, context);
            const relation = parts.flags & FLAG.conflict ? 'conflict' : 'same';
            expect({ score: parts.thousandths / 1000, relation }).toEqual({
              score: expected.score,
              relation: expected.relation,
            });
            expect(wordPair(x, y, px, py, { ...parts }, context, wordings)).toEqual(expected);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('makes alignClaims suggest exactly what its plain statement suggests, in the same order', () => {
    fc.assert(
      fc.property(
        arbClaims,
        fc.constantFrom(0, 0.3, 0.55),
        fc.constantFrom(2, 3, Number.POSITIVE_INFINITY),
        (drawn, minScore, maxBlock) => {
          const store = storeOf(drawn);
          expect(alignClaims(store, { minScore, maxBlock })).toEqual(straightforward(store, minScore, maxBlock));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('thins a crowded block as its plain statement does', () => {
    fc.assert(
      fc.property(arbCrowd, fc.constantFrom(2, 5), (drawn, maxBlock) => {
        const store = storeOf(drawn);
        expect(alignClaims(store, { minScore: 0, maxBlock })).toEqual(straightforward(store, 0, maxBlock));
      }),
      { numRuns: 100 },
    );
  });
});
