import type { PredicateVocabulary } from './predicate-info.js';

/**
 * A predicate applied in a direction: `swapped` means the claim's subject and object trade places
 * (a claim "B receives weapons from A" read as "A supplies weapons to B").
 */
export interface PredicateForm {
  readonly predicate: string;
  readonly swapped: boolean;
}

/** A vocabulary with its relations worked out once: canonical forms, implications, exclusions, families. */
export interface CompiledVocabulary {
  /** The form a claim with this predicate is keyed under: of a predicate and its inverse, the smaller slug. */
  canonical(predicate: string): PredicateForm;
  /** Every form a claim with this predicate also states, through `implies` and `inverse`, itself first. */
  implied(predicate: string): readonly PredicateForm[];
  /**
   * Forms an affirmed claim with this predicate rules out (its own `excludes`, those of what it
   * implies, and exclusions declared the other way round). Each excluded pair is listed on one side
   * only, the predicate with the larger slug, so that a conflict is found once.
   */
  excluded(predicate: string): readonly PredicateForm[];
  /** The family used to compare claims: the declared family, else the predicate itself. */
  family(predicate: string): string;
}

const compiled = new WeakMap<PredicateVocabulary, CompiledVocabulary>();

const formKey = (f: PredicateForm) => `${f.predicate}${f.swapped ? '~' : ''}`;

/**
 * Works out the relations of a vocabulary: which form of a predicate claims are keyed under
 * (`office-held-by` and `holds-office` share one), everything a predicate implies, directly or
 * through inverses, and what it excludes. The result is cached per vocabulary object.
 *
 * @param vocabulary - the vocabulary, built-in plus the user's
 * @returns the compiled relations
 *
 * @example
 * compileVocabulary(predicates).implied('holds-summit-with').map((f) => f.predicate)
 * //=> ['holds-summit-with', 'meets']
 */
export function compileVocabulary(vocabulary: PredicateVocabulary): CompiledVocabulary {
  const held = compiled.get(vocabulary);
  if (held) return held;
  const info = (p: string) => (Object.hasOwn(vocabulary, p) ? vocabulary[p] : undefined);
  const canonical = (predicate: string, swapped = false): PredicateForm => {
    const inverse = info(predicate)?.inverse;
    return inverse !== undefined && inverse < predicate
      ? { predicate: inverse, swapped: !swapped }
      : { predicate, swapped };
  };
  const impliedCache = new Map<string, PredicateForm[]>();
  const implied = (predicate: string): PredicateForm[] => {
    let forms = impliedCache.get(predicate);
    if (forms) return forms;
    forms = [];
    const seen = new Set<string>();
    const queue: PredicateForm[] = [{ predicate, swapped: false }];
    while (queue.length > 0) {
      const form = queue.shift() as PredicateForm;
      if (seen.has(formKey(form))) continue;
      seen.add(formKey(form));
      const found = canonical(form.predicate, form.swapped);
      if (!forms.some((f) => formKey(f) === formKey(found))) forms.push(found);
      const own = info(form.predicate);
      if (own?.inverse !== undefined) queue.push({ predicate: own.inverse, swapped: !form.swapped });
      for (const next of own?.implies ?? []) queue.push({ predicate: next, swapped: form.swapped });
    }
    impliedCache.set(predicate, forms);
    return forms;
  };
  // Exclusion is mutual: index it both ways, between canonical slugs, with the swap between them.
  const exclusions = new Map<string, PredicateForm[]>();
  const addExclusion = (from: string, to: PredicateForm) => {
    const list = exclusions.get(from);
    if (list) list.push(to);
    else exclusions.set(from, [to]);
  };
  for (const [slug, own] of Object.entries(vocabulary)) {
    for (const other of own.excludes ?? []) {
      const a = canonical(slug);
      const b = canonical(other);
      const swapped = a.swapped !== b.swapped;
      addExclusion(a.predicate, { predicate: b.predicate, swapped });
      addExclusion(b.predicate, { predicate: a.predicate, swapped });
    }
  }
  const excludedCache = new Map<string, PredicateForm[]>();
  const excluded = (predicate: string): PredicateForm[] => {
    let forms = excludedCache.get(predicate);
    if (forms) return forms;
    forms = [];
    for (const form of implied(predicate)) {
      for (const other of exclusions.get(form.predicate) ?? []) {
        if (other.predicate > form.predicate) continue; // listed on the other side
        const found = { predicate: other.predicate, swapped: form.swapped !== other.swapped };
        if (!forms.some((f) => formKey(f) === formKey(found))) forms.push(found);
      }
    }
    excludedCache.set(predicate, forms);
    return forms;
  };
  const result: CompiledVocabulary = {
    canonical: (predicate) => canonical(predicate),
    implied,
    excluded,
    family: (predicate) => info(predicate)?.family ?? predicate,
  };
  compiled.set(vocabulary, result);
  return result;
}
