import {
  describeCharacter,
  isInvisible,
  latinLookalike,
  mixedScriptWord,
  nameSkeleton,
  visible,
} from '../../internal/confusables.js';
import { normalizeName } from '../../internal/normalize-name.js';
import type { Actor } from '../../model/actor.js';
import type { Rule } from '../rule.js';

interface NameUse {
  readonly actor: Actor;
  readonly name: string;
  readonly field: (string | number)[];
}

const fieldLabel = (field: readonly (string | number)[]) => (field[0] === 'name' ? 'name' : 'alias');

/** The look-alike and invisible characters of a name, described, for the message. */
function oddCharacters(name: string): string[] {
  const found: string[] = [];
  for (const ch of name) {
    if (isInvisible(ch) || latinLookalike(ch) !== undefined) found.push(describeCharacter(ch));
  }
  return [...new Set(found)];
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The invisible characters of a name, in order. */
function invisibleCharacters(name: string): string[] {
  const found: string[] = [];
  for (const ch of name) if (isInvisible(ch)) found.push(ch);
  return found;
}

function namesOf(actor: Actor): NameUse[] {
  return [
    { actor, name: actor.name, field: ['name'] },
    ...actor.aliases.map((name, i) => ({ actor, name, field: ['aliases', i] })),
  ];
}

/**
 * Names that only look alike are a classic way for a wrong or planted record to pass for a real
 * one ("Kim Jong Un" with a Cyrillic "о"), and a common accident of copying from the web. Two
 * actors whose names or aliases differ only by look-alike letters or invisible characters are
 * flagged, as is a single name that hides invisible characters or mixes scripts inside a word.
 */
export const confusableName: Rule = {
  meta: {
    id: 'confusable-name',
    severity: 'warning',
    doc: 'No two actors have names that differ only by look-alike or invisible characters.',
    messages: {
      confusable:
        'Actor "{id}" has the {field} "{name}", which looks the same as the {otherField} "{otherName}" of actor "{other}" but is written with different characters ({detail}). Check whether both are the same actor, or whether one was typed or copied wrongly.',
      invisible:
        'Actor "{id}" has the {field} "{name}", which contains {detail}. Invisible characters make a name look like another while not matching it.',
      mixedScript:
        'Actor "{id}" has the {field} "{name}", whose word "{word}" mixes {scripts} letters ({detail}); a look-alike letter has probably slipped in.',
    },
  },
  check({ corpus, report }) {
    const bySkeleton = new Map<string, NameUse[]>();
    for (const actor of corpus.actors) {
      for (const use of namesOf(actor)) {
        const entity = { type: 'actor' as const, id: actor.id };
        const data = { id: actor.id, field: fieldLabel(use.field), name: visible(use.name) };
        // Printable ASCII has no invisible characters, mixes no scripts and is its own skeleton.
        const plain = PRINTABLE_ASCII.test(use.name);
        const invisible = plain ? [] : invisibleCharacters(use.name);
        if (invisible.length > 0) {
          const detail = [...new Set(invisible.map(describeCharacter))].join(', ');
          report({ messageId: 'invisible', data: { ...data, detail }, entity, field: use.field, actual: use.name });
        }
        const mixed = plain ? undefined : mixedScriptWord(use.name);
        if (mixed) {
          report({
            messageId: 'mixedScript',
            data: {
              ...data,
              word: mixed.word,
              scripts: mixed.scripts.join(' and '),
              detail: oddCharacters(mixed.word).join(', ') || 'letters from two alphabets',
            },
            entity,
            field: use.field,
            actual: use.name,
          });
        }
        const key = plain ? normalizeName(use.name) : nameSkeleton(use.name);
        if (key === '') continue;
        const list = bySkeleton.get(key);
        if (list) list.push(use);
        else bySkeleton.set(key, [use]);
      }
    }
    const reported = new Set<string>();
    for (const uses of bySkeleton.values()) {
      if (uses.length < 2) continue;
      // The first use of each spelling; a later use is compared with the spellings before it.
      const firstOfSpelling = new Map<string, NameUse>();
      for (const use of uses) {
        const spelling = normalizeName(use.name);
        let earlier: NameUse | undefined;
        for (const [other, first] of firstOfSpelling) {
          if (other !== spelling && first.actor.id !== use.actor.id) {
            earlier = first;
            break;
          }
        }
        if (!firstOfSpelling.has(spelling)) firstOfSpelling.set(spelling, use);
        if (!earlier) continue;
        const pair = `${earlier.actor.id}\u0000${use.actor.id}`;
        if (reported.has(pair)) continue;
        reported.add(pair);
        const odd = [...oddCharacters(use.name), ...oddCharacters(earlier.name)];
        report({
          messageId: 'confusable',
          data: {
            id: use.actor.id,
            field: fieldLabel(use.field),
            name: visible(use.name),
            otherField: fieldLabel(earlier.field),
            otherName: visible(earlier.name),
            other: earlier.actor.id,
            detail: odd.length > 0 ? [...new Set(odd)].join('; ') : 'the letters differ only in how they are encoded',
          },
          entity: { type: 'actor', id: use.actor.id },
          field: use.field,
          actual: use.name,
          expected: earlier.name,
          related: [{ type: 'actor', id: earlier.actor.id }],
        });
      }
    }
  },
};
