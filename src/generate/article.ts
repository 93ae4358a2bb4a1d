import type { AttributionInput, Quote } from '../model/attribution.js';
import type { SourceInput } from '../model/source.js';
import { resolveRelativeDate } from '../time/resolve-relative-date.js';
import type { HeldRole, Outlet, Speaker } from './actor-pool.js';
import type { GeneratedClaim } from './claims.js';
import { type DayNumber, formatDay, longDate, weekdayOf } from './dates.js';
import type { Random } from './random.js';
import { ADJECTIVES, an, COUNTRIES, CUES, NOUNS, PEOPLE, VERBS, WEEKDAYS } from './vocabulary.js';

/** A source cited earlier, which later articles may quote through ("according to ..."). */
export interface CitableSource {
  readonly id: string;
  readonly outlet: string;
}

/** What one attribution of an article says, decided before the text is written. */
export interface AttributionPlan {
  readonly speaker: Speaker | undefined;
  readonly claim: GeneratedClaim;
  readonly mode: AttributionInput['mode'];
  readonly stance: 'asserts' | 'denies' | 'doubts' | 'hedges';
  /** Sources the words passed through, outermost first. */
  readonly via: readonly CitableSource[];
}

/** The article's metadata. */
export interface ArticleHead {
  readonly id: string;
  readonly outlet: Outlet;
  readonly author: string;
  readonly published: DayNumber;
  /** Typographic quotes and apostrophes, as many real texts have. */
  readonly curly: boolean;
}

const QUOTE_TEMPLATES: readonly ((r: Random) => string)[] = [
  (r) => `We will ${r.pick(VERBS)} ${an(r.pick(ADJECTIVES))} ${r.pick(NOUNS)} with ${r.pick(COUNTRIES)[0]}`,
  (r) => `There can be no ${r.pick(NOUNS)} without the consent of ${r.pick(PEOPLE)}`,
  (r) => `We don't see any reason to ${r.pick(VERBS)} the ${r.pick(NOUNS)} at this stage`,
  (r) => `The ${r.pick(NOUNS)} is ${an(r.pick(ADJECTIVES))} step, but it is not enough for ${r.pick(PEOPLE)}`,
  (r) => `Our position on the ${r.pick(NOUNS)} has not changed since ${r.int(2005, 2014)}`,
  (r) => `We are ready to ${r.pick(VERBS)} ${an(r.pick(ADJECTIVES))} ${r.pick(NOUNS)} at any time`,
  (r) => `Nobody in ${r.pick(COUNTRIES)[1]} wants to ${r.pick(VERBS)} the ${r.pick(NOUNS)}`,
  (r) => `It's time for ${an(r.pick(ADJECTIVES))} ${r.pick(NOUNS)} that serves ${r.pick(PEOPLE)}`,
  (r) => `We will not be pushed into ${an(r.pick(NOUNS))} that hurts ${r.pick(PEOPLE)}`,
  (r) => `The talks were ${r.pick(ADJECTIVES)}, and we expect ${an(r.pick(NOUNS))} within ${r.int(2, 12)} weeks`,
];

const DISMISSALS = ['complete nonsense', 'a fabrication', 'baseless', 'an old rumour', 'simply untrue'];

/** Builds a text piece by piece, knowing the UTF-16 offset of every quoted fragment. */
class TextBuilder {
  #parts: string[] = [];
  #length = 0;

  constructor(private readonly curly: boolean) {}

  add(piece: string): void {
    this.#parts.push(piece);
    this.#length += piece.length;
  }

  /** Adds quoted words (with their opening and closing marks) and returns where the words are. */
  quote(words: string, closing = ''): { start: number; end: number; words: string } {
    this.add(this.curly ? '\u201c' : '"');
    const shown = this.curly ? words.replace(/'/g, '\u2019') : words;
    const start = this.#length;
    this.add(shown);
    const end = this.#length;
    this.add(`${closing}${this.curly ? '\u201d' : '"'}`);
    return { start, end, words };
  }

  text(): string {
    return this.#parts.join('');
  }
}

/** How an attribution's passage dates the words, and the stored dates that go with it. */
function timing(random: Random, published: DayNumber): { phrase: string; said?: string; relative?: string } {
  const r = random.next();
  if (r < 0.3) {
    const back = random.int(0, 6);
    const expression = back === 1 && random.chance(0.5) ? 'yesterday' : `on ${WEEKDAYS[weekdayOf(published - back)]}`;
    const resolved = resolveRelativeDate(expression, formatDay(published));
    // The library's own resolver decides the stored date, so the relative-date check agrees.
    if (resolved.ok && typeof resolved.value === 'string') {
      return { phrase: ` ${expression}`, said: resolved.value, relative: expression };
    }
  }
  if (r < 0.8) return { phrase: '', said: formatDay(published) };
  return { phrase: '' };
}

function roleAt(roles: readonly HeldRole[], day: DayNumber): HeldRole | undefined {
  return roles.find((role) => role.from <= day && (role.to === undefined || day <= role.to));
}

/**
 * Writes one article: its text, and the source and attribution records that point into it. Every
 * quote is anchored at its exact offsets with the text around it; every speaker is named in the
 * text; every date agrees with the publication date.
 */
export function writeArticle(
  head: ArticleHead,
  plans: readonly AttributionPlan[],
  random: Random,
  nextAttributionId: () => string,
): { source: SourceInput; attributions: AttributionInput[] } {
  const text = new TextBuilder(head.curly);
  const first = plans[0];
  const titleSubject = first?.speaker?.name.split(' ').pop() ?? head.outlet.city;
  const title = `${titleSubject} ${random.pick(['urges', 'warns on', 'backs', 'questions', 'weighs'])} ${random.pick(ADJECTIVES)} ${random.pick(NOUNS)}`;
  text.add(`${title}\n\n${head.outlet.city.toUpperCase()}, ${longDate(head.published)} - `);
  const pending: { record: AttributionInput; anchors: { start: number; end: number; words: string }[] }[] = [];

  plans.forEach((plan, index) => {
    if (index > 0) text.add('\n\n');
    if (index > 0 && random.chance(0.2))
      text.add(`The question of the ${random.pick(NOUNS)} has been debated for years.\n\n`);
    const anchors: { start: number; end: number; words: string }[] = [];
    if (plan.mode === 'own-voice' || plan.speaker === undefined) {
      text.add(
        `${plan.claim.clause[0]?.toUpperCase()}${plan.claim.clause.slice(1)}, the ${head.outlet.name} has learned.`,
      );
      pending.push({
        record: {
          id: nextAttributionId(),
          claim: plan.claim.record.id,
          source: head.id,
          speaker: head.outlet.id,
          mode: 'own-voice',
          stance: 'asserts',
        },
        anchors,
      });
      return;
    }
    const speaker = plan.speaker;
    const when = timing(random, head.published);
    const at = when.said !== undefined ? Number(Date.parse(`${when.said}T00:00:00Z`) / 86_400_000) : head.published;
    const held = roleAt(speaker.roles, at);
    const ended = speaker.roles.find((role) => role.to !== undefined && role.to < head.published);
    let named = speaker.name;
    let roles: AttributionInput['roles'] = [];
    if (ended && random.chance(0.1)) {
      named = `former ${ended.title} ${speaker.name}`;
      roles = [{ actor: speaker.id, title: ended.title, qualifier: 'former' }];
    } else if (held && random.chance(0.5)) {
      named = speaker.country ? `${speaker.country}'s ${held.title} ${speaker.name}` : `${held.title} ${speaker.name}`;
      roles = [{ actor: speaker.id, title: held.title }];
    }
    const cue = random.pick(CUES[plan.stance]);
    if (plan.via.length === 1) text.add(`According to ${plan.via[0]?.outlet}, `);
    else if (plan.via.length > 1) text.add(`According to ${plan.via[0]?.outlet}, which cited ${plan.via[1]?.outlet}, `);
    const lead = plan.via.length > 0 ? named : `${named[0]?.toUpperCase()}${named.slice(1)}`;
    if (plan.mode === 'direct-quote') {
      const words = random.pick(QUOTE_TEMPLATES)(random);
      if (plan.stance === 'asserts' && plan.via.length === 0 && random.chance(0.5)) {
        anchors.push(text.quote(words, ','));
        text.add(` ${named} ${cue}${when.phrase}.`);
        if (random.chance(0.3)) {
          text.add(' ');
          anchors.push(text.quote(random.pick(QUOTE_TEMPLATES)(random), '.'));
        }
      } else {
        text.add(`${lead} ${cue}${when.phrase}: `);
        anchors.push(text.quote(words, '.'));
      }
    } else if (plan.mode === 'indirect') {
      if (plan.stance === 'denies') {
        text.add(`${lead} ${cue}${when.phrase} that ${plan.claim.clause}, calling it `);
        anchors.push(text.quote(random.pick(DISMISSALS)));
        text.add('.');
      } else {
        const hedge = plan.stance === 'hedges' ? ' reportedly' : '';
        text.add(`${lead}${hedge} ${cue}${when.phrase} that ${plan.claim.clause}`);
        if (random.chance(0.3)) {
          text.add(', describing it as ');
          anchors.push(text.quote(`${an(random.pick(ADJECTIVES))} step`));
        }
        text.add('.');
      }
    } else {
      const verb =
        plan.stance === 'asserts'
          ? 'has long held'
          : plan.stance === 'hedges'
            ? 'has hinted'
            : 'has long disputed the view';
      text.add(`${lead} ${verb} that ${plan.claim.clause}.`);
    }
    const quotes = anchors.map((a): Quote => ({ text: a.words, start: a.start, end: a.end }));
    pending.push({
      record: {
        id: nextAttributionId(),
        claim: plan.claim.record.id,
        source: head.id,
        speaker: speaker.id,
        ...(plan.via.length > 0 ? { via: plan.via.map((v) => v.id) } : {}),
        mode: plan.mode,
        ...(quotes.length > 0 ? { quotes } : {}),
        stance: plan.stance,
        ...(plan.stance === 'hedges' ? { factuality: 'probable' as const } : {}),
        cue,
        ...(when.said !== undefined ? { said: when.said } : {}),
        ...(when.relative !== undefined ? { relative: { said: when.relative } } : {}),
        ...(roles.length > 0 ? { roles } : {}),
      } as AttributionInput,
      anchors,
    });
  });

  const body = text.text();
  const attributions = pending.map(({ record, anchors }) => {
    if (anchors.length === 0 || !('quotes' in record) || !record.quotes) return record;
    // Half of the quotes carry the text around them (TextQuoteSelector), as annotation tools write it.
    record.quotes = record.quotes.map((q) =>
      q.start !== undefined && q.end !== undefined && random.chance(0.5)
        ? { ...q, prefix: body.slice(Math.max(0, q.start - 32), q.start), suffix: body.slice(q.end, q.end + 32) }
        : q,
    );
    return record;
  });
  const day = formatDay(head.published);
  const source: SourceInput = {
    id: head.id,
    kind: 'article',
    title,
    publisher: head.outlet.id,
    authors: [head.author],
    url: `https://${head.outlet.domain}/${day.slice(0, 4)}/${head.id.replace(/\./g, '-')}`,
    language: 'en',
    published: day,
    text: body,
  };
  return { source, attributions };
}
