import type { Corpus } from '../corpus/corpus.js';
import type { Attribution } from '../model/attribution.js';
import { viaActors } from '../model/via-actors.js';
import { viaSources } from '../model/via-sources.js';
import { attributionChain, formatChain } from '../query/quote-record.js';
import { recordsById } from './internal/records-by-id.js';

/**
 * One attributed statement, flattened for spreadsheets and data tools: who said it, where, when,
 * how, and in which words. Absent values are `null`, so that every row has every column.
 */
export interface QuoteRow {
  readonly attributionId: string;
  readonly speakerId: string;
  readonly speakerName: string | null;
  readonly sourceId: string;
  readonly sourceTitle: string | null;
  readonly publisherId: string | null;
  readonly publisherName: string | null;
  /** The source's publication date (a PartialDate). */
  readonly published: string | null;
  /** When the words were said (a PartialDate). */
  readonly said: string | null;
  readonly mode: Attribution['mode'];
  readonly stance: Attribution['stance'];
  readonly factuality: Attribution['factuality'];
  readonly cue: string | null;
  /** Ids of the documents the statement passed through, outermost first. */
  readonly via: readonly string[];
  /** Ids of the speakers who relayed the words, outermost first (Matsuno for Kishida's words). */
  readonly relayedBy: readonly string[];
  /** The whole chain as people read it: `Diário de Notícias ← Hirokazu Matsuno ← Fumio Kishida`. */
  readonly chain: string;
  /** The speaker the source's text wrongly credits with the words, when it errs. */
  readonly creditedTo: string | null;
  /** The quoted fragments, in order; empty for summaries and own-voice statements. */
  readonly quotes: readonly string[];
  readonly claimId: string;
  readonly claimText: string | null;
  /** How sure an extraction tool was of the speaker, 0 to 1. */
  readonly confidence: number | null;
}

/** The columns of {@link QuoteRow}, in the order the CSV and JSONL exports write them. */
export const QUOTE_COLUMNS = [
  'attributionId',
  'speakerId',
  'speakerName',
  'sourceId',
  'sourceTitle',
  'publisherId',
  'publisherName',
  'published',
  'said',
  'mode',
  'stance',
  'factuality',
  'cue',
  'via',
  'relayedBy',
  'chain',
  'creditedTo',
  'quotes',
  'claimId',
  'claimText',
  'confidence',
] as const satisfies readonly (keyof QuoteRow)[];

/** Options of the flat quote exports. */
export interface QuoteRowOptions {
  /** Only attributions that quote words (direct quotes, and indirect speech with quoted fragments). */
  readonly quotedOnly?: boolean;
}

/**
 * One row per attribution of the corpus, in load order, with the names and titles its ids stand
 * for. A reference the corpus cannot resolve leaves its name `null` rather than dropping the row.
 *
 * @param corpus - a loaded corpus
 * @param options - `quotedOnly` to keep only attributions that quote words
 * @returns the rows
 * @throws nothing: a reference the corpus cannot resolve leaves its name `null`
 * @example
 * const corpus = await loadCorpus();
 * quoteRows(corpus, { quotedOnly: true })[0].speakerName
 * //=> 'The Guardian'
 */
export function quoteRows(corpus: Corpus, options: QuoteRowOptions = {}): QuoteRow[] {
  const { actors, sources, claims } = recordsById(corpus);
  const rows: QuoteRow[] = [];
  for (const a of corpus.attributions) {
    const quotes = a.mode === 'direct-quote' || a.mode === 'indirect' ? a.quotes.map((q) => q.text) : [];
    if (options.quotedOnly && quotes.length === 0) continue;
    const source = sources.get(a.source);
    const publisher = source?.publisher === undefined ? undefined : actors.get(source.publisher);
    rows.push({
      attributionId: a.id,
      speakerId: a.speaker,
      speakerName: actors.get(a.speaker)?.name ?? null,
      sourceId: a.source,
      sourceTitle: source?.title ?? null,
      publisherId: source?.publisher ?? null,
      publisherName: publisher?.name ?? null,
      published: source?.published ?? null,
      said: a.said ?? null,
      mode: a.mode,
      stance: a.stance,
      factuality: a.factuality,
      cue: a.cue ?? null,
      via: viaSources(a),
      relayedBy: viaActors(a),
      chain: formatChain(corpus, attributionChain(corpus, a)),
      creditedTo: a.creditedTo ?? null,
      quotes,
      claimId: a.claim,
      claimText: claims.get(a.claim)?.text ?? null,
      confidence: a.confidence ?? null,
    });
  }
  return rows;
}
