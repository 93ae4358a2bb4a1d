import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameAsGroups } from '../../src/corpus/same-as.js';
import type { Claim } from '../../src/model/claim.js';
import { brief, claim, corpusOf, says } from './build.js';

const hospital = claim('in-hospital', {
  text: 'Ann Lee is in hospital with pneumonia.',
  subject: 'ann',
  predicate: 'is-hospitalised',
  object: { type: 'text', value: 'pneumonia' },
});
const hospitalised = (fields = {}) =>
  claim('hospitalised', {
    text: 'Ann Lee was hospitalised with pneumonia.',
    subject: 'ann',
    predicate: 'has-medical-condition',
    object: { type: 'text', value: 'pneumonia, treated in hospital' },
    ...fields,
  });

describe('sameAs', () => {
  it('joins two wordings, so a denial of one conflicts with an assertion of the other', () => {
    const statements = [says('in-hospital'), says('hospitalised', { speaker: 'bob', source: 's2', stance: 'denies' })];
    expect(corpusOf([hospital, hospitalised()], statements).contradictions()).toEqual([]);
    const linked = corpusOf([hospital, hospitalised({ sameAs: ['in-hospital'] })], statements);
    const found = linked.contradictions();
    expect(found.map(brief)).toEqual([
      { kind: 'stance', strength: 'strong', a: 'ann:in-hospital', b: 'bob:hospitalised' },
    ]);
    expect(found[0]?.explanation).toMatch(/records the two claims as the same proposition \(sameAs\)\.$/);
  });

  it('claimView and quotes by claim treat the group as one, from either member', () => {
    const corpus = corpusOf(
      [hospital, hospitalised({ sameAs: ['in-hospital'] })],
      [says('in-hospital'), says('hospitalised', { speaker: 'bob', source: 's2' })],
    );
    for (const id of ['in-hospital', 'hospitalised']) {
      const view = corpus.claimView(id);
      expect(view?.claim.id).toBe(id);
      expect(view?.claims.map((c) => c.id)).toEqual(['hospitalised', 'in-hospital']);
      expect(view?.sources.map((s) => s.id)).toEqual(['s1', 's2']);
      expect(view?.stances.asserts.map((a) => a.id)).toEqual(['ann', 'bob']);
      expect(corpus.quotes({ claim: id }).map((q) => q.claim.id)).toEqual(['in-hospital', 'hospitalised']);
    }
    expect(corpus.quotes({ claim: 'hospitalised', speaker: 'bob' }).map((q) => q.speaker.id)).toEqual(['bob']);
  });
});

describe('sameAsGroups', () => {
  const bare = (id: string, sameAs: string[]) => ({ id, sameAs }) as unknown as Claim;

  it('reads links as mutual and transitive', () => {
    const groups = sameAsGroups([bare('a', ['b']), bare('c', ['b']), bare('d', [])]);
    expect(groups.members('c')).toEqual(['a', 'b', 'c']);
    expect(groups.root('b')).toBe('a');
    expect(groups.members('d')).toEqual(['d']);
    expect([...groups.groups.keys()]).toEqual(['a']);
  });

  it('gives every claim linked through any path the same group, whatever the order of links', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { maxLength: 15 }),
        (links) => {
          const claims = Array.from({ length: 10 }, (_, i) =>
            bare(
              `c${i}`,
              links.filter(([from]) => from === i).map(([, to]) => `c${to}`),
            ),
          );
          const groups = sameAsGroups(claims);
          // reachability over undirected links, by brute force
          for (const [from, to] of links) expect(groups.root(`c${from}`)).toBe(groups.root(`c${to}`));
          for (let i = 0; i < 10; i++) {
            const members = groups.members(`c${i}`);
            expect(members).toContain(`c${i}`);
            for (const m of members) expect(groups.root(m)).toBe(groups.root(`c${i}`));
          }
        },
      ),
    );
  });
});
