import { trimEndChars } from '../internal/trim-end-chars.js';
import { WEEKDAY_NAMES } from '../internal/weekday-names.js';
import type { Actor } from '../model/actor.js';
import { ROLE_WORDS } from '../speech/words.js';

/** Words that name a body rather than a person: a phrase ending in one is an organisation. */
export const BODY_WORDS: ReadonlySet<string> = new Set([
  'government',
  'ministry',
  'police',
  'army',
  'military',
  'company',
  'firm',
  'agency',
  'council',
  'court',
  'office',
  'department',
  'embassy',
  'committee',
  'university',
  'institute',
  'party',
  'bank',
  'union',
  'group',
  'board',
  'commission',
  'parliament',
  'congress',
  'senate',
  'cabinet',
  'administration',
  'team',
  'club',
  'news',
  'times',
  'post',
  'press',
  'journal',
  'herald',
  'tribune',
  'telegraph',
  'guardian',
  'network',
  'foundation',
  'association',
  'federation',
  'corporation',
  'inc',
  'corp',
  'ltd',
  'school',
  'hospital',
  'service',
  'media',
  'kremlin',
  'alliance',
  'affairs',
  'forces',
  'nations',
  'states',
  'republic',
  'region',
  'province',
  'city',
  'islands',
  'sea',
  'ocean',
  'war',
  'navy',
  'studies',
  'centre',
  'center',
  'security',
  'defense',
  'defence',
  'foreign',
  'trade',
  'industry',
  'health',
  'street',
  'square',
  'house',
  'hall',
  'airport',
  'station',
  'river',
  'mountains',
  'valley',
  'county',
  'district',
]);

/** Capitalised words that open sentences or phrases and are not part of a name. */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'however',
  'meanwhile',
  'but',
  'and',
  'while',
  'when',
  'after',
  'before',
  'since',
  'as',
  'for',
  'with',
  'despite',
  'only',
  'also',
  'this',
  'that',
  'these',
  'those',
  'earlier',
  'later',
  'last',
  'next',
  'according',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'his',
  'her',
  'their',
  'its',
  'our',
  'if',
  'during',
  'under',
  'from',
  'to',
  'by',
  'of',
  'so',
  'yet',
  'still',
  'then',
  'there',
  'here',
  'what',
  'who',
  'why',
  'how',
  ...WEEKDAY_NAMES,
  'today',
  'yesterday',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'both',
  'all',
  'some',
  'many',
  'most',
  'such',
  'other',
  'another',
  'each',
  'every',
  'asked',
  'speaking',
  'although',
  'though',
  'because',
  'unlike',
  'like',
  'among',
  'until',
  'where',
  'whether',
  'about',
  'over',
  'into',
  'without',
  'within',
  'through',
  'instead',
  'even',
  'now',
  'not',
  'no',
  'yes',
]);

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'.-]*`;
const PARTICLE = '(?:de|da|di|van|von|der|bin|al|el|le|la|du|dos|del)';
const NAME_RUN = new RegExp(String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|${PARTICLE}(?=\s+\p{Lu})))*`, 'gu');

/** A phrase of the text that may refer to an actor. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A name, a pronoun, a role or body phrase ("the ministry’s spokeswoman"), or a corpus name. */
  readonly kind: 'name' | 'pronoun' | 'role' | 'corpus';
  /** The corpus actor the words name, when a corpus was given and they name one. */
  readonly actor?: Actor;
}

/** Folds a name for comparison: case, accents, curly apostrophes and a leading "the" do not matter. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/-/g, ' ')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The names and aliases of the corpus actors, folded, each with its actor; longest first. */
export function corpusNames(actors: readonly Actor[]): Map<string, Actor> {
  const names = new Map<string, Actor>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const key = foldName(name);
      if (key.length > 1 && !names.has(key)) names.set(key, actor);
    }
  }
  return names;
}

/** Strips words that open a sentence ("However Kim") from the front of a name run. */
function trimName(run: string, offset: number): { text: string; start: number } | undefined {
  const words = run.split(/(\s+)/);
  let start = offset;
  while (
    words.length > 0 &&
    NOT_NAMES.has(trimEndChars((words[0] as string).toLowerCase(), (ch) => "’'.".includes(ch)))
  ) {
    start += (words[0] as string).length + (words[1]?.length ?? 0);
    words.splice(0, 2);
  }
  let text = words.join('');
  text = text.replace(/(?:’s|'s|’|[.,])$/u, '');
  return text === '' ? undefined : { text, start };
}

/** Every name run of a stretch of text (capitalised words), with sentence openers stripped. */
export function nameRuns(text: string, from: number, to: number): { text: string; start: number; end: number }[] {
  const runs: { text: string; start: number; end: number }[] = [];
  NAME_RUN.lastIndex = from;
  for (let m = NAME_RUN.exec(text); m && m.index < to; m = NAME_RUN.exec(text)) {
    const trimmed = trimName(m[0].slice(0, Math.max(0, to - m.index)), m.index);
    if (trimmed) runs.push({ ...trimmed, end: trimmed.start + trimmed.text.length });
  }
  return runs;
}

/** Whether a name run looks like a person's name rather than a place or a body. */
export function looksLikePerson(name: string, before = ''): boolean {
  const words = name.split(/\s+/);
  // "at the Canon Institute for Global Studies", "in South Korea": places and bodies follow prepositions.
  if (/\b(?:of|in|at|for|from|to|into|across|near|by|with|on)\s+(?:the\s+)?$/i.test(before)) return false;
  if (words.length < 2 || words.length > 4) return false;
  return !words.some((w) => BODY_WORDS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()));
}
