import type { Corpus } from '../corpus/corpus.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import { predicates as builtinPredicates, type PredicateVocabulary } from '../model/predicates.js';
import { type QuoteRecord, toQuoteRecord } from '../query/quote-record.js';
import { byDate } from '../query/quotes.js';
import { whensOverlap } from '../time/when-bounds.js';
import { findTemporal } from './find-temporal.js';
import { propositionKey, slotKey } from './proposition-key.js';
import { type Contradiction, type ContradictionKind, cite, isHedged } from './types.js';
import { describeValue, valuesCompatible } from './values.js';

/** Options of `corpus.contradictions()`. */
export interface ContradictionOptions {
  /** Only these kinds. */
  readonly kinds?: readonly ContradictionKind[];
  /** Predicates to add to the vocabulary, e.g. your own single-valued ones. */
  readonly predicates?: PredicateVocabulary;
  /** Leave out conflicts that rest on hedged statements (they are kept, marked weak, by default). */
  readonly strongOnly?: boolean;
}

interface Statement {
  readonly record: QuoteRecord;
  /** What the statement holds once stance and claim polarity are combined. */
  readonly holds: 'affirmed' | 'negated';
}

const POSITIVE = new Set(['asserts', 'hedges']);

function statementOf(record: QuoteRecord): Statement {
  const positive = POSITIVE.has(record.attribution.stance);
  const affirmed = record.claim.polarity === 'affirmed';
  return { record, holds: positive === affirmed ? 'affirmed' : 'negated' };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const whenOf = (claim: Claim) => claim.when;
const overlapIn = (a: Claim, b: Claim) => {
  const x = whenOf(a);
  const y = whenOf(b);
  return x === undefined || y === undefined || whensOverlap(x, y);
};

function stanceConflicts(group: Statement[], out: Contradiction[]) {
  const positives = group.filter((s) => s.holds === 'affirmed').sort((a, b) => byDate(a.record, b.record));
  const negatives = group.filter((s) => s.holds === 'negated').sort((a, b) => byDate(a.record, b.record));
  if (positives.length === 0 || negatives.length === 0) return;
  // One conflict per pair of (speaker, source) on each side: repeating a statement adds nothing.
  const seen = new Set<string>();
  for (const p of positives) {
    for (const n of negatives) {
      const a = p.record;
      const b = n.record;
      if (a.speaker.id === b.speaker.id && a.source.id === b.source.id) continue;
      if (!overlapIn(a.claim, b.claim)) continue;
      const key = `${a.speaker.id}\u0000${a.source.id}\u0000${b.speaker.id}\u0000${b.source.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const kind = a.claim.polarity === b.claim.polarity ? 'stance' : 'polarity';
      const verb = (r: QuoteRecord) =>
        r.attribution.stance === 'denies'
          ? 'denies'
          : r.attribution.stance === 'doubts'
            ? 'doubts'
            : r.attribution.stance === 'hedges'
              ? 'suggests'
              : 'asserts';
      const explanation =
        kind === 'stance'
          ? `${cite(a)} ${verb(a)}: ${sentence(a.claim.text)} ${cite(b)} ${verb(b)} it${quoted(b)}.`
          : `${cite(a)} ${verb(a)}: ${sentence(a.claim.text)} ${cite(b)} ${verb(b)} the opposite: ${sentence(b.claim.text)}`;
      out.push({ kind, strength: isHedged(a) || isHedged(b) ? 'weak' : 'strong', a, b, explanation });
    }
  }
}

function valueConflicts(group: Statement[], out: Contradiction[]) {
  // Bucket by value, so that many statements of the same value cost one comparison.
  const buckets: Statement[][] = [];
  for (const s of group) {
    if (s.holds !== 'affirmed' || s.record.claim.object === undefined) continue;
    const bucket = buckets.find((b) =>
      valuesCompatible(b[0]?.record.claim.object as never, s.record.claim.object as never),
    );
    if (bucket) bucket.push(s);
    else buckets.push([s]);
  }
  for (let i = 0; i < buckets.length; i++) {
    for (let j = i + 1; j < buckets.length; j++) {
      const left = buckets[i] as Statement[];
      const right = buckets[j] as Statement[];
      const pair = left
        .flatMap((x) => right.map((y) => [x, y] as const))
        .find(([x, y]) => overlapIn(x.record.claim, y.record.claim));
      if (!pair) continue;
      const [a, b] = [pair[0].record, pair[1].record].sort(byDate) as [QuoteRecord, QuoteRecord];
      const slot = a.claim.text;
      out.push({
        kind: 'value',
        strength: isHedged(a) || isHedged(b) ? 'weak' : 'strong',
        a,
        b,
        explanation: `"${a.claim.predicate}" has one value at a time, but ${cite(a)} gives ${describeValue(a.claim.object as never)} ("${slot}") and ${cite(b)} gives ${describeValue(b.claim.object as never)} ("${b.claim.text}").`,
      });
    }
  }
}

function explicitConflicts(corpus: Corpus, out: Contradiction[]) {
  // The claim's earliest assertion stands for it; a denial only when nobody asserts it.
  const first = (claimId: string) => {
    const records = corpus
      .attributionsByClaim(claimId)
      .map((a) => toQuoteRecord(corpus, a))
      .filter((r): r is QuoteRecord => r !== undefined)
      .sort(byDate);
    return records.find((r) => POSITIVE.has(r.attribution.stance)) ?? records[0];
  };
  for (const claim of corpus.claims) {
    for (const other of claim.contradicts) {
      const a = first(claim.id);
      const b = first(other);
      if (!a || !b) continue;
      out.push({
        kind: 'explicit',
        strength: isHedged(a) || isHedged(b) ? 'weak' : 'strong',
        a,
        b,
        explanation: `The corpus records that "${a.claim.text}" (${cite(a)}) contradicts "${b.claim.text}" (${cite(b)}).${claim.note ? ` Note: ${claim.note}` : ''}`,
      });
    }
  }
}

const sentence = (text: string) => `“${text.replace(/[.\s]+$/, '')}.”`;
const quoted = (r: QuoteRecord) => {
  const a: Attribution = r.attribution;
  const words = a.mode === 'direct-quote' || a.mode === 'indirect' ? a.quotes[0]?.text : undefined;
  return words ? ` ("${words}")` : '';
};

/**
 * Finds statements that cannot all hold, across sources and speakers: a claim asserted by one and
 * denied by another (stance); the same proposition affirmed and negated (polarity); two values of a
 * single-valued predicate for overlapping times (value); dates or durations that arithmetic rules
 * out (temporal); and claims recorded as contradicting each other (explicit). Statements are grouped
 * by proposition key, so the cost grows with the corpus, not with its square.
 *
 * @param corpus - the corpus
 * @param options - kinds to look for, extra predicates, whether to keep weak conflicts
 * @returns the contradictions, strongest kinds first, each with both sides and an explanation
 *
 * @example
 * findContradictions(corpus, { kinds: ['stance'] }).map((c) => [c.a.speaker.id, c.b.speaker.id])
 * //=> [['fumio-kishida', 'government-of-russia'], ...]
 */
export function findContradictions(corpus: Corpus, options: ContradictionOptions = {}): Contradiction[] {
  const vocabulary: PredicateVocabulary = { ...builtinPredicates, ...options.predicates };
  const kinds = new Set<ContradictionKind>(options.kinds ?? ['stance', 'polarity', 'value', 'temporal', 'explicit']);
  const byProposition = new Map<string, Statement[]>();
  const bySlot = new Map<string, Statement[]>();
  for (const attribution of corpus.attributions) {
    const record = toQuoteRecord(corpus, attribution);
    if (!record) continue;
    const statement = statementOf(record);
    push(byProposition, propositionKey(record.claim, vocabulary), statement);
    if (vocabulary[record.claim.predicate]?.singleValued) push(bySlot, slotKey(record.claim), statement);
  }
  const out: Contradiction[] = [];
  if (kinds.has('stance') || kinds.has('polarity')) {
    for (const group of byProposition.values()) if (group.length > 1) stanceConflicts(group, out);
  }
  if (kinds.has('value')) for (const group of bySlot.values()) if (group.length > 1) valueConflicts(group, out);
  if (kinds.has('temporal')) {
    for (const group of byProposition.values()) {
      if (group.some((s) => s.record.claim.first !== undefined))
        findTemporal(
          group.map((s) => s.record),
          out,
        );
    }
  }
  if (kinds.has('explicit')) explicitConflicts(corpus, out);
  const order: ContradictionKind[] = ['stance', 'polarity', 'value', 'temporal', 'explicit'];
  return out
    .filter((c) => kinds.has(c.kind) && (!options.strongOnly || c.strength === 'strong'))
    .sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind) || byDate(x.a, y.a) || byDate(x.b, y.b));
}
