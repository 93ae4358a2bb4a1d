import type { Corpus } from '../corpus/corpus.js';
import { ANNO_CONTEXT_URL } from './contexts/index.js';
import { checkedIriBase, linkIri } from './export-iri.js';
import { placeQuote } from './internal/anchor.js';
import { codePointOffset } from './internal/code-points.js';
import { recordsById } from './internal/records-by-id.js';
import { DEFAULT_IRI_BASE, type JsonLdExportOptions, recordIri } from './iri.js';

/** A W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/** A W3C Web Annotation TextPositionSelector: code point offsets, end exclusive. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** A body of an annotation: the speaker as a resource, or a text that names or describes. */
export type AnnotationBody =
  | { readonly type: 'SpecificResource'; readonly purpose: 'identifying'; readonly source: string }
  | {
      readonly type: 'TextualBody';
      readonly purpose: 'identifying' | 'describing' | 'tagging';
      readonly value: string;
      readonly format: 'text/plain';
    };

/** One quoted fragment as a W3C Web Annotation. */
export interface WebAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'identifying';
  readonly body: readonly AnnotationBody[];
  readonly target: {
    readonly type: 'SpecificResource';
    readonly source: string;
    readonly selector: readonly (TextQuoteSelector | TextPositionSelector)[];
  };
}

/** A W3C Web Annotation collection holding every annotation in one page. */
export interface WebAnnotationCollection {
  readonly '@context': typeof ANNO_CONTEXT_URL;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}

/**
 * Every quoted fragment of the corpus (direct quotes, and the quoted words of indirect speech) as
 * a W3C Web Annotation, in one AnnotationCollection. Each annotation targets the source (its `url`
 * when it has one, else its IRI) with a TextQuoteSelector (the exact words, with prefix and
 * suffix) and, when the words can be placed in the source's text, a TextPositionSelector. Its
 * bodies identify the speaker (by IRI and by name), describe the claim and tag the mode.
 *
 * claimtrail anchors count UTF-16 code units; Web Annotation positions count Unicode code points,
 * so positions are converted against the source's text. A quote whose anchor does not match the
 * text is placed where its words occur if they occur exactly once (`claimtrail check` reports the
 * mismatch); a quote that cannot be placed, or whose source has no text, gets the
 * TextQuoteSelector alone. Positions count into the text the corpus holds, which may differ from
 * the page at `url`; the TextQuoteSelector is the robust one.
 *
 * @param corpus - a loaded corpus
 * @param options - `base` for record IRIs (default `urn:claimtrail:`)
 * @returns the collection, ready for `JSON.stringify`
 * @throws {InvalidOptionError} when `base` would make IRIs other than http, https or urn; otherwise nothing:
 *   a quote that cannot be placed keeps its TextQuoteSelector only. Links that are not http, https or urn IRIs are left out (told to `onDroppedIri`)
 * @example
 * const corpus = await loadCorpus();
 * toWebAnnotations(corpus).first.items[0].target.selector[0].type
 * //=> 'TextQuoteSelector'
 */
export function toWebAnnotations(corpus: Corpus, options: JsonLdExportOptions = {}): WebAnnotationCollection {
  const base = checkedIriBase(options.base ?? DEFAULT_IRI_BASE);
  const { actors, sources, claims } = recordsById(corpus);
  const pages = new Map<string, string | undefined>();
  const pageOf = (id: string, url: string | undefined) => {
    if (!pages.has(id)) pages.set(id, linkIri(url, ['source', id, 'url'], options.onDroppedIri));
    return pages.get(id);
  };
  const items: WebAnnotation[] = [];
  for (const a of corpus.attributions) {
    if (a.mode !== 'direct-quote' && a.mode !== 'indirect') continue;
    const source = sources.get(a.source);
    const speaker = actors.get(a.speaker);
    const claim = claims.get(a.claim);
    const body: AnnotationBody[] = [
      { type: 'SpecificResource', purpose: 'identifying', source: recordIri('actor', a.speaker, base) },
      ...(speaker ? [text('identifying', speaker.name)] : []),
      ...(claim ? [text('describing', claim.text)] : []),
      text('tagging', a.mode),
    ];
    a.quotes.forEach((quote, index) => {
      const placed = placeQuote(source?.text, quote);
      const selector: (TextQuoteSelector | TextPositionSelector)[] = [
        {
          type: 'TextQuoteSelector',
          exact: quote.text,
          ...(placed.prefix !== undefined ? { prefix: placed.prefix } : {}),
          ...(placed.suffix !== undefined ? { suffix: placed.suffix } : {}),
        },
      ];
      if (source?.text !== undefined && placed.start !== undefined && placed.end !== undefined) {
        selector.push({
          type: 'TextPositionSelector',
          start: codePointOffset(source.text, placed.start),
          end: codePointOffset(source.text, placed.end),
        });
      }
      items.push({
        id: `${recordIri('attribution', a.id, base)}#quote-${index + 1}`,
        type: 'Annotation',
        motivation: 'identifying',
        body,
        target: {
          type: 'SpecificResource',
          source: pageOf(a.source, source?.url) ?? recordIri('source', a.source, base),
          selector,
        },
      });
    });
  }
  const id = `${base}annotations`;
  return {
    '@context': ANNO_CONTEXT_URL,
    id,
    type: 'AnnotationCollection',
    label: 'Quotations recorded in a claimtrail corpus',
    total: items.length,
    first: { id: `${id}${base.endsWith(':') ? ':' : '/'}page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function text(purpose: 'identifying' | 'describing' | 'tagging', value: string): AnnotationBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}
