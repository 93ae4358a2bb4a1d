import type { SameAsGroups } from '../corpus/same-as.js';
import type { Claim } from '../model/claim.js';
import { compileVocabulary } from '../model/compile-vocabulary.js';
import type { PredicateVocabulary } from '../model/predicate-info.js';
import type { Contradiction } from './types.js';

const labelOf = (vocabulary: PredicateVocabulary, predicate: string) =>
  Object.hasOwn(vocabulary, predicate) ? (vocabulary[predicate]?.label ?? predicate) : predicate;

/**
 * Why the vocabulary puts two claims with different predicates on one proposition, as a sentence:
 * "holds a summit with" implies "meets"; "supports" and "opposes" exclude each other.
 *
 * @param a - one claim
 * @param b - the other
 * @param vocabulary - the vocabulary in force
 * @returns the sentence, or undefined when the predicates are the same or unrelated
 *
 * @example
 * vocabularyReason(summitClaim, meetsClaim, predicates)
 * //=> 'By the vocabulary, "holds a summit with" implies "meets".'
 */
export function vocabularyReason(a: Claim, b: Claim, vocabulary: PredicateVocabulary): string | undefined {
  if (a.predicate === b.predicate) return undefined;
  const compiled = compileVocabulary(vocabulary);
  const x = labelOf(vocabulary, a.predicate);
  const y = labelOf(vocabulary, b.predicate);
  const reaches = (from: string, to: string) =>
    compiled.implied(from).some((f) => f.predicate === compiled.canonical(to).predicate);
  const excludes = (from: string, to: string) =>
    compiled.excluded(from).some((f) => compiled.implied(to).some((g) => g.predicate === f.predicate));
  if (compiled.canonical(a.predicate).predicate === compiled.canonical(b.predicate).predicate)
    return `By the vocabulary, "${x}" and "${y}" say the same with subject and object swapped.`;
  if (reaches(a.predicate, b.predicate)) return `By the vocabulary, "${x}" implies "${y}".`;
  if (reaches(b.predicate, a.predicate)) return `By the vocabulary, "${y}" implies "${x}".`;
  if (excludes(a.predicate, b.predicate) || excludes(b.predicate, a.predicate))
    return `By the vocabulary, "${x}" and "${y}" exclude each other.`;
  return undefined;
}

/**
 * Contradictions with the vocabulary's reasoning added to the explanation where the two sides use
 * different predicates.
 *
 * @param found - the contradictions
 * @param vocabulary - the vocabulary in force
 * @param sameAs - the corpus's sameAs groups, to say when two claims are linked as one
 * @returns the same contradictions, explained
 *
 * @example
 * withVocabularyReasons([summitVersusNoMeeting], predicates)[0].explanation.endsWith('implies "meets".')
 * //=> true
 */
export function withVocabularyReasons(
  found: Contradiction[],
  vocabulary: PredicateVocabulary,
  sameAs?: SameAsGroups,
): Contradiction[] {
  return found.map((c) => {
    if (c.kind === 'explicit' || c.a.claim.id === c.b.claim.id) return c;
    const linked = sameAs !== undefined && sameAs.root(c.a.claim.id) === sameAs.root(c.b.claim.id);
    const reason = linked
      ? 'The corpus records the two claims as the same proposition (sameAs).'
      : vocabularyReason(c.a.claim, c.b.claim, vocabulary);
    return reason ? { ...c, explanation: `${c.explanation} ${reason}` } : c;
  });
}

/**
 * Contradictions with repeats left out: the same two statements can meet in more than one group
 * when a claim excludes several things another implies.
 *
 * @param found - the contradictions
 * @returns the first of each kind and pair of attributions, in order
 *
 * @example
 * dedupeConflicts([c, { ...c }]).length
 * //=> 1
 */
export function dedupeConflicts(found: readonly Contradiction[]): Contradiction[] {
  const seen = new Set<string>();
  return found.filter((c) => {
    const [x, y] = [c.a.attribution.id, c.b.attribution.id].sort();
    const key = `${c.kind}\u0000${x}\u0000${y}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
