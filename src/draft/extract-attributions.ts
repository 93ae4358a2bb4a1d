import { quoteAt } from '../internal/quote-places.js';
import { slugify } from '../interop/internal/slug.js';
import type { Actor } from '../model/actor.js';
import type { SourceInput } from '../model/source.js';
import { type Cue, findCues } from '../speech/find-cues.js';
import { judgeSpeech } from '../speech/judge-speech.js';
import { findQuotedSpans, type QuotedSpan } from '../speech/quoted-spans.js';
import { type Sentence, splitSentences } from '../speech/sentences.js';
import { INVERTING_CUES } from '../speech/words.js';
import { readDateline } from './dateline.js';
import { draftIndirect } from './draft-indirect.js';
import { corpusNames, type Mention } from './mentions.js';
import { readManner } from './read-manner.js';
import { type MentionReader, mentionAfter, mentionBefore } from './read-mention.js';
import { type ResolvedSpeaker, SpeakerResolver } from './resolve-speaker.js';
import type { DraftAttribution, DraftCorpus, DraftViaLink, SkippedQuote } from './types.js';

/** Options of {@link extractAttributions}. */
export interface ExtractOptions {
  /** Known actors, reused by name, alias and office instead of drafting new ones. */
  readonly corpus?: { readonly actors: readonly Actor[] };
  /** The article's publication date; without it, a dateline in the text is read. */
  readonly published?: string;
  /** Fields of the article's source record (id, title, publisher…); the rest are drafted. */
  readonly source?: Partial<SourceInput>;
}

interface Speaking {
  readonly speaker: ResolvedSpeaker;
  readonly cue?: Cue;
  readonly guesses: string[];
  readonly via: DraftViaLink[];
}

/** Reporting words between the two parts of a broken quote (“A,” he said, “b.”) are short. */
const MAX_CUE_SPAN = 120;

const NON_FINITE = new Set([
  'stating',
  'saying',
  'adding',
  'noting',
  'warning',
  'stressing',
  'emphasizing',
  'telling',
  'calling for',
  'urging',
]);

/**
 * Drafts attributions from an article's text with rules and word lists: every quotation judged to
 * be speech (not a title, nickname or scare quote) is anchored, the parts of a split quotation are
 * joined, the speaker is read from the reporting construction and resolved (names, pronouns,
 * offices; the corpus's actors first), nested speech becomes a `via` chain, the cue verb gives the
 * stance, hedges the factuality and relative days the date said; reported speech without
 * quotation marks ("X said that …") becomes an indirect attribution. Every record carries a
 * confidence and a note saying what was guessed.
 *
 * @param text - the article text
 * @param options - a corpus of known actors, the publication date, fields of the source record
 * @returns a draft corpus file: the source, new actors, draft claims and attributions
 *
 * @example
 * extractAttributions('“We will win,” Ann Lee said.').attributions[0].speaker
 * //=> 'ann-lee'
 */
export function extractAttributions(text: string, options: ExtractOptions = {}): DraftCorpus {
  const actors = options.corpus?.actors ?? [];
  const dateline = readDateline(text);
  const published = options.published ?? dateline?.date;
  const title =
    options.source?.title ??
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim()
      .slice(0, 200) ??
    'Untitled';
  const sourceId = options.source?.id ?? slugify(title, 'article');
  const spans = findQuotedSpans(text);
  const outer = spans.filter((s) => s.depth === 0);
  const sentences = splitSentences(text, spans);
  const reader: MentionReader = { text, names: corpusNames(actors) };
  const outside: { start: number; end: number }[] = [];
  let last = 0;
  for (const s of outer) {
    outside.push({ start: last, end: Math.max(last, s.start - 1) });
    last = s.end + 1;
  }
  outside.push({ start: last, end: text.length });
  const resolver = new SpeakerResolver(reader, actors, published, outside);
  const sources: SourceInput[] = [
    {
      kind: 'article',
      title,
      ...options.source,
      id: sourceId,
      ...(published ? { published } : {}),
      ...(options.source?.textFile ? {} : { text }),
    },
  ];
  const attributions: DraftAttribution[] = [];
  const skipped: SkippedQuote[] = [];
  const sentenceOf = (at: number) =>
    sentences.find((s) => at >= s.start && at < s.end) ?? sentences[sentences.length - 1];
  let counter = 0;
  const nextId = (speaker: string) => `${sourceId}.a-${++counter}-${speaker}`.slice(0, 190);
  const extraSources = new Map<string, SourceInput>();
  const bySpan = new Map<QuotedSpan, DraftAttribution>();
  const lastInParagraph = new Map<number, DraftAttribution>();

  const speakingFor = (span: QuotedSpan, sentence: Sentence): Speaking | undefined => {
    const cues = findCues(text, sentence.start, sentence.end, outer).filter(
      (c) => c.cue !== 'called' || /called (?:it|them|him|her|the|this|a)\b/.test(text.slice(c.start, c.end + 8)),
    );
    const opensSentence = text.slice(sentence.start, span.start - 1).trim() === '';
    const after = cues.filter((c) => c.start >= span.end);
    const before = cues.filter((c) => c.end <= span.start);
    const ordered = opensSentence ? [...after, ...before.reverse()] : [...before.reverse(), ...after];
    for (const cue of ordered) {
      const mention = mentionFor(cue, span, sentence);
      const speaker = mention && resolver.resolve(mention);
      if (speaker) return { speaker, cue, guesses: speaker.guess ? [speaker.guess] : [], via: [] };
    }
    return undefined;
  };

  const mentionFor = (cue: Cue, span: QuotedSpan, sentence: Sentence): Mention | undefined => {
    const closeEnd = Math.min(span.end + 1, sentence.end);
    if (cue.cue === 'according to') return mentionAfter(reader, cue.end, sentence.end);
    if (cue.start >= span.end) {
      // From the last quotation before the cue: “win-win” relations “based on …,” said Akiko Yoshioka.
      const lastBefore = outer.filter((q) => q.end <= cue.start && q.start >= sentence.start).at(-1) ?? span;
      const between = text.slice(Math.min(lastBefore.end + 1, cue.start), cue.start);
      if (INVERTING_CUES.has(cue.cue) && /^[\s,.;:!?”"’]*$/.test(between)) {
        const inverted = mentionAfter(reader, cue.end, sentence.end);
        if (inverted) return inverted;
      }
      return mentionBefore(reader, cue.start, closeEnd) ?? (NON_FINITE.has(cue.cue) ? subjectOf(sentence) : undefined);
    }
    return mentionBefore(reader, cue.start, sentence.start) ?? subjectOf(sentence);
  };

  const subjectOf = (sentence: Sentence): Mention | undefined => mentionAfter(reader, sentence.start, sentence.end);

  const attribute = (
    span: QuotedSpan,
    sentence: Sentence,
    forced: DraftAttribution['mode'] | undefined,
    speaking: Speaking,
    confidence: number,
  ): DraftAttribution => {
    const quote = quoteAt(text, span.start, span.end);
    resolver.ensure(speaking.speaker);
    const manner = readManner(text, sentence, spans, speaking.cue, published);
    const speaker = speaking.speaker;
    const via = [...speaking.via];
    if (speaker.kind === 'media' && speaking.cue && /^report/.test(speaking.cue.cue)) {
      const id = `${sourceId}.${speaker.id}-report`;
      extraSources.set(id, {
        id,
        kind: 'article',
        title: `${speaker.name} report quoted in “${title}”`,
        publisher: speaker.id,
      });
      via.push(id);
    } else if (/\bin a statement\b/i.test(text.slice(sentence.start, sentence.end))) {
      const id = `${sourceId}.${speaker.id}-statement`;
      extraSources.set(id, {
        id,
        kind: 'statement',
        title: `Statement by ${speaker.name} quoted in “${title}”`,
        publisher: speaker.id,
      });
      via.push(id);
    }
    const direct = forced
      ? forced === 'direct-quote'
      : text.slice(sentence.start, span.start - 1).trim() === '' ||
        (/^[\s‘'“"]*[\p{Lu}\d]/u.test(quote.text) &&
          (quote.text.split(/\s+/).length >= 4 || /[.!?,]$/.test(quote.text)));
    const notes = [
      ...speaking.guesses,
      ...manner.notes,
      direct ? '' : 'A fragment inside reported speech, so drafted as indirect; write the claim in full.',
    ].filter(Boolean);
    const attribution: DraftAttribution = {
      id: nextId(speaker.id),
      claim: '',
      source: sourceId,
      speaker: speaker.id,
      via,
      mode: direct ? 'direct-quote' : 'indirect',
      quotes: [quote],
      stance: manner.stance,
      factuality: manner.factuality,
      ...(speaking.cue ? { cue: text.slice(speaking.cue.start, speaking.cue.end) } : {}),
      ...(manner.said ? { said: manner.said } : published ? { said: published } : {}),
      ...(manner.relative ? { relative: { said: manner.relative } } : {}),
      ...(speaker.title ? { roles: [{ actor: speaker.id, title: speaker.title }] } : {}),
      confidence: Math.round(Math.min(confidence, speaker.confidence) * 100) / 100,
      note: `Drafted by claimtrail draft. ${notes.join(' ')}`.trim(),
    };
    attributions.push(attribution);
    bySpan.set(span, attribution);
    lastInParagraph.set(sentence.paragraph, attribution);
    return attribution;
  };

  let previous: { span: QuotedSpan; sentence: Sentence; attribution: DraftAttribution } | undefined;
  for (const span of outer) {
    const sentence = sentenceOf(span.start) as Sentence;
    const judgement = judgeSpeech(text, span, sentence, spans);
    if (!judgement.speech) {
      skipped.push({ quote: quoteAt(text, span.start, span.end), reason: judgement.reason });
      continue;
    }
    const fragment = !/^[\s‘'“"]*[\p{Lu}\d]/u.test(text.slice(span.start, span.end));
    // The second part of a split quotation: same sentence, continuing a quotation left open by narration.
    if (previous && previous.sentence === sentence && fragment && joinable(text, previous.span, span, outer)) {
      previous.attribution.quotes.push(quoteAt(text, span.start, span.end));
      previous = { span, sentence, attribution: previous.attribution };
      continue;
    }
    // “A,” she said. “B.” — a quotation with no reporting words of its own, right after one that had them.
    const own = speakingFor(span, sentence);
    if (!own && previous && sentence.paragraph === previous.sentence.paragraph && isBare(text, sentence, span)) {
      previous.attribution.quotes.push(quoteAt(text, span.start, span.end));
      previous = { span, sentence, attribution: previous.attribution };
      continue;
    }
    let speaking = own;
    let confidence = 0.9;
    if (!speaking) {
      const inParagraph = lastInParagraph.get(sentence.paragraph);
      const before = inParagraph ?? attributions[attributions.length - 1];
      if (before) {
        speaking = {
          speaker: { id: before.speaker, name: before.speaker, kind: 'person', confidence: inParagraph ? 0.6 : 0.3 },
          guesses: [
            `No reporting words: taken as ${before.speaker}, the speaker of the ${inParagraph ? 'same' : 'previous'} paragraph.`,
          ],
          via: before.via,
        };
        confidence = inParagraph ? 0.6 : 0.3;
      } else {
        const id = 'unknown-speaker';
        resolver.created.set(id, { id, kind: 'group', name: 'Unknown speaker' });
        speaking = {
          speaker: { id, name: id, kind: 'group', confidence: 0.1 },
          guesses: ['No speaker found: fill it in.'],
          via: [],
        };
      }
    }
    const attribution = attribute(span, sentence, undefined, speaking, confidence);
    previous = { span, sentence, attribution };
    // Quotations inside this one: words the speaker relays from someone the quotation names.
    for (const inner of spans.filter((s) => s.depth > 0 && s.start > span.start && s.end <= span.end)) {
      // The one the quotation reports as speaking ("Prime Minister Kishida has expressed … ‘…’"), else the last person it names.
      const innerCue = findCues(text, span.start, inner.start - 1, []).at(-1);
      const named =
        (innerCue && mentionBefore(reader, innerCue.start, span.start)) ||
        mentionBefore(reader, inner.start - 1, span.start) ||
        lastNameIn(reader, span.start, inner.start, resolver);
      const relayed = named && resolver.resolve(named);
      if (!relayed || relayed.id === attribution.speaker) {
        attribution.quotes.push(quoteAt(text, inner.start, inner.end));
        continue;
      }
      attribute(
        inner,
        sentence,
        attribution.mode,
        {
          speaker: relayed,
          cue: speaking.cue,
          guesses: [`Nested quotation: ${relayed.name}’s words as relayed by ${attribution.speaker}.`],
          via: [...attribution.via, { actor: attribution.speaker, attribution: attribution.id }],
        },
        0.6,
      );
    }
  }

  for (const a of draftIndirect(text, sentences, outer, reader, resolver, published, nextId))
    attributions.push({ ...a, source: sourceId });

  const claims = attributions.map((a, i) => {
    const id = `${sourceId}.c-${i + 1}`;
    a.claim = id;
    const words =
      a.quotes.length > 0 ? a.quotes.map((q) => q.text).join(' … ') : a.note.replace(/^.*Reported speech: /, '');
    return {
      id,
      text: words.trim() || 'Draft claim: write it.',
      subject: a.speaker,
      predicate: 'states',
      object: { type: 'text' as const, value: words.trim() || 'draft' },
    };
  });
  return {
    actors: [...resolver.created.values()].filter((a) =>
      attributions.some(
        (x) => x.speaker === a.id || x.via.some((v) => typeof v === 'object' && 'actor' in v && v.actor === a.id),
      ),
    ),
    sources: [...sources, ...extraSources.values()],
    claims,
    attributions,
    skipped,
  };
}

/** Whether a fragment continues the quotation before it: no full stop and no reporting cue between them. */
function joinable(text: string, first: QuotedSpan, second: QuotedSpan, outer: readonly QuotedSpan[]): boolean {
  const between = text.slice(first.end + 1, second.start - 1);
  const cues = findCues(text, first.end + 1, second.start - 1, outer);
  // “A,” he said, “b.” — one sentence broken by its reporting words.
  const brokenByCue =
    /,$/.test(text.slice(first.start, first.end).trim()) &&
    between.length <= MAX_CUE_SPAN &&
    /^[\s,]*(?:\S+\s+){0,4}\S+,\s*$/.test(between);
  if (cues.length === 1 && brokenByCue) return true;
  if (cues.length > 0) return false;
  const firstText = text.slice(first.start, first.end);
  const firstIsFragment = !/^[\s‘'“"]*[\p{Lu}\d]/u.test(firstText);
  return (firstIsFragment || !/[,.;:!?]$/.test(firstText)) && !/[.;]/.test(between);
}

/** Whether a sentence is a quotation and nothing else. */
function isBare(text: string, sentence: Sentence, span: QuotedSpan): boolean {
  return (
    text.slice(sentence.start, span.start - 1).trim() === '' &&
    text.slice(span.end + 1, sentence.end).replace(/[.,!?\s”"’]/g, '') === ''
  );
}

/** The last person named inside a quotation before a nested one ("Prime Minister Kishida has said ‘…’"). */
function lastNameIn(reader: MentionReader, from: number, to: number, resolver: SpeakerResolver): Mention | undefined {
  const runs = [...reader.text.slice(from, to).matchAll(/\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu)];
  for (const run of runs.reverse()) {
    const mention = mentionAfter(reader, from + (run.index ?? 0), to);
    if (mention && resolver.resolve(mention)?.kind === 'person') return mention;
  }
  return undefined;
}
