import { WEEKDAY_NAMES } from '../internal/weekday-names.js';
import type { Actor } from '../model/actor.js';
import { ROLE_WORDS } from '../speech/words.js';
import { BODY_WORDS, foldName, type Mention, nameRuns } from './mentions.js';

/** What reading a mention needs: the text and, when a corpus was given, its folded names. */
export interface MentionReader {
  readonly text: string;
  readonly names: ReadonlyMap<string, Actor>;
}

/** Words between a speaker and the cue that are not part of either: "Japan has also said". */
const SKIP = new Set([
  'has',
  'have',
  'had',
  'also',
  'then',
  'later',
  'reportedly',
  'apparently',
  'specifically',
  'further',
  'again',
  'previously',
  'publicly',
  'recently',
  'repeatedly',
  'consistently',
  'is',
  'was',
  'were',
  'are',
  'been',
  'would',
  'will',
  'once',
  'already',
  'earlier',
  'today',
  'yesterday',
  'not',
  'never',
  ...WEEKDAY_NAMES,
  'on',
  'had',
  'subsequently',
  'separately',
  'privately',
  'openly',
  'strongly',
  'firmly',
  'flatly',
  'angrily',
  'quickly',
  'immediately',
  'has',
  'last',
  'week',
  'night',
  'morning',
  'evening',
  'afternoon',
  'this',
  'however',
  'who',
  'which',
  'it',
  'late',
]);
const DETERMINER = /^(?:the|a|an|its|his|her|their)$/i;
const POSSESSIVE = /^[\p{L}.-]+(?:’s|'s|’)$/u;
const PRONOUN = /^(?:he|she|they|it|He|She|They|It)$/;
const isRoleWord = (w: string) => ROLE_WORDS.has(w.toLowerCase()) || BODY_WORDS.has(w.toLowerCase());

/** The corpus name among the last (or first) words of a phrase, longest first. */
function corpusMatch(
  reader: MentionReader,
  words: readonly { w: string; start: number; end: number }[],
  fromEnd: boolean,
) {
  for (let k = Math.min(6, words.length); k >= 1; k--) {
    const part = fromEnd ? words.slice(words.length - k) : words.slice(0, k);
    const first = part[0] as { start: number };
    const last = part[part.length - 1] as { end: number };
    const actor = reader.names.get(foldName(reader.text.slice(first.start, last.end).replace(/(?:’s|'s)$/u, '')));
    if (actor) return { start: first.start, end: last.end, actor };
  }
  return undefined;
}

function wordsOf(text: string, from: number, to: number) {
  const words: { w: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.-]*/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let w = m[0];
    if (m.index + w.length > to) w = w.slice(0, to - m.index);
    w = w.replace(/\.$/, '');
    words.push({ w, start: m.index, end: m.index + w.length });
  }
  return words;
}

/**
 * The mention that ends just before a cue ("the Japanese government spokesman" said), skipping
 * auxiliaries, adverbs and days between them, a parenthesis after the name, and an apposition set
 * off by commas (the G7, made up of …, condemned).
 */
export function mentionBefore(
  reader: MentionReader,
  end: number,
  floor: number,
  apposition = true,
): Mention | undefined {
  const { text } = reader;
  let e = end;
  for (;;) {
    while (e > floor && /\s/.test(text[e - 1] as string)) e--;
    if (text[e - 1] === ')') {
      const open = text.lastIndexOf('(', e);
      if (open > floor) {
        e = open;
        continue;
      }
    }
    const m = /[\p{L}]+$/u.exec(text.slice(Math.max(floor, e - 20), e));
    // "…, said the expert, who added": the speaker is the one the relative clause hangs on.
    if (m && /^(?:who|which)$/i.test(m[0]) && /,\s*$/.test(text.slice(floor, e - m[0].length))) {
      const comma = text.slice(0, e - m[0].length).lastIndexOf(',');
      return mentionBefore(reader, comma, floor, false) ?? mentionAfter(reader, backToCue(text, comma, floor), comma);
    }
    if (m && SKIP.has(m[0].toLowerCase()) && !/^(?:It)$/.test(m[0])) {
      e -= m[0].length;
      continue;
    }
    break;
  }
  if (text[e - 1] === ',' && apposition) {
    // "The city's chief engineer, Dana Whitfield, said": the name set off by commas after a role.
    const named = mentionBefore(reader, e - 1, floor, false);
    if (named && named.kind !== 'role' && named.kind !== 'pronoun' && /,\s*$/.test(text.slice(floor, named.start))) {
      return named;
    }
    // The subject stands before the first comma that opens an apposition: "the G7, made up of …, condemned".
    const clause = text.slice(floor, e - 1);
    const openers = [
      /,\s+(?:who|which|made|including|one of|along with|as well as|together with|led by|formerly|\p{Ll}+ed)\b/gu,
      /,\s+(?:a|an|the)\b/gu,
    ];
    for (const opener of openers) {
      for (let m = opener.exec(clause); m; m = opener.exec(clause)) {
        const found = mentionBefore(reader, floor + m.index, floor, false);
        if (found) return found;
      }
    }
    return undefined;
  }
  const words = wordsOf(text, Math.max(floor, e - 120), e).filter((w) => w.end <= e);
  const last = words[words.length - 1];
  if (!last || last.end !== e) return undefined;
  if (PRONOUN.test(last.w)) return { start: last.start, end: last.end, text: last.w, kind: 'pronoun' };
  const hit = corpusMatch(reader, words, true);
  if (hit)
    return { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), kind: 'corpus', actor: hit.actor };
  if (isRoleWord(last.w)) {
    let i = words.length - 1;
    let start = last.start;
    while (i > 0 && words.length - i < 7) {
      const prev = words[i - 1] as { w: string; start: number; end: number };
      if (/[,;:]/.test(text.slice(prev.end, words[i]?.start))) break;
      if (DETERMINER.test(prev.w)) {
        start = prev.start;
        break;
      }
      if (/^(?:that|said|says|and|or|but|to|of)$/i.test(prev.w) && !/^(?:and|of)$/i.test(prev.w)) break;
      start = prev.start;
      i--;
      if (POSSESSIVE.test(prev.w)) {
        const det = words[i - 1];
        if (det && /^the$/i.test(det.w)) start = det.start;
        break;
      }
    }
    return { start, end: last.end, text: text.slice(start, last.end), kind: 'role' };
  }
  const run = nameRuns(text, Math.max(floor, e - 120), e).find((r) => r.end === e || r.end === e - 1);
  if (run) return { start: run.start, end: run.end, text: run.text, kind: 'name' };
  return undefined;
}

/** The mention that starts just after a cue (said Akiko Yoshioka; according to the ministry). */
export function mentionAfter(reader: MentionReader, start: number, ceiling: number): Mention | undefined {
  const { text } = reader;
  let s = start;
  while (s < ceiling && /[\s,]/.test(text[s] as string)) s++;
  const honorific = /^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Rev)\.?\s+(?=\p{Lu})/u.exec(text.slice(s, s + 8));
  if (honorific) s += honorific[0].length;
  // "said union leader Rita Sousa": lowercase office words before a name belong to the name's mention.
  const office = /^((?:[\p{Ll}-]+\s+){1,4})(?=\p{Lu})/u.exec(text.slice(s, s + 60));
  if (office?.[1]?.split(/\s+/).some((w) => ROLE_WORDS.has(w)) && !/^(?:the|a|an)\s/.test(office[1]))
    s += office[1].length;
  const words = wordsOf(text, s, Math.min(ceiling, s + 120));
  const first = words[0];
  if (!first || first.start !== s) return undefined;
  if (PRONOUN.test(first.w)) return { start: first.start, end: first.end, text: first.w, kind: 'pronoun' };
  const hit = corpusMatch(reader, words, false);
  if (hit)
    return { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), kind: 'corpus', actor: hit.actor };
  if (DETERMINER.test(first.w) || POSSESSIVE.test(first.w)) {
    for (let i = 1; i < Math.min(words.length, 7); i++) {
      const w = words[i] as { w: string; start: number; end: number };
      if (/[,;:.]/.test(text.slice((words[i - 1] as { end: number }).end, w.start))) break;
      if (isRoleWord(w.w) && !isRoleWord(words[i + 1]?.w ?? '')) {
        return { start: first.start, end: w.end, text: text.slice(first.start, w.end), kind: 'role' };
      }
    }
  }
  const run = nameRuns(text, s, Math.min(ceiling, s + 120))[0];
  if (run && run.start === s) return { start: run.start, end: run.end, text: run.text, kind: 'name' };
  return undefined;
}

/** Where the words after the cue before `comma` start ("said the expert, who" → "the expert"). */
function backToCue(text: string, comma: number, floor: number): number {
  // Reporting words sit just before the comma; a bounded window keeps the search linear.
  const from = Math.max(floor, comma - 200);
  const m = /\b(?:said|says|added|told|wrote)\s+(?=[^,]*$)/.exec(text.slice(from, comma));
  return m ? from + m.index + m[0].length : comma;
}
