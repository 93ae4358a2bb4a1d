import type { Corpus } from '../../corpus/corpus.js';
import { chainToArray } from '../../internal/chain-list.js';
import { normalizeName } from '../../internal/normalize-name.js';
import type { Actor } from '../../model/actor.js';
import { type NormalizedViaLink, viaLinks } from '../../model/via-links.js';
import { PassageIndex } from '../passage-index.js';
import type { Rule } from '../rule.js';

/** The names a text may use for an actor: normalised, and those that can be found as written. */
interface NameKeys {
  readonly keys: readonly string[];
  /** The names among them that are ASCII without apostrophes (see {@link hasPlainName}). */
  readonly plain: readonly string[];
}

// Apostrophes are left out: a possessive is dropped from the text before it is normalised.
const NOT_PLAIN = /[\P{ASCII}'`]/u;

/** Whether a character code, beside a name, separates it from the words around it once normalised. */
function isPlainBreak(code: number): boolean {
  if (code >= 128 || code === 39 || code === 96) return false;
  const lower = code | 0x20;
  return !((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57));
}

/**
 * Whether `text` contains one of the plain names as written, between plain separators (or at an
 * end). Such an occurrence survives normalising the text: the possessive rule cannot touch it (no
 * apostrophe in or beside it), decomposition and removing marks leave ASCII as it is, and the
 * separators split words; so the normalised text then holds the name's key as whole words. Most
 * texts name their speakers as the corpus spells them, and are then never normalised at all.
 */
function hasPlainName(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (
        (at === 0 || isPlainBreak(text.charCodeAt(at - 1))) &&
        (end === text.length || isPlainBreak(text.charCodeAt(end)))
      )
        return true;
    }
  }
  return false;
}

/**
 * The normalised names a text may use for each actor: its own name and aliases, its offices'
 * aliases, and the names of those it speaks for (and, for a country, of its government). Built
 * once per actor, on demand, with the governments of each country indexed up front: scanning
 * every actor for each country speaker would make the rule quadratic.
 */
function nameKeys(corpus: Corpus): (actor: Actor) => NameKeys {
  const governmentsOf = new Map<string, Actor[]>();
  for (const actor of corpus.actors) {
    if (actor.kind !== 'government' || actor.of === undefined) continue;
    const list = governmentsOf.get(actor.of);
    if (list) list.push(actor);
    else governmentsOf.set(actor.of, [actor]);
  }
  const cache = new Map<string, NameKeys>();
  return (actor) => {
    const cached = cache.get(actor.id);
    if (cached) return cached;
    const names = [actor.name, ...actor.aliases];
    for (const role of actor.roles) names.push(...role.aliases);
    const spokenFor = [...actor.actsFor, ...(actor.kind === 'government' && actor.of ? [actor.of] : [])];
    for (const id of spokenFor) {
      const other = corpus.store.actors.get(id)?.record;
      if (other) names.push(other.name, ...other.aliases);
    }
    if (actor.kind === 'country') {
      for (const government of governmentsOf.get(actor.id) ?? []) names.push(government.name, ...government.aliases);
    }
    const keys = [...new Set(names.map(normalizeName))].filter((key) => key !== '');
    const plain = [...new Set(names)].filter((name) => !NOT_PLAIN.test(name) && normalizeName(name) !== '');
    const found = { keys, plain };
    cache.set(actor.id, found);
    return found;
  };
}

/** At least this many speakers are looked up in a source's text by scanning it before its words are indexed. */
const SCANS_BEFORE_INDEX = 8;
/**
 * Characters a source may be scanned for before its words are indexed, as speakers times text
 * length: a short text is scanned for a few dozen speakers sooner than indexed (indexing costs
 * more than many scans), while the cost per source stays bounded, which keeps the rule linear.
 */
const SCAN_BUDGET = 1 << 16;

const NO_LINKS: readonly NormalizedViaLink[] = Object.freeze([]);

/**
 * Whether `phrase` occurs in `text` as whole words (both normalised: words between single
 * spaces), as {@link PassageIndex.hasPhrase} finds it, by scanning the text.
 */
function hasPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || text[at - 1] === ' ') && (end === text.length || text[end] === ' ')) return true;
  }
  return false;
}

/**
 * The speaker of an attribution should be named in the source text: by name, alias, the alias of
 * an office, or the name of the government or country it speaks for. Own-voice attributions and
 * the source's own publisher or authors are exempt. Every intermediary speaker of the chain (`via`
 * actor links) must be named in the same way, own-voice attributions included, and so must the
 * speaker the text wrongly credits (`creditedTo`).
 */
export const speakerNotInSource: Rule = {
  meta: {
    id: 'speaker-not-in-source',
    severity: 'warning',
    doc: 'The speaker of an attribution, every speaker who relays the words, or whom they speak for, is named in the source text.',
    messages: {
      absent:
        'Attribution "{id}" credits the words to {speaker}, but the text of source "{source}" never names {speaker}: not by name, alias or office, nor the government or country they speak for.',
      creditedAbsent:
        'Attribution "{id}" records that the text credits the words to {speaker}, but the text of source "{source}" never names {speaker}: not by name, alias or office, nor the government or country they speak for.',
      relayAbsent:
        'Attribution "{id}" has {speaker} relay the words, but the text of source "{source}" never names {speaker}: not by name, alias or office, nor the government or country they speak for.',
    },
  },
  check({ corpus, report }) {
    const keysOf = nameKeys(corpus);
    // Source by source, so that only one text's word index is held at a time; each speaker is
    // looked up once per source, however many of its attributions the source carries.
    for (const source of corpus.sources) {
      if (!source.text) continue;
      let words: string | undefined;
      let index: PassageIndex | undefined;
      const named = new Map<string, boolean>();
      const text = source.text;
      const scans = Math.max(SCANS_BEFORE_INDEX, Math.floor(SCAN_BUDGET / (text.length + 1)));
      const isNamed = (actor: Actor) => {
        let found = named.get(actor.id);
        if (found === undefined) {
          const { keys, plain } = keysOf(actor);
          // A source names a few speakers: scanning its text for each is cheaper than indexing
          // its words. A source with many speakers gets the index, which keeps the rule linear.
          const scan = named.size < scans;
          if (scan && hasPlainName(text, plain)) {
            named.set(actor.id, true);
            return true;
          }
          // "Japan’s" names Japan: drop the possessive before names lose their apostrophes.
          words ??= normalizeName(text.replace(/['’]s\b/gu, ''));
          const normalized = words;
          if (!scan) index ??= new PassageIndex(normalized);
          found = false;
          for (const key of keys) {
            if (index ? index.hasPhrase(key) : hasPhrase(normalized, key)) {
              found = true;
              break;
            }
          }
          named.set(actor.id, found);
        }
        return found;
      };
      const ownVoice = (id: string) => source.publisher === id || source.authors.includes(id);
      for (const a of chainToArray(corpus.store.bySource.get(source.id))) {
        // Every speaker who relays the words must be named too: Matsuno as well as Kishida.
        const links = a.via === undefined || a.via.length === 0 ? NO_LINKS : viaLinks(a);
        for (let i = 0; i < links.length; i++) {
          const link = links[i] as NormalizedViaLink;
          if (link.type !== 'actor' || ownVoice(link.actor)) continue;
          const relay = corpus.store.actors.get(link.actor)?.record;
          if (!relay || isNamed(relay)) continue;
          report({
            messageId: 'relayAbsent',
            data: { id: a.id, speaker: relay.name, source: source.id },
            entity: { type: 'attribution', id: a.id },
            field: ['via', i, 'actor'],
            actual: link.actor,
          });
        }
        // The speaker the text wrongly credits must be one the text names: that is the error recorded.
        const credited = a.creditedTo === undefined ? undefined : corpus.store.actors.get(a.creditedTo)?.record;
        if (credited && !isNamed(credited)) {
          report({
            messageId: 'creditedAbsent',
            data: { id: a.id, speaker: credited.name, source: source.id },
            entity: { type: 'attribution', id: a.id },
            field: ['creditedTo'],
            actual: a.creditedTo,
          });
        }
        if (a.mode === 'own-voice') continue;
        const speaker = corpus.store.actors.get(a.speaker)?.record;
        if (!speaker || ownVoice(a.speaker) || isNamed(speaker)) continue;
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
