import type { Corpus } from '../corpus/corpus.js';
import { attributionChain, chainNames } from '../query/quote-record.js';
import type { QuotebankLine } from './from-quotebank.js';
import { recordsById } from './internal/records-by-id.js';
import { DEFAULT_IRI_BASE, type JsonLdExportOptions, recordIri } from './iri.js';

/**
 * The corpus's quoted words as Quotebank-style JSONL, for tools built on Quotebank: one line per
 * attribution that quotes words, with the attribution id as `quoteID`, its fragments joined with
 * " … " as `quotation`, the speaker's name, `said` (else the source's publication date) as
 * `date` (`YYYY-MM-DD 00:00:00` for a full date; a year or month is written as it is), the
 * attribution's `confidence` (1 when none is recorded) as the speaker's probability, and the
 * source's `url` (its IRI when it has none) in `urls`. `qids` is empty: actors carry no Wikidata
 * ids. `chain` (not a Quotebank field; Quotebank readers ignore it) names every link from the
 * outlet through each relaying speaker to the speaker. `fromQuotebank` reads it back.
 *
 * @param corpus - a loaded corpus
 * @param options - `base` for the IRIs of sources without a URL (default `urn:claimtrail:`)
 * @returns the JSONL text, ending with a newline (empty when nothing is quoted)
 * @throws nothing
 * @example
 * const corpus = await loadCorpus();
 * JSON.parse(toQuotebank(corpus).split('\n')[0]).urls
 * //=> ['urn:claimtrail:source:mtt-kim-to-visit-china']
 */
export function toQuotebank(corpus: Corpus, options: JsonLdExportOptions = {}): string {
  const base = options.base ?? DEFAULT_IRI_BASE;
  const { actors, sources } = recordsById(corpus);
  let out = '';
  for (const a of corpus.attributions) {
    if (a.mode !== 'direct-quote' && a.mode !== 'indirect') continue;
    if (a.quotes.length === 0) continue;
    const source = sources.get(a.source);
    const speaker = actors.get(a.speaker)?.name ?? a.speaker;
    const date = a.said ?? source?.published;
    const line: QuotebankLine = {
      quoteID: a.id,
      quotation: a.quotes.map((q) => q.text).join(' … '),
      speaker,
      qids: [],
      date: date === undefined ? null : date.length === 10 ? `${date} 00:00:00` : date,
      numOccurrences: 1,
      probas: [[speaker, String(a.confidence ?? 1)]],
      urls: [source?.url ?? recordIri('source', a.source, base)],
      chain: chainNames(corpus, attributionChain(corpus, a)),
    };
    out += `${JSON.stringify(line)}\n`;
  }
  return out;
}
