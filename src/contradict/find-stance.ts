import { match } from 'ts-pattern';
import type { Stance } from '../model/attribution.js';
import type { QuoteRecord } from '../query/quote-record.js';
import { type Accept, bestPair, byStrengthThenDate, claimsOverlap, keepBest, strengthOf, whenKey } from './pairs.js';
import { type Contradiction, cite } from './types.js';
import { paraphrase, sentenceStart, verbatim } from './wording.js';

/** What a statement holds once its stance and its claim's polarity are combined. */
export type Holds = 'affirmed' | 'negated';

/**
 * Whether a stance puts the speaker for the claim (asserts, hedges) or against it (denies, doubts).
 *
 * @param stance - the attribution's stance
 * @returns true for `asserts` and `hedges`
 *
 * @example
 * isPositive('doubts')
 * //=> false
 */
export const isPositive = (stance: Stance): boolean => stance === 'asserts' || stance === 'hedges';

/**
 * What a statement holds: asserting "X is not so" or denying "X is so" both hold the negation.
 *
 * @param record - a statement (its stance and its claim's polarity are read)
 * @returns `affirmed` or `negated`
 *
 * @example
 * holdsOf({ attribution: { stance: 'denies' }, claim: { polarity: 'negated' } })
 * //=> 'affirmed'
 */
export function holdsOf(record: Pick<QuoteRecord, 'attribution' | 'claim'>): Holds {
  const affirmed = record.claim.polarity === 'affirmed';
  return isPositive(record.attribution.stance) === affirmed ? 'affirmed' : 'negated';
}

const verb = (r: QuoteRecord) =>
  match(r.attribution.stance)
    .with('asserts', () => 'asserts')
    .with('hedges', () => 'suggests')
    .with('denies', () => 'denies')
    .with('doubts', () => 'doubts')
    .exhaustive();

/** The statement's own words in a parenthesis, when it quotes any. */
const quoted = (r: QuoteRecord) => {
  const words = verbatim(r);
  return words ? ` (${words})` : '';
};

/** One side of a proposition: its statements by speaker, and the best of them for each time and polarity. */
interface Side {
  /** Per speaker, one statement per claim time and polarity, strongest and earliest first. */
  readonly bySpeaker: Map<string, QuoteRecord[]>;
  /** One statement per claim time and polarity, whoever said it, strongest and earliest first. */
  readonly best: QuoteRecord[];
}

function sideOf(records: readonly QuoteRecord[]): Side {
  const perSpeaker = new Map<string, QuoteRecord>();
  const perTime = new Map<string, QuoteRecord>();
  for (const r of records) {
    const time = `${whenKey(r.claim)}\u0000${r.claim.polarity}`;
    keepBest(perSpeaker, `${r.speaker.id}\u0000${time}`, r);
    keepBest(perTime, time, r);
  }
  const bySpeaker = new Map<string, QuoteRecord[]>();
  for (const r of perSpeaker.values()) {
    const list = bySpeaker.get(r.speaker.id);
    if (list) list.push(r);
    else bySpeaker.set(r.speaker.id, [r]);
  }
  for (const list of bySpeaker.values()) list.sort(byStrengthThenDate);
  return { bySpeaker, best: [...perTime.values()].sort(byStrengthThenDate) };
}

// Two sides that take the same stance disagree through their claims (polarity, or predicates the
// vocabulary says exclude each other); otherwise through their stances.
const kindOf = (a: QuoteRecord, b: QuoteRecord) =>
  isPositive(a.attribution.stance) === isPositive(b.attribution.stance) ? 'polarity' : 'stance';

function explain(a: QuoteRecord, b: QuoteRecord): Contradiction {
  const kind = kindOf(a, b);
  // A side stated through another claim (a sameAs link, or a predicate the vocabulary relates)
  // is given in its own paraphrase rather than as "it".
  const other = a.claim.id === b.claim.id ? 'it' : `that ${paraphrase(b)}`;
  const explanation =
    kind === 'stance'
      ? `${sentenceStart(cite(a))} ${verb(a)} that ${paraphrase(a)}${quoted(a)}. ${sentenceStart(cite(b))} ${verb(b)} ${other}${quoted(b)}.`
      : `${sentenceStart(cite(a))} ${verb(a)} that ${paraphrase(a)}${quoted(a)}. ${sentenceStart(cite(b))} ${verb(b)} the opposite: that ${paraphrase(b)}${quoted(b)}.`;
  return { kind, strength: strengthOf(a, b), a, b, explanation };
}

/**
 * Stance and polarity conflicts within one proposition group (statements whose claims share
 * subject, predicate and object): one speaker holds it, another holds its negation, for times
 * that may overlap.
 *
 * Every speaker on either side is set against its strongest, earliest opponent, and a speaker on
 * both sides against itself; a pair found twice is reported once. So everyone in a disagreement
 * shows up in at least one conflict, while a claim asserted by a thousand outlets and denied by
 * ten yields about a thousand conflicts, not ten thousand: the cost and the output grow with the
 * statements, not with their pairs. `claimView` lists everyone on each side.
 *
 * @param group - the statements of one proposition
 * @param accept - which kinds and strengths are wanted
 * @param out - where conflicts are appended
 * @param holds - what each statement holds of the group's proposition (by default, of its own claim)
 *
 * @example
 * findStanceConflicts([kishidaWarns, moscowDismisses, articleDoubts], () => true, out);
 * out.map((c) => [c.a.speaker.id, c.b.speaker.id])
 * //=> [['fumio-kishida', 'government-of-russia'], ['fumio-kishida', 'axis.article']]
 */
export function findStanceConflicts(
  group: readonly QuoteRecord[],
  accept: Accept,
  out: Contradiction[],
  holds: (record: QuoteRecord) => Holds = holdsOf,
): void {
  const positive = sideOf(group.filter((r) => holds(r) === 'affirmed'));
  const negative = sideOf(group.filter((r) => holds(r) === 'negated'));
  if (positive.best.length === 0 || negative.best.length === 0) return;
  const fits = (a: QuoteRecord, b: QuoteRecord, strength: 'strong' | 'weak') =>
    claimsOverlap(a.claim, b.claim) && accept(kindOf(a, b), strength);
  const found = new Map<string, [QuoteRecord, QuoteRecord]>();
  const keep = (pair: [QuoteRecord, QuoteRecord] | undefined) => {
    if (!pair) return;
    const key = `${pair[0].speaker.id}\u0000${pair[1].speaker.id}`;
    const held = found.get(key);
    if (!held || betterPair(pair, held)) found.set(key, pair);
  };
  for (const [speaker, own] of positive.bySpeaker) {
    keep(bestPair(own, negative.best, fits));
    const self = negative.bySpeaker.get(speaker);
    if (self) keep(bestPair(own, self, fits));
  }
  for (const own of negative.bySpeaker.values()) {
    const pair = bestPair(own, positive.best, (n, p, strength) => fits(p, n, strength));
    if (pair) keep([pair[1], pair[0]]);
  }
  for (const [a, b] of found.values()) out.push(explain(a, b));
}

/** A strong pair beats a weak one; then the earlier statements. */
function betterPair(x: readonly [QuoteRecord, QuoteRecord], y: readonly [QuoteRecord, QuoteRecord]): boolean {
  const rank = (p: readonly [QuoteRecord, QuoteRecord]) => (strengthOf(p[0], p[1]) === 'strong' ? 0 : 1);
  return (
    rank(x) - rank(y) < 0 ||
    (rank(x) === rank(y) && (byStrengthThenDate(x[0], y[0]) || byStrengthThenDate(x[1], y[1])) < 0)
  );
}
