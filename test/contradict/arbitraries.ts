/**
 * fast-check arbitraries for small, valid corpora: a handful of people, outlets, articles, claims
 * and attributions, drawn so that claims often share a proposition (few subjects, predicates and
 * objects) and so collide as much as a real corpus would, or more.
 *
 * A "peaceful" corpus holds nothing that can conflict: no denials or doubts, no negated claims, no
 * `contradicts`, no `first` and no single-valued predicates.
 */
import fc from 'fast-check';

type Loose = Record<string, unknown>;

export const PEOPLE = ['ann', 'bob', 'cat', 'dan'] as const;
export const OUTLETS = ['daily-a', 'daily-b'] as const;

export const ACTORS = [
  ...PEOPLE.map((id) => ({ id, kind: 'person', name: `Person ${id}` })),
  ...OUTLETS.map((id) => ({ id, kind: 'media', name: `Outlet ${id}` })),
];

const SPEAKERS = [...PEOPLE, ...OUTLETS];
const PEACEFUL_PREDICATES = ['supports', 'visits', 'meets', 'warns', 'is'];
const SINGLE_VALUED = ['has-count', 'occurs-on', 'office-held-by'];

/** Drops keys whose value is undefined, as a file would not have them. */
const defined = (record: Loose): Loose =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

const pad = (n: number) => String(n).padStart(2, '0');

/** A PartialDate between 2015 and 2025, at year, month or day precision. */
export const partialDate: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 2015, max: 2025 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([y, m, d]) => (m === 0 ? `${y}` : d === 0 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`));

/** A claim's time, in a narrow span so that times often overlap: a PartialDate or an interval. */
export const when: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('2023', '2024', '2024-11', '2024-11-05', '2025-03'),
  fc
    .tuple(fc.integer({ min: 2022, max: 2025 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
    .map(([from, length, open]) =>
      open === 0 ? { from: `${from}` } : open === 1 ? { to: `${from}` } : { from: `${from}`, to: `${from + length}` },
    ),
);

// "The Summit." and "the summit" are one subject once case and punctuation are ignored.
const subject = fc.constantFrom<unknown>('ann', 'bob', { literal: 'the summit' }, { literal: 'The Summit.' });

// Few values, so that claims often share a proposition or a single-valued slot.
const object: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('ann', 'bob').map((id) => ({ type: 'actor', id })),
  fc.constantFrom('peace', 'Peace!', 'war').map((value) => ({ type: 'text', value })),
  fc
    .tuple(fc.constantFrom(13, 17, 20), fc.constantFrom('exact', 'about', 'nearly', 'over', 'under'))
    .map(([value, approx]) => ({ type: 'number', value, approx })),
  fc.constantFrom('2024', '2024-11', '2024-11-05', '2024-11-06').map((value) => ({ type: 'date', value })),
);

const first: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('2017', '2019', '2019-06', '2022').map((since) => ({ since })),
  fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.constantFrom('exact', 'about', 'nearly', 'over', 'under'))
    .map(([years, approx]) => ({ in: { years, approx } })),
);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function claimFields(peaceful: boolean, oneProposition: boolean): fc.Arbitrary<Loose> {
  if (oneProposition) {
    // Ann visits Bob, again and again, at different times, some "first since", some negated.
    return fc.record({
      subject: fc.constant('ann'),
      predicate: fc.constant('visits'),
      object: fc.constant({ type: 'actor', id: 'bob' }),
      when: optional(when),
      polarity: peaceful ? fc.constant('affirmed') : fc.constantFrom('affirmed', 'affirmed', 'negated'),
      first: peaceful ? fc.constant(undefined) : optional(first),
      contradicts: fc.constant([]),
    });
  }
  return fc.record({
    subject,
    predicate: peaceful
      ? fc.constantFrom(...PEACEFUL_PREDICATES)
      : fc.constantFrom('visits', 'meets', ...SINGLE_VALUED),
    object: fc.option(object, { nil: undefined, freq: 4 }),
    when: optional(when),
    polarity: peaceful ? fc.constant('affirmed') : fc.constantFrom('affirmed', 'affirmed', 'negated'),
    first: peaceful ? fc.constant(undefined) : optional(first),
    contradicts: peaceful ? fc.constant([]) : fc.array(fc.nat(), { maxLength: 1 }),
  });
}

const sourceFields = fc.record({
  kind: fc.constantFrom('article', 'wire', 'statement'),
  publisher: optional(fc.constantFrom(...OUTLETS)),
  published: optional(partialDate),
});

function attributionFields(peaceful: boolean): fc.Arbitrary<Loose> {
  return fc.record({
    claim: fc.nat({ max: 7 }),
    source: fc.nat({ max: 3 }),
    speaker: fc.constantFrom(...SPEAKERS),
    mode: fc.constantFrom('summary', 'own-voice', 'indirect'),
    stance: peaceful ? fc.constantFrom('asserts', 'hedges') : fc.constantFrom('asserts', 'hedges', 'denies', 'doubts'),
    factuality: fc.constantFrom('certain', 'probable', 'possible', 'unknown'),
    said: optional(partialDate),
  });
}

/** The four lists of a generated corpus, ready for `createCorpus`. */
export interface GeneratedCorpus {
  readonly actors: readonly Loose[];
  readonly sources: readonly Loose[];
  readonly claims: readonly Loose[];
  readonly attributions: readonly Loose[];
}

/**
 * A small valid corpus: 1 to 4 sources, 1 to 8 claims, up to 16 attributions.
 *
 * @param options - `peaceful`: nothing in it can conflict; `oneProposition`: every claim says that
 *   Ann visits Bob, at various times, so that "first" statements meet the visits they are about
 */
export function corpusArbitrary(
  options: { peaceful?: boolean; oneProposition?: boolean } = {},
): fc.Arbitrary<GeneratedCorpus> {
  const peaceful = options.peaceful ?? false;
  return fc
    .record({
      sources: fc.array(sourceFields, { minLength: 1, maxLength: 4 }),
      claims: fc.array(claimFields(peaceful, options.oneProposition ?? false), { minLength: 1, maxLength: 8 }),
      attributions: fc.array(attributionFields(peaceful), { maxLength: 16, size: 'max' }),
    })
    .map(({ sources, claims, attributions }) => ({
      actors: ACTORS,
      sources: sources.map((s, i) => defined({ id: `s${i}`, title: `Story ${i}`, ...s })),
      claims: claims.map((c, i) =>
        defined({
          id: `c${i}`,
          text: `Claim ${i}.`,
          ...c,
          contradicts: (c.contradicts as number[]).map((k) => `c${k % claims.length}`).filter((id) => id !== `c${i}`),
        }),
      ),
      attributions: attributions.map((a, i) =>
        defined({
          ...a,
          id: `a${i}`,
          claim: `c${(a.claim as number) % claims.length}`,
          source: `s${(a.source as number) % sources.length}`,
        }),
      ),
    }));
}

/** Who says it, where, and how firmly: the parts of an attribution a property varies. */
export const statementArbitrary = fc.record({
  speaker: fc.constantFrom(...SPEAKERS),
  source: fc.nat(),
  factuality: fc.constantFrom('certain', 'probable', 'possible', 'unknown'),
});
