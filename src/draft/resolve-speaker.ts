import { lastIndexWhere } from '../internal/last-index-where.js';
import { slugify } from '../interop/internal/slug.js';
import type { Actor, ActorInput } from '../model/actor.js';
import { ROLE_WORDS } from '../speech/words.js';
import { BODY_WORDS, foldName, looksLikePerson, type Mention, nameRuns } from './mentions.js';
import type { MentionReader } from './read-mention.js';

/** A mention resolved to an actor id, with how sure the resolution is and what was guessed. */
export interface ResolvedSpeaker {
  readonly id: string;
  readonly name: string;
  readonly kind: Actor['kind'];
  readonly confidence: number;
  /** What was guessed, for the reviewer. */
  readonly guess?: string;
  /** The office the mention gave, when it was a role phrase. */
  readonly title?: string;
}

/** Capitalised office words that stand before a name: "Prime Minister Fumio Kishida", "Mayor Luis Ortega". */
const TITLE_WORD =
  /^(?:Minister|President|Secretary|Spokesman|Spokeswoman|Chancellor|Premier|Governor|Mayor|Senator|General|Director|Chairman|Chairwoman|Leader|Chief|Executive|Officer|Ambassador|Professor|Prof\.?|Dr\.?|King|Queen|Pope|Commissioner|Judge|Justice|Councillor|Representative|Rep\.?|Sen\.?|Gov\.?|Gen\.?|Mr\.?|Mrs\.?|Ms\.?)$/;

const MEDIA =
  /\b(?:News|Times|Post|Press|Journal|Herald|Tribune|Telegraph|BBC|CNN|Reuters|AP|AFP|Xinhua|TASS|Yonhap|KCNA|Guardian|Gazette|Courier|Chronicle|Wire)\b/i;

interface Person {
  readonly at: number;
  readonly id: string;
  readonly name: string;
  readonly pronoun?: 'he' | 'she' | 'they';
}

const heldAt = (role: Actor['roles'][number], date: string | undefined) =>
  date === undefined || ((role.from === undefined || role.from <= date) && (role.to === undefined || role.to >= date));

/** The office words of a role phrase: "the ministry’s spokeswoman" → "ministry's spokeswoman". */
const titleOf = (phrase: string) => phrase.replace(/^(?:the|a|an|its|his|her|their)\s+/i, '');

/**
 * Resolves the mentions of one article to actors: corpus names and aliases first, then people the
 * article names (a surname for the full name, a pronoun for the last person named, a role for the
 * person the article names in it or the corpus actor holding it at the date), then new actors.
 */
export class SpeakerResolver {
  readonly created = new Map<string, ActorInput>();
  readonly #people: Person[] = [];
  readonly #roles: { at: number; person: Person; words: Set<string> }[] = [];
  readonly #lastBody: { at: number; id: string; name: string; kind: Actor['kind'] }[] = [];

  constructor(
    readonly reader: MentionReader,
    readonly actors: readonly Actor[],
    readonly date: string | undefined,
    outside: readonly { start: number; end: number }[],
  ) {
    for (const part of outside) this.#scanPeople(part.start, part.end);
    this.#people.sort((a, b) => a.at - b.at);
  }

  /** Records the people the article names, and the offices it gives them. */
  #scanPeople(from: number, to: number): void {
    const { text, names } = this.reader;
    for (const run of nameRuns(text, from, to)) {
      const words = run.text.split(/\s+/);
      // "Prime Minister Fumio Kishida": the office is the words up to the last role word.
      const lastRole = lastIndexWhere(words, (w) => TITLE_WORD.test(w));
      const nameWords = lastRole >= 0 ? words.slice(lastRole + 1) : words;
      if (nameWords.length === 0) continue;
      const name = nameWords.join(' ');
      const at = run.end - name.length;
      const actor = names.get(foldName(name));
      let person: Person | undefined;
      // "De Vries" after "Pieter de Vries", "Okafor" after "Clara Okafor": the same person.
      const earlier = this.#people.findLast((p) => foldName(p.name).endsWith(` ${foldName(name)}`));
      if (actor?.kind === 'person') person = { at, id: actor.id, name: actor.name, pronoun: actor.pronoun };
      else if (!actor && earlier) person = { ...earlier, at };
      else if (
        !actor &&
        looksLikePerson(name, text.slice(Math.max(0, at - 12), at)) &&
        !/\($/.test(text.slice(0, run.start).trimEnd())
      )
        person = { at, id: slugify(name, 'person'), name };
      else if (!actor && nameWords.length === 1) {
        const known = this.#people.findLast((p) => p.name.split(' ').includes(name));
        if (known) person = { ...known, at };
      }
      if (!person) continue;
      this.#people.push(person);
      if (lastRole >= 0)
        this.#roles.push({ at, person, words: new Set(words.slice(0, lastRole + 1).map((w) => w.toLowerCase())) });
      // "The port authority's spokesman, Pieter de Vries, told reporters"
      const before = /(?:^|[.;:]\s+|\b(?:the|a|an)\s+)([\p{L}’'\s-]{2,80}),\s*$/iu.exec(
        text.slice(Math.max(0, run.start - 80), run.start),
      );
      const roleWords = before?.[1]?.toLowerCase().split(/\s+/) ?? [];
      if (roleWords.some((w) => ROLE_WORDS.has(w))) this.#roles.push({ at, person, words: new Set(roleWords) });
      // "Akiko Yoshioka, a Russian policy specialist and researcher at …"
      const apposition = /^,\s+(?:the|a|an)\s+([^,.;]+)/.exec(text.slice(run.end, run.end + 160));
      if (apposition) this.#roles.push({ at, person, words: new Set(apposition[1]?.toLowerCase().split(/\s+/)) });
    }
  }

  /**
   * Makes sure a speaker that is not a corpus actor is among the drafted actors.
   *
   * @param speaker - a resolved speaker
   */
  ensure(speaker: ResolvedSpeaker): void {
    if (this.actors.some((a) => a.id === speaker.id) || this.created.has(speaker.id)) return;
    this.created.set(speaker.id, { id: speaker.id, kind: speaker.kind, name: speaker.name });
  }

  /** Registers a mention of a body ("Japan", "the ministry") so that "it" and "they" can find it. */
  #noteBody(at: number, id: string, name: string, kind: Actor['kind']): void {
    this.#lastBody.push({ at, id, name, kind });
  }

  /**
   * The actor a mention stands for, or undefined when it cannot be told.
   *
   * @param mention - what the text says
   * @returns the resolved speaker
   */
  resolve(mention: Mention): ResolvedSpeaker | undefined {
    if (mention.kind === 'corpus' && mention.actor) {
      const a = mention.actor;
      if (a.kind !== 'person') this.#noteBody(mention.start, a.id, a.name, a.kind);
      const viaRole =
        a.kind === 'person' &&
        foldName(mention.text) !== foldName(a.name) &&
        !a.aliases.some(
          (x) =>
            foldName(x) === foldName(mention.text) &&
            /^\p{Lu}/u.test(x) &&
            x.length <= 80 &&
            x.split(' ').length <= 3 &&
            !/\p{Ll}{3,} \p{Ll}/u.test(x),
        );
      const title =
        a.kind === 'person' &&
        a.roles.some(
          (r) =>
            r.aliases.some((x) => foldName(x) === foldName(mention.text)) ||
            foldName(r.title) === foldName(mention.text),
        )
          ? titleOf(mention.text)
          : undefined;
      return {
        id: a.id,
        name: a.name,
        kind: a.kind,
        confidence: viaRole ? 0.75 : 0.9,
        ...(title ? { title, guess: `“${mention.text}” is ${a.name} (the corpus gives ${a.name} this office)` } : {}),
      };
    }
    if (mention.kind === 'pronoun') return this.#pronoun(mention);
    if (mention.kind === 'role') return this.#role(mention);
    return this.#name(mention);
  }

  #pronoun(mention: Mention): ResolvedSpeaker | undefined {
    const word = mention.text.toLowerCase();
    if (word === 'he' || word === 'she') {
      const before = this.#people.filter((p) => p.at < mention.start);
      const last = before[before.length - 1];
      if (!last) return undefined;
      const fits = (p: Person) => p.pronoun === undefined || p.pronoun === word;
      // A compatible person named shortly before wins over the last one; otherwise the text's
      // pronoun is taken to be the slip, as with “he added” after a woman is named.
      const person = fits(last) ? last : (before.findLast((p) => fits(p) && mention.start - p.at < 300) ?? last);
      const slip = fits(person) ? '' : ` (the corpus gives ${person.name} the pronoun “${person.pronoun}”)`;
      return {
        id: person.id,
        name: person.name,
        kind: 'person',
        confidence: slip ? 0.5 : 0.7,
        guess: `“${mention.text}” taken as ${person.name}, the last person named before it${slip}.`,
      };
    }
    const body = this.#lastBody.findLast((b) => b.at < mention.start);
    if (!body) return undefined;
    return {
      ...body,
      confidence: 0.5,
      guess: `“${mention.text}” taken as ${body.name}, the last body named before it`,
    };
  }

  #role(mention: Mention): ResolvedSpeaker | undefined {
    const title = titleOf(mention.text);
    const core = foldName(title).replace(/^[\p{L}.-]+'s\s+/u, '');
    const words = core.split(' ');
    const head = words[words.length - 1] as string;
    // The person the article names in that office, the nearest before the mention, else after it.
    const named = this.#roles
      .filter((r) => r.words.has(head) && words.filter((w) => r.words.has(w)).length >= Math.ceil(words.length / 2))
      .sort(
        (a, b) =>
          (a.at < mention.start ? 0 : 1) - (b.at < mention.start ? 0 : 1) ||
          Math.abs(a.at - mention.start) - Math.abs(b.at - mention.start),
      )[0];
    if (named) {
      return {
        id: named.person.id,
        name: named.person.name,
        kind: 'person',
        confidence: 0.75,
        title,
        guess: `“${mention.text}” is ${named.person.name}, whom the article names in that role`,
      };
    }
    for (const actor of this.actors) {
      for (const role of actor.roles) {
        if (!heldAt(role, this.date)) continue;
        if ([role.title, ...role.aliases].some((t) => foldName(t) === core || foldName(t) === foldName(title))) {
          return {
            id: actor.id,
            name: actor.name,
            kind: actor.kind,
            confidence: 0.7,
            title,
            guess: `“${mention.text}” is ${actor.name}, who held the office of ${role.title} at the date`,
          };
        }
      }
    }
    if (BODY_WORDS.has(head)) {
      const id = slugify(core, 'body');
      const kind = MEDIA.test(title) ? 'media' : 'organization';
      if (!this.created.has(id))
        this.created.set(id, { id, kind, name: title.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) });
      this.#noteBody(mention.start, id, title, kind);
      return {
        id,
        name: title,
        kind,
        confidence: 0.5,
        guess: `“${mention.text}” is a new organisation; link it to an existing actor if there is one`,
      };
    }
    if (/^the\s/i.test(mention.text) && !/s$/.test(head)) {
      const person = this.#people.findLast((p) => p.at < mention.start);
      if (person)
        return {
          id: person.id,
          name: person.name,
          kind: 'person',
          confidence: 0.4,
          title,
          guess: `“${mention.text}” taken as ${person.name}, the last person named before it; the article does not name anyone in that role`,
        };
    }
    const id = slugify(`unnamed ${core}`, 'unnamed');
    if (!this.created.has(id))
      this.created.set(id, { id, kind: 'group', name: title.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) });
    return {
      id,
      name: title,
      kind: 'group',
      confidence: 0.5,
      guess: `“${mention.text}” is not named in the article; recorded as an unnamed speaker`,
    };
  }

  #name(mention: Mention): ResolvedSpeaker {
    // "Finance Minister Clara Okafor": the office words are not part of the name.
    const words = mention.text.split(/\s+/);
    const lastTitle = lastIndexWhere(words, (w) => TITLE_WORD.test(w));
    const name = lastTitle >= 0 && lastTitle < words.length - 1 ? words.slice(lastTitle + 1).join(' ') : mention.text;
    const title = name === mention.text ? undefined : words.slice(0, lastTitle + 1).join(' ');
    const key = foldName(name);
    const known = this.#people.findLast(
      (p) => p.at <= mention.start && (foldName(p.name) === key || foldName(p.name).endsWith(` ${key}`)),
    );
    if (known) {
      return {
        id: known.id,
        name: known.name,
        kind: 'person',
        confidence: known.name === name ? 0.85 : 0.75,
        ...(title ? { title } : {}),
      };
    }
    const person = looksLikePerson(name);
    const id = slugify(name, person ? 'person' : 'actor');
    const kind = person
      ? 'person'
      : /\b(?:News|Times|Post|Press|Journal|Herald|Tribune|Telegraph|BBC|CNN|Reuters|AP|AFP|Xinhua|TASS|Yonhap|KCNA|Guardian)\b/.test(
            name,
          )
        ? 'media'
        : 'organization';
    if (!this.created.has(id)) this.created.set(id, { id, kind, name });
    if (kind !== 'person') this.#noteBody(mention.start, id, name, kind);
    return {
      id,
      name,
      kind,
      confidence: 0.7,
      guess: `${name} is a new ${kind === 'person' ? 'person' : kind}; check that no existing actor is meant`,
    };
  }
}
