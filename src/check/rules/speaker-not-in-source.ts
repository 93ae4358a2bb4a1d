import { normalizeName } from '../../internal/normalize-name.js';
import type { Actor } from '../../model/actor.js';
import type { Rule } from '../rule.js';

/** Every name a text may use for an actor: its own, its offices', and those it speaks for. */
function namesFor(actor: Actor, actors: Iterable<Actor>, byId: (id: string) => Actor | undefined): string[] {
  const names = [actor.name, ...actor.aliases];
  for (const role of actor.roles) names.push(...role.aliases);
  const spokenFor = [...actor.actsFor, ...(actor.kind === 'government' && actor.of ? [actor.of] : [])];
  for (const id of spokenFor) {
    const other = byId(id);
    if (other) names.push(other.name, ...other.aliases);
  }
  if (actor.kind === 'country') {
    for (const other of actors) {
      if (other.kind === 'government' && other.of === actor.id) names.push(other.name, ...other.aliases);
    }
  }
  return names;
}

/**
 * The speaker of an attribution should be named in the source text: by name, alias, the title of
 * an office, or the name of the government or country it speaks for. Own-voice attributions and
 * the source's own publisher or authors are exempt.
 */
export const speakerNotInSource: Rule = {
  meta: {
    id: 'speaker-not-in-source',
    severity: 'warning',
    doc: 'The speaker of an attribution, or whom it speaks for, is named in the source text.',
    messages: {
      absent:
        'Attribution "{id}" credits {speaker}, but the text of source "{source}" names neither {speaker} nor an alias, office or government of theirs.',
    },
  },
  check({ corpus, report }) {
    const normalizedTexts = new Map<string, string>();
    const byId = (id: string) => corpus.store.actors.get(id)?.record;
    for (const a of corpus.attributions) {
      if (a.mode === 'own-voice') continue;
      const source = corpus.store.sources.get(a.source)?.record;
      const speaker = byId(a.speaker);
      if (!source?.text || !speaker) continue;
      if (source.publisher === a.speaker || source.authors.includes(a.speaker)) continue;
      let text = normalizedTexts.get(source.id);
      if (text === undefined) {
        text = ` ${normalizeName(source.text)} `;
        normalizedTexts.set(source.id, text);
      }
      const haystack = text;
      const named = namesFor(speaker, corpus.actors, byId).some((name) => {
        const key = normalizeName(name);
        return key !== '' && haystack.includes(` ${key} `);
      });
      if (!named) {
        report({
          messageId: 'absent',
          data: { id: a.id, speaker: speaker.name, source: source.id },
          entity: { type: 'attribution', id: a.id },
          field: ['speaker'],
          actual: a.speaker,
        });
      }
    }
  },
};
