/**
 * Hand-made corpora for contradiction tests: three people, three outlets and three articles
 * published on consecutive days of 2025, so a case states only its claims and who says what.
 */
import { expect } from 'vitest';
import type { Corpus } from '../../src/corpus/corpus.js';
import { createCorpus } from '../../src/corpus/create-corpus.js';
import type { Contradiction } from '../../src/index.js';

type Loose = Record<string, unknown>;

export const ACTORS = [
  { id: 'ann', kind: 'person', name: 'Ann Lee' },
  { id: 'bob', kind: 'person', name: 'Bob Roe' },
  { id: 'cat', kind: 'person', name: 'Cat Poe' },
  { id: 'kim', kind: 'person', name: 'Kim Jong Un' },
  { id: 'china', kind: 'country', name: 'China' },
  { id: 'daily-a', kind: 'media', name: 'Daily A' },
  { id: 'daily-b', kind: 'media', name: 'Daily B' },
  { id: 'daily-c', kind: 'media', name: 'Daily C' },
];

export const SOURCES = [
  { id: 's1', kind: 'article', title: 'First story', publisher: 'daily-a', published: '2025-03-01' },
  { id: 's2', kind: 'article', title: 'Second story', publisher: 'daily-b', published: '2025-03-02' },
  { id: 's3', kind: 'article', title: 'Third story', publisher: 'daily-c', published: '2025-03-03' },
];

/** A claim with defaults: subject kim, predicate visits, object china. */
export const claim = (id: string, fields: Loose = {}): Loose => ({
  id,
  text: `Claim ${id}.`,
  subject: 'kim',
  predicate: 'visits',
  object: { type: 'actor', id: 'china' },
  ...fields,
});

let counter = 0;

/** An attribution with defaults: ann asserts it, certainly, in a summary in s1. */
export const says = (claimId: string, fields: Loose = {}): Loose => ({
  id: `a${++counter}`,
  claim: claimId,
  source: 's1',
  speaker: 'ann',
  mode: 'summary',
  stance: 'asserts',
  factuality: 'certain',
  ...fields,
});

/** Builds the corpus and fails the test if any record was rejected. */
export function corpusOf(claims: readonly Loose[], attributions: readonly Loose[], sources = SOURCES): Corpus {
  const { corpus, diagnostics } = createCorpus({ actors: ACTORS, sources, claims, attributions });
  expect(diagnostics).toEqual([]);
  return corpus;
}

/** A contradiction in short: kind, strength, and the two sides' speaker and claim. */
export const brief = (c: Contradiction) => ({
  kind: c.kind,
  strength: c.strength,
  a: `${c.a.speaker.id}:${c.a.claim.id}`,
  b: `${c.b.speaker.id}:${c.b.claim.id}`,
});
