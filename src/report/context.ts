import { match } from 'ts-pattern';
import type { Corpus } from '../corpus/corpus.js';
import type { EntityRef } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import type { QuoteRecord } from '../query/quote-record.js';
import { domId } from './escape.js';
import { type Placement, placeQuotes } from './passages.js';

/** What every section of the report needs: resolved statements, placed quotes and anchors. */
export interface ReportContext {
  readonly corpus: Corpus;
  /** Every statement whose references resolve, by attribution id. */
  readonly records: ReadonlyMap<string, QuoteRecord>;
  /** Sources shown with their text and statements, in corpus order. */
  readonly shownSources: readonly Source[];
  /** Sources that carry no statement and have no text: documents that others cite. */
  readonly citedSources: readonly Source[];
  /** Where the quotes of each shown source stand in its text, by source id. */
  readonly placements: ReadonlyMap<string, Placement>;
  /** Actors who say something, with their statements in date order: most quoted first, then outlets in their own voice. */
  readonly speakers: readonly { readonly id: string; readonly records: readonly QuoteRecord[] }[];
  /** The HTML id of the highlight of an attribution's first placed fragment. */
  readonly passageAnchor: ReadonlyMap<string, string>;
  /** The `#fragment` of the place in the report that shows a record, when there is one. */
  anchorOf(entity: EntityRef): string | undefined;
}

/** HTML ids of the parts of the report that show a record. */
export const anchors = {
  source: (id: string) => domId('src', id),
  statement: (id: string) => domId('att', id),
  actor: (id: string) => domId('actor', id),
};

/**
 * Resolves everything the sections share, once.
 *
 * @param corpus - the corpus to report on
 * @returns the context
 *
 * @example
 * buildContext(await loadCorpus()).anchorOf({ type: 'source', id: 'kishida-warns-of-axis' })
 * //=> 'src-kishida-warns-of-axis'
 */
export function buildContext(corpus: Corpus): ReportContext {
  const all = corpus.quotes();
  const records = new Map(all.map((r) => [r.attribution.id, r]));
  const shownSources = corpus.sources.filter(
    (s) => s.text !== undefined || corpus.attributionsBySource(s.id).length > 0,
  );
  const shown = new Set(shownSources.map((s) => s.id));
  const citedSources = corpus.sources.filter((s) => !shown.has(s.id));
  const placements = new Map<string, Placement>();
  const passageAnchor = new Map<string, string>();
  for (const source of shownSources) {
    const placement = placeQuotes(source.text, corpus.attributionsBySource(source.id));
    placements.set(source.id, placement);
    for (const passage of placement.passages) {
      for (const ref of passage.refs) {
        if (!passageAnchor.has(ref.attribution.id)) passageAnchor.set(ref.attribution.id, passage.anchor);
      }
    }
  }
  const bySpeaker = new Map<string, QuoteRecord[]>();
  for (const r of all) {
    const list = bySpeaker.get(r.speaker.id);
    if (list) list.push(r);
    else bySpeaker.set(r.speaker.id, [r]);
  }
  // People and bodies quoted by others come before outlets speaking in their own voice.
  const quoted = (list: readonly QuoteRecord[]) => list.filter((r) => r.attribution.mode !== 'own-voice').length;
  const speakers = [...bySpeaker]
    .map(([id, list]) => ({ id, records: list }))
    .sort(
      (a, b) =>
        quoted(b.records) - quoted(a.records) ||
        b.records.length - a.records.length ||
        (a.records[0]?.speaker.name ?? '').localeCompare(b.records[0]?.speaker.name ?? ''),
    );
  const speakerIds = new Set(bySpeaker.keys());
  const anchorOf = (entity: EntityRef): string | undefined =>
    match(entity.type)
      .with('attribution', () => {
        const passage = passageAnchor.get(entity.id);
        if (passage) return passage;
        const a = corpus.attribution(entity.id);
        return a && shown.has(a.source) ? anchors.statement(entity.id) : undefined;
      })
      .with('source', () => (corpus.store.sources.has(entity.id) ? anchors.source(entity.id) : undefined))
      .with('actor', () => (speakerIds.has(entity.id) ? anchors.actor(entity.id) : undefined))
      .with('claim', () => {
        // A claim is shown where it is said: its first attribution.
        const first = corpus.attributionsByClaim(entity.id)[0];
        return first ? anchorOf({ type: 'attribution', id: first.id }) : undefined;
      })
      .exhaustive();
  return { corpus, records, shownSources, citedSources, placements, speakers, passageAnchor, anchorOf };
}
