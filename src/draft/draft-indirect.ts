import type { Cue } from '../speech/find-cues.js';
import { findCues } from '../speech/find-cues.js';
import type { QuotedSpan } from '../speech/quoted-spans.js';
import type { Sentence } from '../speech/sentences.js';
import { readManner } from './read-manner.js';
import { type MentionReader, mentionAfter, mentionBefore } from './read-mention.js';
import type { SpeakerResolver } from './resolve-speaker.js';
import type { DraftAttribution } from './types.js';

/** Cues that introduce reported speech without quotation marks ("X said that …"). */
const REPORTING =
  /^(?:said|says|told|stated|added|warned|announced|claimed|argued|insisted|denied|noted|stressed|emphasized|emphasised|urged|called for|dismissed|rejected|reported|revealed|explained|acknowledged|admitted|confirmed|alleged|suggested|predicted|believes|criticized|condemned|expressed|highlighted|maintained|declared|according to)$/;

/**
 * Drafts indirect attributions for sentences without quotation marks whose reporting verb names a
 * speaker: "Japan said Friday that …", "according to the ministry, …".
 */
export function draftIndirect(
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuotedSpan[],
  reader: MentionReader,
  resolver: SpeakerResolver,
  published: string | undefined,
  nextId: (speaker: string) => string,
): DraftAttribution[] {
  const drafted: DraftAttribution[] = [];
  for (const sentence of sentences) {
    if (quotes.some((q) => q.start >= sentence.start && q.start < sentence.end)) continue;
    const body = text.slice(sentence.start, sentence.end);
    if (body.split(/\s+/).length < 5) continue;
    const cue = findCues(text, sentence.start, sentence.end, []).find(
      (c) => REPORTING.test(c.cue) && introduces(text, c),
    );
    if (!cue) continue;
    const mention =
      cue.cue === 'according to'
        ? mentionAfter(reader, cue.end, sentence.end)
        : mentionBefore(reader, cue.start, sentence.start);
    const speaker = mention && resolver.resolve(mention);
    if (!speaker) continue;
    resolver.ensure(speaker);
    const manner = readManner(text, sentence, quotes, cue, published);
    drafted.push({
      id: nextId(speaker.id),
      claim: '',
      source: '',
      speaker: speaker.id,
      via: [],
      mode: 'indirect',
      quotes: [],
      stance: manner.stance,
      factuality: manner.factuality,
      cue: text.slice(cue.start, cue.end),
      ...(manner.said ? { said: manner.said } : published ? { said: published } : {}),
      ...(manner.relative ? { relative: { said: manner.relative } } : {}),
      ...(speaker.title ? { roles: [{ actor: speaker.id, title: speaker.title }] } : {}),
      confidence: Math.round(Math.min(0.6, speaker.confidence) * 100) / 100,
      note: `Drafted by claimtrail draft. ${[speaker.guess, ...manner.notes].filter(Boolean).join(' ')} Reported speech: ${body}`,
    });
  }
  return drafted;
}

/** Whether a cue introduces a clause: "said that", "said (Friday) the…", "according to X,". */
function introduces(text: string, cue: Cue): boolean {
  if (cue.cue === 'according to') return true;
  const after = text.slice(cue.end, cue.end + 40);
  return (
    /^\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?that\b/u.test(after) ||
    /^,?\s+(?:the|a|an|it|he|she|they|there|\p{Lu})/u.test(after) ||
    /^\s+\p{Ll}+\s+that\b/u.test(after)
  );
}
