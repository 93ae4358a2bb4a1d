/**
 * `check` resolves each attribution's source, speaker and claim once and shares them, with date
 * bounds, between its rules (`context.shared`); several rules take shortcuts that must not change
 * what they find. These properties run generated corpora with injected defects through every
 * rule together, each rule alone, and each rule called directly without shared facts, and pin
 * the shortcuts against the slow computations they stand for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, sortDiagnostics } from '../../src/check/check.js';
import { DateMemo } from '../../src/check/date-memo.js';
import type { Finding, Rule } from '../../src/check/rule.js';
import { builtinRules } from '../../src/check/rules/index.js';
import { SharedFacts, sharedFacts } from '../../src/check/shared-facts.js';
import { createCorpus } from '../../src/corpus/create-corpus.js';
import { generateCorpus } from '../../src/generate/generate-corpus.js';
import { normalizeName } from '../../src/internal/normalize-name.js';
import { registeredPredicates } from '../../src/model/predicate-registry.js';
import { partialDateBounds } from '../../src/time/partial-date-bounds.js';

type Loose = Record<string, unknown> & { id: string };

/** Defects to inject into a generated attribution, each making some rule fire. */
const DEFECTS = [
  (a: Loose) => (a.speaker = `${a.speaker}x`),
  (a: Loose) => (a.source = `${a.source}-gone`),
  (a: Loose) => (a.claim = `${a.claim}z`),
  (a: Loose) => (a.said = '2029-05-05'),
  (a: Loose, other: Loose) => (a.source = other.source),
  (a: Loose, other: Loose) => (a.speaker = other.speaker),
  (a: Loose, other: Loose) => (a.creditedTo = other.speaker),
  (a: Loose) => (a.roles = [{ actor: a.speaker, title: 'Emperor' }]),
  (a: Loose) => (a.roles = [{ actor: a.speaker, title: 'Prime Minister', qualifier: 'former' }]),
  (a: Loose) => (a.relative = { said: 'yesterday', when: 'last year' }),
  (a: Loose) => (a.relative = { said: 'in the blue moon' }),
  (a: Loose, other: Loose) => (a.via = [other.source, a.source]),
  (a: Loose, other: Loose) => (a.via = [{ actor: a.speaker, attribution: other.id }]),
  (a: Loose, other: Loose) => (a.via = [{ actor: other.speaker, attribution: other.id }]),
  (a: Loose) => (a.rating = { label: 'False' }),
  (a: Loose) => {
    const quotes = a.quotes as { text: string; start?: number; end?: number; prefix?: string }[] | undefined;
    const quote = quotes?.[0];
    if (!quote) return;
    if (quote.start !== undefined && quote.end !== undefined) {
      quote.start += 2;
      quote.end += 2;
    }
    quote.prefix = 'nothing like it ';
  },
  (a: Loose) => {
    const quote = (a.quotes as { text: string }[] | undefined)?.[0];
    if (quote) quote.text = quote.text.replace('e', 'a');
  },
];

/** A small generated corpus with defects injected at the places fast-check picks. */
const arbBrokenCorpus = fc
  .record({
    seed: fc.integer({ min: 1, max: 1000 }),
    size: fc.integer({ min: 20, max: 120 }),
    defects: fc.array(fc.tuple(fc.nat(), fc.nat(DEFECTS.length - 1), fc.nat()), { maxLength: 30 }),
    textless: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ seed, size, defects, textless }) => {
    const generated = structuredClone(generateCorpus({ attributions: size, seed }));
    const attributions = generated.attributions as unknown as Loose[];
    for (const [at, defect, other] of defects) {
      const a = attributions[at % attributions.length] as Loose;
      DEFECTS[defect]?.(a, attributions[other % attributions.length] as Loose);
    }
    const sources = generated.sources as unknown as Loose[];
    for (const at of textless) delete sources[at % sources.length]?.text;
    return createCorpus(generated).corpus;
  });

describe('shared facts', () => {
  it('every rule together finds what each rule finds alone', () => {
    const fired = new Set<string>();
    fc.assert(
      fc.property(arbBrokenCorpus, (corpus) => {
        const together = check(corpus);
        const alone = builtinRules.flatMap((rule) => check(corpus, { only: [rule.meta.id] }));
        expect(sortDiagnostics(alone)).toEqual(together);
        for (const d of together) fired.add(d.ruleId);
      }),
      { numRuns: 25 },
    );
    // The defects make the rules that read shared facts fire, so the comparison means something.
    for (const id of [
      'unknown-reference',
      'said-after-published',
      'role-not-held',
      'relative-date',
      'quote-not-in-source',
    ])
      expect(fired).toContain(id);
  });

  it('a rule called without shared facts finds what it finds with them', () => {
    fc.assert(
      fc.property(arbBrokenCorpus, (corpus) => {
        const predicates = registeredPredicates();
        const shared = new SharedFacts(corpus);
        for (const rule of builtinRules) {
          const withShared: Finding[] = [];
          const without: Finding[] = [];
          rule.check({ corpus, predicates, report: (f) => withShared.push(f), shared });
          rule.check({ corpus, predicates, report: (f) => without.push(f) });
          expect(without).toEqual(withShared);
        }
      }),
      { numRuns: 15 },
    );
  });

  it("resolves each attribution's source, speaker and claim as the store does", () => {
    fc.assert(
      fc.property(arbBrokenCorpus, (corpus) => {
        const shared = sharedFacts({ corpus });
        corpus.attributions.forEach((a, i) => {
          expect(shared.sources[i]).toBe(corpus.store.sources.get(a.source)?.record);
          expect(shared.speakers[i]).toBe(corpus.store.actors.get(a.speaker)?.record);
          expect(shared.claims[i]).toBe(corpus.claim(a.claim));
        });
      }),
      { numRuns: 10 },
    );
  });

  it('every rule of a run, custom rules included, gets the same shared facts', () => {
    const { corpus } = createCorpus(generateCorpus({ attributions: 30, seed: 4 }));
    const seen: unknown[] = [];
    const spy = (id: string): Rule => ({
      meta: { id, severity: 'info', doc: 'Sees the shared facts.', messages: {} },
      check: (context) => void seen.push(context.shared),
    });
    check(corpus, { extraRules: [spy('spy-a'), spy('spy-b')] });
    check(corpus, { extraRules: [spy('spy-c')] });
    expect(seen[0]).toBeInstanceOf(SharedFacts);
    expect(seen[1]).toBe(seen[0]);
    // A new run works them out afresh: the corpus may be another by then.
    expect(seen[2]).not.toBe(seen[0]);
  });

  it('shared facts made for another corpus are not used', () => {
    const { corpus } = createCorpus(generateCorpus({ attributions: 5, seed: 2 }));
    const { corpus: other } = createCorpus(generateCorpus({ attributions: 7, seed: 3 }));
    expect(sharedFacts({ corpus, shared: new SharedFacts(other) }).sources).toHaveLength(5);
  });
});

describe('speaker-not-in-source finds a name as written only where normalising the text would', () => {
  // Pieces that sit at the edges of what the shortcut may take: apostrophes and possessives,
  // accents (precomposed and combining), hyphens, case, letters and digits glued to the name.
  const piece = fc.constantFrom(
    'Abe',
    'abe',
    'ABE',
    'Aaron Abe',
    'Aaron  Abe',
    'Aaron-Abe',
    "Abe's",
    'Abe’s',
    "O'Abe",
    'Abé',
    'Abe\u0301',
    '´Abe',
    '`Abe',
    'Abe2',
    'xAbe',
    'Aaron',
    ' ',
    '\n',
    '.',
    ',',
    '-',
    '"',
    '“',
    "'",
    '’',
    's',
    'é',
    'Σ',
    'ﬁ',
  );
  const arbText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const arbName = fc.constantFrom(
    'Abe',
    'Aaron Abe',
    'Aaron-Abe',
    'ABE',
    "O'Abe",
    "Abe's",
    'Abé',
    'Abe.',
    'Aaron  Abe',
  );

  /** Whether the rule finds the actor named in the text; and what normalising the whole text says. */
  function judge(text: string, name: string, speakers = 1) {
    const actors = Array.from({ length: speakers }, (_, i) => ({
      id: `p${i}`,
      kind: 'person',
      name: i === 0 ? name : `Other Person ${'x'.repeat(i)}`,
    }));
    const { corpus, diagnostics } = createCorpus({
      actors: [{ id: 'wire', kind: 'media', name: 'Wire' }, ...actors],
      sources: [{ id: 's', kind: 'article', title: 'T', publisher: 'wire', published: '2024-01-02', text }],
      claims: [{ id: 'c', text: 'Something.', subject: 'p0', predicate: 'says', object: { type: 'text', value: 'x' } }],
      // The first speakers fill the scans, so that p0 is looked up last.
      attributions: actors
        .map((actor, i) => ({ id: `a${i}`, claim: 'c', source: 's', speaker: actor.id, mode: 'summary' }))
        .reverse(),
    });
    expect(diagnostics).toEqual([]);
    const reported = check(corpus, { only: ['speaker-not-in-source'] }).some((d) => d.entity?.id === 'a0');
    const words = ` ${normalizeName(text.replace(/['’]s\b/gu, ''))} `;
    const key = normalizeName(name);
    // An empty text is not checked at all.
    return { found: !reported, expected: text === '' || (key !== '' && words.includes(` ${key} `)) };
  }

  it('in short texts, scanned', () => {
    fc.assert(
      fc.property(arbText, arbName, (text, name) => {
        const { found, expected } = judge(text, name);
        expect(found).toBe(expected);
      }),
      {
        numRuns: 400,
        // Where a shortcut taken too eagerly would go wrong: a possessive inside the name, an
        // apostrophe or a combining accent beside it.
        examples: [
          ["Abe's", "Abe's"],
          ["Abe's.", "Abe's"],
          ['Abe`Abe', 'Abe'],
          ["O'Abe", 'Abe'],
          ['Abe\u0301 said', 'Abe'],
          ['ﬁAbe', 'Abe'],
        ],
      },
    );
  });

  it('in long texts with many speakers, where the words are indexed', () => {
    const filler = 'The talks went on. '.repeat(600);
    fc.assert(
      fc.property(arbText, arbName, (text, name) => {
        const { found, expected } = judge(filler + text, name, 12);
        expect(found).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('DateMemo day numbers', () => {
  const arbDate = fc.oneof(
    fc.integer({ min: 2000, max: 2030 }).map(String),
    fc
      .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc
      .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );
  const arbWhen = fc.oneof(arbDate, fc.record({ from: arbDate, to: arbDate }, { requiredKeys: [] }));

  it('compare as the bounds they stand for', () => {
    fc.assert(
      fc.property(arbWhen, arbWhen, arbDate, arbDate, (a, b, x, y) => {
        const dates = new DateMemo();
        expect(dates.days(x)).toEqual({
          start: partialDateBounds(x).start.getTime(),
          end: partialDateBounds(x).end.getTime(),
        });
        expect(dates.after(x, y)).toBe(x !== y && partialDateBounds(x).start > partialDateBounds(y).end);
        const bounds = (w: typeof a) =>
          typeof w === 'string'
            ? partialDateBounds(w)
            : {
                start: w.from === undefined ? undefined : partialDateBounds(w.from).start,
                end: w.to === undefined ? undefined : partialDateBounds(w.to).end,
              };
        const p = bounds(a);
        const q = bounds(b);
        const disjoint =
          (p.end !== undefined && q.start !== undefined && p.end < q.start) ||
          (q.end !== undefined && p.start !== undefined && q.end < p.start);
        expect(dates.overlap(a, b)).toBe(!disjoint);
      }),
      { numRuns: 500 },
    );
  });
});
