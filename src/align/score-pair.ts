import { distance } from 'fastest-levenshtein';
import { claimsOverlap } from '../contradict/pairs.js';
import type { CompiledVocabulary } from '../model/compile-vocabulary.js';
import type { ClaimFeatures } from './claim-features.js';

/** How two claims relate, as alignment judges it. */
export interface PairScore {
  /** 0 to 1: how likely the two claims state one proposition (or its contrary). */
  readonly score: number;
  /** `same`: one proposition; `conflict`: one proposition held and denied, or two that exclude each other. */
  readonly relation: 'same' | 'conflict';
  /** What the score rests on, in words. */
  readonly reasons: readonly string[];
}

/** Dice overlap of two stem sets; a long stem one edit away from one in the other counts 0.8. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const unmatched: string[] = [];
  for (const s of a) {
    if (b.has(s)) shared++;
    else if (s.length >= 5) unmatched.push(s);
  }
  // Near spellings are looked for only where the wordings already share something.
  if (unmatched.length > 0 && shared > 0 && a.size + b.size <= 60) {
    for (const s of unmatched) {
      for (const t of b) {
        if (t.length >= 5 && !a.has(t) && Math.abs(t.length - s.length) <= 1 && distance(s, t) <= 1) {
          shared += 0.8;
          break;
        }
      }
    }
  }
  return (2 * shared) / (a.size + b.size);
}

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  return both / (a.size + b.size - both);
};

const shared = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x));

// Text objects that name the same actors ("meet Kim Jong Un", "a summit with Kim Jong Un").
const sameNamed = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && a.length === b.length && a.every((x) => b.includes(x));

/**
 * How two claims' predicates relate in the vocabulary: the same (or inverse), one implying the
 * other, excluding each other, of one family, or unrelated.
 *
 * @param x - one claim's features
 * @param y - the other's
 * @param compiled - the vocabulary's relations
 * @returns the weight of the relation in the score, whether it makes a conflict, and its reason
 *
 * @example
 * predicateRelation(summit, meeting, compiled)
 * //=> { weight: 0.8, reason: '"holds-summit-with" implies "meets"' }
 */
export function predicateRelation(
  x: ClaimFeatures,
  y: ClaimFeatures,
  compiled: CompiledVocabulary,
): { weight: number; reason?: string; excludes?: boolean } {
  const p = x.claim.predicate;
  const q = y.claim.predicate;
  if (x.canonical === y.canonical)
    return { weight: 1, reason: p === q ? `same predicate "${p}"` : `"${p}" is the inverse of "${q}"` };
  const implies = (from: string, to: string) =>
    compiled.implied(from).some((f) => f.predicate === compiled.canonical(to).predicate);
  if (implies(p, q)) return { weight: 0.8, reason: `"${p}" implies "${q}"` };
  if (implies(q, p)) return { weight: 0.8, reason: `"${q}" implies "${p}"` };
  const excludes = (from: string, to: string) =>
    compiled.excluded(from).some((f) => compiled.implied(to).some((g) => g.predicate === f.predicate));
  if (excludes(p, q) || excludes(q, p))
    return { weight: 0.8, reason: `"${p}" and "${q}" exclude each other`, excludes: true };
  if (x.family === y.family) return { weight: 0.5, reason: `predicates of one family ("${x.family}")` };
  return { weight: 0 };
}

/**
 * Scores how likely two claims are to state one proposition: the overlap of their wordings and of
 * the words quoted for them (stemmed, names of actors left out), how their predicates relate in the
 * vocabulary, whether they are about the same subject, the actors they share, and whether their
 * times can overlap. Claims of opposite polarity, or with predicates that exclude each other, are
 * a `conflict` rather than the `same`. This is the plain statement of the score: `alignClaims`
 * reaches the same result on numbered features (`packedScore`, then `wordPair` for the pairs it
 * returns), and a property test holds the two equal.
 *
 * @param x - one claim's features
 * @param y - the other's
 * @param compiled - the vocabulary's relations
 * @param minScore - below this, nothing is returned (and no reasons are worded)
 * @returns the score, the relation and the reasons; undefined below `minScore`
 *
 * @example
 * scorePair(inHospitalWithPneumonia, hospitalisedWithPneumonia, compiled)
 * //=> { score: 0.93, relation: 'same', reasons: ['same subject (ann)', 'wordings overlap (1.00)', ...] }
 */
export function scorePair(
  x: ClaimFeatures,
  y: ClaimFeatures,
  compiled: CompiledVocabulary,
  minScore = 0,
): PairScore | undefined {
  const text = overlap(x.stems, y.stems);
  const quotes = x.quoted.size > 0 && y.quoted.size > 0 ? overlap(x.quoted, y.quoted) : undefined;
  const lexical = quotes === undefined ? text : Math.max(text, 0.7 * text + 0.3 * quotes);
  const inversePair = x.canonical === y.canonical && x.claim.predicate !== y.claim.predicate;
  const px = inversePair ? x.keyed : x.written;
  const py = inversePair ? y.keyed : y.written;
  const about = shared(px.subjects, py.subjects);
  if (about.length === 0 && x.subjectStems.size > 0 && jaccard(x.subjectStems, y.subjectStems) >= 0.75)
    about.push(typeof x.claim.subject === 'string' ? x.claim.subject : x.claim.subject.literal);
  // Symmetric claims name both sides as subjects; otherwise the objects must be equal.
  const sameObject =
    px.subjects.length === 2 && py.subjects.length === 2
      ? about.length === 2
      : (px.object !== undefined && px.object === py.object) || sameNamed(x.objectActors, y.objectActors);
  // A single-valued slot (a death toll, a date) is one proposition whatever value each claim gives.
  const slot = x.canonical === y.canonical && x.singleValued && about.length > 0;
  const otherValue = slot && !sameObject;
  const actors = shared(x.actors, y.actors);
  const union = new Set([...x.actors, ...y.actors]).size;
  const actorShare = union === 0 ? 0 : actors.length / union;
  const predicate = predicateRelation(x, y, compiled);
  const structural =
    0.35 * predicate.weight + 0.25 * (about.length > 0 ? 1 : 0) + 0.2 * (sameObject || slot ? 1 : 0) + 0.2 * actorShare;
  let score = 0.4 * lexical + 0.6 * structural;
  const dated = x.claim.when !== undefined && y.claim.when !== undefined;
  const timesOverlap = dated && claimsOverlap(x.claim, y.claim);
  if (dated && !timesOverlap) score *= 0.85;
  const polarity = x.claim.polarity !== y.claim.polarity;
  const relation = polarity !== (predicate.excludes === true || otherValue) ? 'conflict' : 'same';
  const rounded = Math.round(Math.min(1, score) * 1000) / 1000;
  // Reasons are put in words only for pairs that make the cut: most compared pairs do not.
  if (rounded < minScore) return undefined;
  const reasons: string[] = [];
  if (text > 0) reasons.push(`wordings overlap (${text.toFixed(2)})`);
  if (quotes !== undefined && quotes > 0) reasons.push(`quoted words overlap (${quotes.toFixed(2)})`);
  if (about.length > 0) reasons.push(`same subject (${about.join(', ')})`);
  if (otherValue) reasons.push(`different values of "${x.canonical}"`);
  if (sameObject) reasons.push(`same object (${px.object === py.object ? px.object : x.objectActors.join(', ')})`);
  if (actors.length > 0) reasons.push(`shared actors: ${actors.join(', ')}`);
  if (predicate.reason) reasons.push(predicate.reason);
  if (dated) reasons.push(timesOverlap ? 'times overlap' : 'times do not overlap');
  if (polarity) reasons.push('one affirms what the other negates');
  return { score: rounded, relation, reasons };
}
