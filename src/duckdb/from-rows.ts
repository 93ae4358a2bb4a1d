import { match } from 'ts-pattern';
import type { Actor } from '../model/actor.js';
import type { Attribution, AttributionMode, Quote } from '../model/attribution.js';
import type { Claim, ClaimObject, Duration, FirstSince, Subject } from '../model/claim.js';
import type { When } from '../model/partial-date.js';
import type { Source } from '../model/source.js';
import { field } from './internal/nullable.js';
import type { Row } from './to-rows.js';
import { type ViaRow, viaFromRows } from './via-column.js';

// Rows come from DuckDB, typed by the column list in columns.ts; these casts name those types.
type Cells = Record<string, unknown>;
const str = (v: unknown) => v as string;
const strs = (v: unknown) => (v ?? []) as string[];
const cells = (v: unknown) => v as Cells;

function duration(row: Cells): Duration {
  return {
    ...field('years', row.years as number | null),
    ...field('months', row.months as number | null),
    ...field('days', row.days as number | null),
    approx: str(row.approx) as Duration['approx'],
  };
}

function subject(v: unknown): Subject | undefined {
  if (v === null || v === undefined) return undefined;
  const row = cells(v);
  return row.actor !== null ? str(row.actor) : { literal: str(row.literal) };
}

function when(v: unknown): When | undefined {
  if (v === null || v === undefined) return undefined;
  const row = cells(v);
  if (row.date !== null) return str(row.date);
  return { ...field('from', row.from_date as string | null), ...field('to', row.to_date as string | null) };
}

function claimObject(v: unknown): ClaimObject | undefined {
  if (v === null || v === undefined) return undefined;
  const row = cells(v);
  const approx = row.approx as Duration['approx'];
  return match(str(row.type) as ClaimObject['type'])
    .with('actor', (type) => ({ type, id: str(row.actor) }))
    .with('text', (type) => ({ type, value: str(row.text) }))
    .with('number', (type) => ({ type, value: row.number as number, approx }))
    .with('quantity', (type) => ({ type, value: row.number as number, unit: str(row.unit), approx }))
    .with('date', (type) => ({ type, value: str(row.date) }))
    .with('duration', (type) => ({ type, value: duration(cells(row.duration)) }))
    .exhaustive();
}

function firstSince(v: unknown): FirstSince | undefined {
  if (v === null || v === undefined) return undefined;
  const row = cells(v);
  return row.since !== null ? { since: str(row.since) } : { in: duration(cells(row.within)) };
}

/**
 * An actor from its row of actors.parquet: the inverse of `actorRow`.
 *
 * @param row - the row
 * @returns the actor, with every default filled in as a loaded corpus has it
 *
 * @example
 * actorFromRow(actorRow(japan)).name
 * //=> 'Japan'
 */
export function actorFromRow(row: Row): Actor {
  const base = {
    id: str(row.id),
    name: str(row.name),
    aliases: strs(row.aliases),
    roles: ((row.roles ?? []) as Cells[]).map((r) => ({
      title: str(r.title),
      ...field('of', r.of_actor as string | null),
      ...field('from', r.from_date as string | null),
      ...field('to', r.to_date as string | null),
      aliases: strs(r.aliases),
    })),
    memberOf: strs(row.member_of),
    actsFor: strs(row.acts_for),
    ...field('note', row.note as string | null),
  };
  return match(str(row.kind) as Actor['kind'])
    .with('person', (kind) => ({ ...base, kind, ...field('pronoun', row.pronoun as 'he' | 'she' | 'they' | null) }))
    .with('government', (kind) => ({ ...base, kind, ...field('of', row.of_actor as string | null) }))
    .with('country', (kind) => ({ ...base, kind, ...field('iso', row.iso as string | null) }))
    .with('media', (kind) => ({ ...base, kind, ...field('url', row.url as string | null) }))
    .with('organization', 'group', (kind) => ({ ...base, kind }))
    .exhaustive();
}

/**
 * A source from its row of sources.parquet: the inverse of `sourceRow`.
 *
 * @param row - the row
 * @returns the source
 *
 * @example
 * sourceFromRow(sourceRow(source)).title === source.title
 * //=> true
 */
export function sourceFromRow(row: Row): Source {
  return {
    id: str(row.id),
    kind: str(row.kind) as Source['kind'],
    title: str(row.title),
    ...field('publisher', row.publisher as string | null),
    authors: strs(row.authors),
    ...field('url', row.url as string | null),
    ...field('language', row.language as string | null),
    ...field('published', row.published as string | null),
    ...field('publishedBasis', row.published_basis as string | null),
    ...field('text', row.text as string | null),
    ...field('textFile', row.text_file as string | null),
    ...(row.defects
      ? {
          defects: (row.defects as Cells[]).map((d) => ({
            kind: str(d.kind) as NonNullable<Source['defects']>[number]['kind'],
            start: d.start_offset as number,
            end: d.end_offset as number,
            ...field('note', d.note as string | null),
          })),
        }
      : {}),
    ...field('note', row.note as string | null),
  };
}

/**
 * A claim from its row of claims.parquet: the inverse of `claimRow`.
 *
 * @param row - the row
 * @returns the claim
 *
 * @example
 * claimFromRow(claimRow(claim)).subject
 * //=> 'japan'
 */
export function claimFromRow(row: Row): Claim {
  return {
    id: str(row.id),
    text: str(row.text),
    subject: subject(row.subject) as Subject,
    predicate: str(row.predicate),
    ...field('object', claimObject(row.object)),
    ...field('when', when(row.claim_time)),
    ...field('where', subject(row.place)),
    polarity: str(row.polarity) as Claim['polarity'],
    ...field('first', firstSince(row.first_since)),
    topics: strs(row.topics),
    contradicts: strs(row.contradicts),
    sameAs: strs(row.same_as),
    ...field('note', row.note as string | null),
  };
}

function quote(r: Cells): Quote {
  return {
    text: str(r.text),
    ...field('start', r.start_offset as number | null),
    ...field('end', r.end_offset as number | null),
    ...field('prefix', r.prefix as string | null),
    ...field('suffix', r.suffix as string | null),
  };
}

/**
 * An attribution from its row of attributions.parquet: the inverse of `attributionRow`.
 *
 * @param row - the row
 * @returns the attribution
 * @throws {TypeError} when its via column holds a link this version of the model cannot hold
 *
 * @example
 * attributionFromRow(attributionRow(attribution)).via
 * //=> ['guardian-report']
 */
export function attributionFromRow(row: Row): Attribution {
  const relative = row.relative as Cells | null;
  const rating = row.rating as Cells | null;
  const base = {
    id: str(row.id),
    claim: str(row.claim),
    source: str(row.source),
    speaker: str(row.speaker),
    via: viaFromRows((row.via ?? []) as ViaRow[]),
    stance: str(row.stance) as Attribution['stance'],
    factuality: str(row.factuality) as Attribution['factuality'],
    ...field('cue', row.cue as string | null),
    ...field('said', row.said as string | null),
    ...(relative
      ? {
          relative: {
            ...field('said', relative.said as string | null),
            ...field('when', relative.when_text as string | null),
            ...field('anchor', relative.anchor as string | null),
          },
        }
      : {}),
    roles: ((row.roles ?? []) as Cells[]).map((r) => ({
      actor: str(r.actor),
      title: str(r.title),
      ...field('qualifier', r.qualifier as 'then' | 'former' | null),
    })),
    ...field('confidence', row.confidence as number | null),
    ...field('creditedTo', row.credited_to as string | null),
    ...field('note', row.note as string | null),
    ...(rating
      ? {
          rating: {
            label: str(rating.label),
            ...field('value', rating.value as number | null),
            ...field('best', rating.best as number | null),
            ...field('worst', rating.worst as number | null),
          },
        }
      : {}),
  };
  const quotes = ((row.quotes ?? []) as Cells[]).map(quote);
  return match(str(row.mode) as AttributionMode)
    .with('direct-quote', (mode) => ({ ...base, mode, quotes: quotes as [Quote, ...Quote[]] }))
    .with('indirect', (mode) => ({ ...base, mode, quotes }))
    .with('summary', 'own-voice', (mode) => ({ ...base, mode }))
    .exhaustive();
}
