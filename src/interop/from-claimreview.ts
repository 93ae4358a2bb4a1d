import type { AttributionInput } from '../model/attribution.js';
import { AttributionSchema } from '../model/attribution.js';
import type { ClaimInput } from '../model/claim.js';
import type { ImportOptions, ImportResult } from './import-result.js';
import { RecordMaker } from './internal/claimreview-records.js';
import { type InputPlace, RecordCollector } from './internal/collector.js';
import { leadingPartialDate } from './internal/dates.js';
import { decodeImport } from './internal/decode-import.js';
import { type PublishedRating, readReviewRating } from './internal/rating.js';
import { type JsonObject, MAX_JSON_LD_DEPTH, SchemaOrgReader } from './internal/schema-org-reader.js';
import { slugify } from './internal/slug.js';
import { CLAIMTRAIL_VOCAB, DEFAULT_IRI_BASE, parseRecordIri } from './iri.js';

type Mode = AttributionInput['mode'];
const MODES = new Set<string>(AttributionSchema.options.map((o) => o.shape.mode.value));

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** `temporalCoverage` as a claim's `when`: a date, or an ISO 8601 interval with `..` for an open end. */
function whenOf(coverage: string | undefined): ClaimInput['when'] | undefined {
  if (coverage === undefined) return undefined;
  const [from, to, ...rest] = coverage.split('/');
  if (to === undefined) return leadingPartialDate(from);
  if (rest.length > 0) return undefined;
  const start = from === '..' ? undefined : leadingPartialDate(from);
  const end = to === '..' ? undefined : leadingPartialDate(to);
  if ((from !== '..' && start === undefined) || (to !== '..' && end === undefined)) return undefined;
  return { ...(start !== undefined ? { from: start } : {}), ...(end !== undefined ? { to: end } : {}) };
}

/**
 * Reads schema.org JSON-LD (a `ClaimReview` as fact-checkers publish it, a list or `@graph` of
 * them, or bare `Claim`s such as `toClaimReviewJsonLd` writes) into claimtrail records, without a
 * network or a JSON-LD processor.
 *
 * - The claim (`itemReviewed`, text from its `text`, the review's `claimReviewed` or its `name`)
 *   becomes a claim whose subject is its first author and predicate `states` (schema.org has no
 *   structured form); `keywords` become topics and `temporalCoverage` its `when`.
 * - Each `appearance` (and `firstAppearance`) becomes an attribution of the claim to its author
 *   in the work it appeared in, dated by the claim's `datePublished`. An appearance that
 *   `isPartOf` a work is a passage of it: its `spokenByCharacter` or `author` is the speaker, its
 *   `text` the quoted words, its `dateCreated` when they were said and `isBasedOn` the documents
 *   it passed through. The mode is the appearance's `additionalType` when claimtrail wrote it,
 *   else a direct quote for a `Quotation` with words, indirect speech for other words, own voice
 *   when the speaker published or wrote the work, and a summary otherwise.
 * - A claim without appearances is attributed to its author in the fact-check itself.
 * - The review becomes a source (an article by the fact-checker; when claimtrail wrote the review,
 *   with a mode as `additionalType`, the work it `isPartOf`) and its `reviewRating` an attribution
 *   by the fact-checker with cue "rated" (own voice, unless claimtrail wrote another mode): a claim rated
 *   false is denied, one rated true asserted, a half-true or misleading one doubted. The rating's
 *   words (`alternateName`, else `name`) and numbers (`ratingValue`, `bestRating`, `worstRating`)
 *   are kept as published in the attribution's `rating`.
 *
 * Ids come back from claimtrail IRIs (see `recordIri`), and are made from names, URLs and texts
 * otherwise. Anything that cannot be carried over yields a diagnostic with its JSON path.
 *
 * @param jsonld - the document, parsed, as JSON text, or as the file's bytes (which must be UTF-8,
 *   decoded as the corpus loader decodes files; anything else is a diagnostic)
 * @param options - `file` for diagnostics (default `claimreview.json`); `base` of claimtrail IRIs
 * @returns the records and the diagnostics
 * @throws nothing: every problem with the input, JSON syntax included, is a diagnostic
 * @example
 * const review = {
 *   '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://checks.example/moon',
 *   claimReviewed: 'The Moon is made of cheese.', author: { '@type': 'Organization', name: 'Checks' },
 *   itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Jane Roe' } },
 *   reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
 * };
 * fromClaimReview(review).data.attributions.map((a) => [a.speaker, a.stance, a.rating])
 * //=> [['jane-roe', undefined, undefined], ['checks', 'denies', { label: 'False', value: 1, best: 5, worst: 1 }]]
 */
export function fromClaimReview(jsonld: unknown, options: ImportOptions = {}): ImportResult {
  const out = new RecordCollector(options.file ?? 'claimreview.json');
  const base = options.base ?? DEFAULT_IRI_BASE;
  let root = jsonld;
  if (jsonld instanceof Uint8Array) {
    const text = decodeImport(jsonld, out);
    if (text === undefined) return out.finish();
    root = text;
  }
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root);
    } catch (error) {
      out.report('error', `The file is not valid JSON (${(error as Error).message}); nothing was imported.`);
      return out.finish();
    }
  }
  const reader = new SchemaOrgReader(root);
  const make = new RecordMaker(reader, out, base);
  const claimIds = new Map<unknown, string | undefined>();
  const nodes = reader.allNodes(root);
  if (reader.tooDeep) {
    out.report(
      'error',
      `The document nests deeper than ${MAX_JSON_LD_DEPTH} levels (at ${where(reader.tooDeep.slice(0, 4))}…); what lies deeper was not imported.`,
      { path: reader.tooDeep },
    );
  }

  let found = 0;
  for (const { node, path } of nodes) {
    if (!reader.is(node, 'ClaimReview')) continue;
    found++;
    importReview(node, path);
  }
  for (const { node, path } of nodes) {
    if (!reader.is(node, 'Claim') || claimIds.has(reader.id(node) ?? node)) continue;
    found++;
    importClaim(node, { path });
  }
  if (found === 0) {
    out.report('warning', 'The document holds no schema.org ClaimReview or Claim; nothing was imported.');
  }
  return out.finish();

  function importReview(review: JsonObject, path: (string | number)[]): void {
    const place = { path };
    const claimReviewed = reader.text(review, 'claimReviewed');
    const reviewer = [...reader.nodes(review, 'author'), ...reader.nodes(review, 'publisher')]
      .map((n) => make.actor(n, 'organization', place))
      .find((id) => id !== undefined);
    // claimtrail writes a review as a passage of its source, with its mode; fact-checkers publish
    // it as the page itself, which may be part of a website that is no source.
    const written = modeOf(review);
    const work = written ? reader.nodes(review, 'isPartOf', 'url')[0] : undefined;
    const sourceId = work
      ? make.source(work, place)
      : make.source(review, place, {
          kind: 'article',
          ...(reviewer !== undefined && reader.nodes(review, 'publisher').length === 0 ? { publisher: reviewer } : {}),
          title: `Fact check: ${excerpt(claimReviewed ?? reader.text(review, 'name') ?? 'a claim', 100)}`,
        });
    const item = reader.nodes(review, 'itemReviewed')[0] ?? {};
    const claimId = importClaim(item, {
      path: [...path, 'itemReviewed'],
      ...(claimReviewed !== undefined ? { fallbackText: claimReviewed } : {}),
      ...(sourceId !== undefined ? { reviewSource: sourceId } : {}),
    });
    const rating = reader.nodes(review, 'reviewRating')[0];
    if (!rating) {
      out.report(
        'info',
        `The ClaimReview at ${where(path)} gives no reviewRating; only the claim was imported.`,
        place,
      );
      return;
    }
    if (claimId === undefined || sourceId === undefined) return;
    if (reviewer === undefined) {
      out.report(
        'warning',
        `The ClaimReview at ${where(path)} names no author or publisher, so its verdict has no one to credit it to; the verdict was not imported.`,
        place,
      );
      return;
    }
    const { rating: published, verdict, note } = ratingOf(rating, [...path, 'reviewRating']);
    // A review written by toClaimReviewJsonLd is a passage of its source: its own date, words and chain.
    const said = leadingPartialDate(reader.text(review, work ? 'dateCreated' : 'datePublished'));
    const mode = written ?? 'own-voice';
    const quotes = work && (mode === 'direct-quote' || mode === 'indirect') ? reader.texts(review, 'text') : [];
    const via = reader
      .nodes(review, 'isBasedOn', 'url')
      .map((n) => make.source(n, place))
      .filter((s): s is string => s !== undefined);
    const ours = ourId(review, 'attribution');
    out.add(
      'attribution',
      {
        id: ours ?? out.ids.allocate(`${sourceId}.verdict`),
        claim: claimId,
        source: sourceId,
        speaker: reviewer,
        mode: mode === 'direct-quote' && quotes.length === 0 ? 'summary' : mode,
        ...(quotes.length > 0 ? { quotes: quotes.map((text) => ({ text })) } : {}),
        ...(via.length > 0 ? { via } : {}),
        stance: verdict.stance,
        cue: 'rated',
        ...(said !== undefined ? { said } : {}),
        ...(published !== undefined ? { rating: published } : {}),
        ...(note !== undefined ? { note } : {}),
      } as AttributionInput,
      place,
    );
  }

  /** The mode claimtrail wrote as the node's `additionalType`, if any. */
  function modeOf(node: JsonObject): Mode | undefined {
    return reader
      .texts(node, 'additionalType')
      .map((t) => t.slice(CLAIMTRAIL_VOCAB.length))
      .find((m): m is Mode => MODES.has(m));
  }

  /** The id a claimtrail IRI gives the node, reserved so that no other record takes it. */
  function ourId(node: JsonObject, type: 'claim' | 'attribution'): string | undefined {
    const iri = reader.id(node);
    const ours = iri === undefined ? undefined : parseRecordIri(iri, base);
    if (ours?.type !== type) return undefined;
    out.ids.reserve(ours.id);
    return ours.id;
  }

  /** The review's rating as published and as a stance, with an info for what could not be carried over. */
  function ratingOf(node: JsonObject, path: (string | number)[]): PublishedRating {
    const read = readReviewRating(reader, node);
    const { verdict, rating } = read;
    if (!verdict.understood) {
      out.report(
        'info',
        `The rating "${verdict.label}" at ${where(path)} could not be read as true or false; the fact-checker is recorded as doubting the claim.`,
        { path },
      );
    }
    if (read.offScale) {
      out.report(
        'info',
        `The rating "${rating?.label}" at ${where(path)} gives a value outside its own scale; only its words were kept as the rating, and its numbers in the note.`,
        { path },
      );
    }
    return read;
  }

  function importClaim(
    node: JsonObject,
    context: { path: (string | number)[]; fallbackText?: string; reviewSource?: string },
  ): string | undefined {
    const key = reader.id(node) ?? node;
    if (claimIds.has(key)) return claimIds.get(key);
    const place: InputPlace = { path: context.path };
    const text = reader.text(node, 'text') ?? context.fallbackText ?? reader.text(node, 'name');
    if (text === undefined) {
      out.report(
        'error',
        `The claim at ${where(context.path)} has no text (no "text", "name" or "claimReviewed"); it was skipped.`,
        place,
      );
      claimIds.set(key, undefined);
      return undefined;
    }
    const id = ourId(node, 'claim') ?? out.ids.allocate(`claim.${slugify(text, 'claim', 50)}`);
    claimIds.set(key, id);

    const authors = [...reader.nodes(node, 'author'), ...reader.nodes(node, 'creator')]
      .map((n) => make.actor(n, 'person', place))
      .filter((a): a is string => a !== undefined);
    const about = reader.nodes(node, 'about')[0];
    const aboutName = about ? reader.text(about, 'name') : undefined;
    const topics = reader.texts(node, 'keywords').flatMap((k) =>
      k
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    );
    const coverage = reader.text(node, 'temporalCoverage');
    const when = whenOf(coverage);
    if (coverage !== undefined && when === undefined) {
      out.report(
        'info',
        `The claim "${excerpt(text)}" has a temporalCoverage "${coverage}" that is not a date or an interval of dates; it was left out.`,
        place,
      );
    }
    const claim: ClaimInput = {
      id,
      text,
      subject: authors[0] ?? { literal: 'an unnamed claimant' },
      predicate: 'states',
      object: { type: 'text', value: text },
      ...(topics.length > 0 ? { topics } : {}),
      ...(when !== undefined ? { when } : {}),
      ...(aboutName !== undefined ? { note: `The claim is about ${aboutName}.` } : {}),
    };
    out.add('claim', claim, place);

    const claimDate = leadingPartialDate(reader.text(node, 'datePublished') ?? reader.text(node, 'dateCreated'));
    const seen = new Set<unknown>();
    const appearances = [
      ...reader.nodes(node, 'appearance', 'url'),
      ...reader.nodes(node, 'firstAppearance', 'url'),
    ].filter((a) => {
      const k = reader.id(a) ?? reader.text(a, 'url') ?? a;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    let made = 0;
    appearances.forEach((appearance, index) => {
      made += importAppearance(appearance, id, authors, claimDate, [...context.path, 'appearance', index], index + 1);
    });
    if (appearances.length === 0 && context.reviewSource !== undefined) {
      for (const speaker of authors) {
        out.add(
          'attribution',
          {
            id: out.ids.allocate(`${id}.${made + 1}`),
            claim: id,
            source: context.reviewSource,
            speaker,
            mode: 'summary',
            ...(claimDate !== undefined ? { said: claimDate } : {}),
          },
          place,
        );
        made++;
      }
    }
    if (made === 0) {
      out.report(
        'warning',
        `The claim "${excerpt(text)}" names no author, so no attribution says who made it; the claim was imported on its own.`,
        place,
        { type: 'claim', id },
      );
    }
    return id;
  }

  /** Attributions for one appearance of a claim; returns how many were made. */
  function importAppearance(
    appearance: JsonObject,
    claim: string,
    claimAuthors: readonly string[],
    claimDate: string | undefined,
    path: (string | number)[],
    ordinal: number,
  ): number {
    const place = { path };
    const work = reader.nodes(appearance, 'isPartOf', 'url')[0];
    const source = make.source(work ?? appearance, place);
    if (source === undefined) {
      out.report(
        'warning',
        `An appearance of claim "${claim}" at ${where(path)} has neither a URL nor a title; it was skipped.`,
        place,
        {
          type: 'claim',
          id: claim,
        },
      );
      return 0;
    }
    const ownSpeakers = [
      ...reader.nodes(appearance, 'spokenByCharacter'),
      ...(work ? [...reader.nodes(appearance, 'author'), ...reader.nodes(appearance, 'creator')] : []),
    ]
      .map((n) => make.actor(n, 'person', place))
      .filter((a): a is string => a !== undefined);
    const speakers = ownSpeakers.length > 0 ? ownSpeakers : claimAuthors;
    const quotes = work ? reader.texts(appearance, 'text').map((t) => ({ text: t })) : [];
    const via = reader
      .nodes(appearance, 'isBasedOn', 'url')
      .map((n) => make.source(n, place))
      .filter((s): s is string => s !== undefined);
    // A passage of a work is dated by its own dateCreated only; the claim's date is when its
    // author first made it, which is the date of a whole-work appearance.
    const said = work ? leadingPartialDate(reader.text(appearance, 'dateCreated')) : claimDate;
    const iri = reader.id(appearance);
    const ours = iri === undefined ? undefined : parseRecordIri(iri, base);
    const written = modeOf(appearance);
    speakers.forEach((speaker, i) => {
      const voices = make.voices.get(source);
      const ownVoice = voices !== undefined && (voices.publisher === speaker || voices.authors.includes(speaker));
      let mode: Mode =
        written ??
        (reader.is(appearance, 'Quotation') && quotes.length > 0
          ? 'direct-quote'
          : quotes.length > 0
            ? 'indirect'
            : ownVoice
              ? 'own-voice'
              : 'summary');
      if (mode === 'direct-quote' && quotes.length === 0) mode = 'summary';
      const wanted = ours?.type === 'attribution' && i === 0 ? ours.id : undefined;
      if (wanted !== undefined) out.ids.reserve(wanted);
      const record = {
        id: wanted ?? out.ids.allocate(`${claim}.${speakers.length > 1 ? `${ordinal}-${i + 1}` : ordinal}`),
        claim,
        source,
        speaker,
        mode,
        ...(via.length > 0 ? { via } : {}),
        ...(said !== undefined ? { said } : {}),
        ...((mode === 'direct-quote' || mode === 'indirect') && quotes.length > 0 ? { quotes } : {}),
      } as AttributionInput;
      out.add('attribution', record, place);
    });
    return speakers.length;
  }
}

function where(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the top of the document';
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}
