import type { Corpus } from '../../corpus/corpus.js';
import { type Reference, type ReferenceVisitor, referencesOf, visitReferences } from '../../corpus/references.js';
import { mapOf } from '../../corpus/store.js';
import { didYouMean } from '../../internal/did-you-mean.js';
import { normalizeName } from '../../internal/normalize-name.js';
import type { EntityType } from '../../model/diagnostic.js';
import type { Rule } from '../rule.js';

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const nth = (i: number) => ORDINAL[i] ?? `${i + 1}th`;

/** What the referring field means, as the end of "Attribution "x" names actor "y" …". */
function roleOf(field: Reference['field'], record: { roles?: readonly { title?: string }[] }): string {
  const [head, index, tail] = field;
  const i = typeof index === 'number' ? index : 0;
  switch (head) {
    case 'speaker':
      return 'as its speaker';
    case 'source':
      return 'as the source it appears in';
    case 'claim':
      return 'as the claim it carries';
    case 'via':
      return `as the ${nth(i)} document in its via chain`;
    case 'roles':
      return tail === 'of'
        ? `as the body its role "${record.roles?.[i]?.title ?? ''}" belongs to`
        : `in its ${nth(i)} role mention`;
    case 'publisher':
      return 'as its publisher';
    case 'authors':
      return 'as an author';
    case 'subject':
      return 'as its subject';
    case 'where':
      return 'as the place (where)';
    case 'object':
      return 'as its object';
    case 'contradicts':
      return 'as a claim it contradicts';
    case 'sameAs':
      return 'as a claim stating the same (sameAs)';
    case 'memberOf':
      return 'as a group it belongs to (memberOf)';
    case 'actsFor':
      return 'as whom it speaks for (actsFor)';
    case 'of':
      return 'as the country it governs';
    default:
      return `in ${field.join('.')}`;
  }
}

/** Ids of the given type in the corpus; looking one up by name or by likeness. */
function lookup(corpus: Corpus, type: EntityType) {
  // The name indices are built on first use (normalising every source title is costly), and
  // only a reference that is not an id needs them.
  const namesOf = () =>
    type === 'actor' ? corpus.store.actorNames : type === 'source' ? corpus.store.sourceNames : undefined;
  const ids = mapOf(corpus.store, type);
  return {
    has: (id: string) => ids.has(id),
    /** The one record whose name, alias or title this is (after normalising); cheap. */
    byName(ref: string): { id: string; name: string } | undefined {
      const names = namesOf();
      const found = names?.names().get(normalizeName(ref));
      if (found?.length !== 1) return undefined;
      const record = names?.get(found[0] as string) as { id: string; name?: string; title?: string } | undefined;
      return record ? { id: record.id, name: record.name ?? record.title ?? record.id } : undefined;
    },
    /** The closest id, name or alias by edit distance; scans every candidate. */
    likeness(ref: string): string | undefined {
      const names = namesOf();
      return names ? names.suggest(ref) : didYouMean(ref, ids.keys());
    },
    /** How many candidates a likeness search compares with. */
    get size() {
      return (namesOf()?.names().size ?? 0) + ids.size;
    },
  };
}

const TYPE_LABEL: Record<EntityType, string> = {
  actor: 'Actor',
  source: 'Source',
  claim: 'Claim',
  attribution: 'Attribution',
};

/**
 * A reference to an id that no record has. When the reference is a name or alias rather than an
 * id ("kishida"), the id is given; otherwise the closest id, name or alias by edit distance
 * ("kim-jong-um" → "kim-jong-un").
 */
export const unknownReference: Rule = {
  meta: {
    id: 'unknown-reference',
    severity: 'error',
    doc: 'Every id a record refers to (speaker, source, claim, via, publisher, ...) exists.',
    messages: {
      unknown: '{kind} "{id}" names {target} "{ref}" {role}, but the corpus has no {target} with that id.',
      unknownWithHint:
        '{kind} "{id}" names {target} "{ref}" {role}, but the corpus has no {target} with that id. Did you mean "{hint}"?',
      nameNotId:
        '{kind} "{id}" names {target} "{ref}" {role}, but that is a name, not an id: it is how the corpus refers to "{name}", whose id is "{hint}".',
    },
  },
  check(context) {
    const { corpus, report } = context;
    const lookups = new Map<EntityType, ReturnType<typeof lookup>>();
    const lookupOf = (type: EntityType) => {
      let found = lookups.get(type);
      if (!found) lookups.set(type, (found = lookup(corpus, type)));
      return found;
    };
    // A suggestion by likeness scans every candidate. The budget keeps the whole rule linear in
    // the size of the corpus: a corpus with very many broken references gets the first ones.
    const budget = new Map<EntityType, number>();
    const reportRecord = (type: EntityType, record: { id: string }) => {
      for (const ref of referencesOf(type, record)) {
        const target = lookupOf(ref.type);
        if (target.has(ref.id)) continue;
        const named = target.byName(ref.id);
        let hint = named?.id;
        if (!named) {
          const left = budget.get(ref.type) ?? Math.max(20, Math.floor(1_000_000 / (target.size + 1)));
          budget.set(ref.type, left - 1);
          if (left > 0) hint = target.likeness(ref.id);
        }
        report({
          messageId: named ? 'nameNotId' : hint ? 'unknownWithHint' : 'unknown',
          data: {
            kind: TYPE_LABEL[type],
            id: record.id,
            target: ref.type,
            ref: ref.id,
            role: roleOf(ref.field, record as { roles?: { title?: string }[] }),
            ...(hint ? { hint } : {}),
            ...(named ? { name: named.name } : {}),
          },
          entity: { type, id: record.id },
          field: ref.field,
          actual: ref.id,
          ...(hint ? { suggestion: hint, expected: hint } : {}),
        });
      }
    };
    // Most records refer only to ids that exist: test them all without building a reference list,
    // and list the references only of a record with a broken one.
    const { store } = corpus;
    const exists: ReferenceVisitor = (type, id) => mapOf(store, type).has(id);
    for (const record of corpus.actors) if (!visitReferences('actor', record, exists)) reportRecord('actor', record);
    for (const record of corpus.sources) if (!visitReferences('source', record, exists)) reportRecord('source', record);
    for (const record of corpus.claims) if (!visitReferences('claim', record, exists)) reportRecord('claim', record);
    // Only `has` is asked of the store's maps (the DuckDB engine runs this rule on a stand-in that
    // offers no more). Attributions in a row mostly share their source, and a role mention usually
    // names the speaker: an id found just before is not looked up again.
    let lastActor: string | undefined;
    let lastSource: string | undefined;
    const existsInRow: ReferenceVisitor = (type, id) => {
      if (type === 'actor') {
        if (id === lastActor) return true;
        const found = store.actors.has(id);
        if (found) lastActor = id;
        return found;
      }
      if (type === 'source') {
        if (id === lastSource) return true;
        const found = store.sources.has(id);
        if (found) lastSource = id;
        return found;
      }
      return mapOf(store, type).has(id);
    };
    for (const record of corpus.attributions)
      if (!visitReferences('attribution', record, existsInRow)) reportRecord('attribution', record);
  },
};
