export { type Cue, findCues } from './find-cues.js';
export { judgeSpeech, type SpeechJudgement } from './judge-speech.js';
export { findQuotedSpans, type QuotedSpan } from './quoted-spans.js';
export { type Sentence, splitSentences } from './sentences.js';
export { CUES, HEDGES, INVERTING_CUES, NICKNAME_CUES, PRONOUNS, ROLE_WORDS, TITLE_CUES } from './words.js';
