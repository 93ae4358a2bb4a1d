import { match } from 'ts-pattern';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim, ClaimObject, Duration, Subject } from '../model/claim.js';
import type { When } from '../model/partial-date.js';
import type { Source } from '../model/source.js';
import { orNull } from './internal/nullable.js';
import { viaToRows } from './via-column.js';

/** A row of one of the Parquet files: column name to value, `null` where the record has nothing. */
export type Row = Record<string, unknown>;

const durationRow = (d: Duration) => ({
  years: orNull(d.years),
  months: orNull(d.months),
  days: orNull(d.days),
  approx: d.approx,
});

const subjectRow = (s: Subject | undefined) =>
  s === undefined ? null : typeof s === 'string' ? { actor: s, literal: null } : { actor: null, literal: s.literal };

const whenRow = (w: When | undefined) =>
  w === undefined
    ? null
    : typeof w === 'string'
      ? { date: w, from_date: null, to_date: null }
      : { date: null, from_date: orNull(w.from), to_date: orNull(w.to) };

const EMPTY_OBJECT = { actor: null, text: null, number: null, unit: null, approx: null, date: null, duration: null };

function objectRow(o: ClaimObject | undefined) {
  if (o === undefined) return null;
  const cells = match(o)
    .with({ type: 'actor' }, (x) => ({ actor: x.id }))
    .with({ type: 'text' }, (x) => ({ text: x.value }))
    .with({ type: 'number' }, (x) => ({ number: x.value, approx: x.approx }))
    .with({ type: 'quantity' }, (x) => ({ number: x.value, unit: x.unit, approx: x.approx }))
    .with({ type: 'date' }, (x) => ({ date: x.value }))
    .with({ type: 'duration' }, (x) => ({ duration: durationRow(x.value) }))
    .exhaustive();
  return { type: o.type, ...EMPTY_OBJECT, ...cells };
}

/**
 * An actor as a row of actors.parquet.
 *
 * @param a - the actor
 * @returns its row
 *
 * @example
 * actorRow({ id: 'japan', kind: 'country', name: 'Japan', aliases: [], roles: [], memberOf: [], actsFor: [] }).kind
 * //=> 'country'
 */
export function actorRow(a: Actor): Row {
  return {
    id: a.id,
    kind: a.kind,
    name: a.name,
    aliases: a.aliases,
    roles: a.roles.map((r) => ({
      title: r.title,
      of_actor: orNull(r.of),
      from_date: orNull(r.from),
      to_date: orNull(r.to),
      aliases: r.aliases,
    })),
    member_of: a.memberOf,
    acts_for: a.actsFor,
    note: orNull(a.note),
    pronoun: a.kind === 'person' ? orNull(a.pronoun) : null,
    of_actor: a.kind === 'government' ? orNull(a.of) : null,
    iso: a.kind === 'country' ? orNull(a.iso) : null,
    url: a.kind === 'media' ? orNull(a.url) : null,
  };
}

/**
 * A source as a row of sources.parquet.
 *
 * @param s - the source
 * @returns its row
 *
 * @example
 * sourceRow({ id: 's', kind: 'article', title: 'T', authors: [], published: '2023-09' }).published
 * //=> '2023-09'
 */
export function sourceRow(s: Source): Row {
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    publisher: orNull(s.publisher),
    authors: s.authors,
    url: orNull(s.url),
    language: orNull(s.language),
    published: orNull(s.published),
    published_basis: orNull(s.publishedBasis),
    text: orNull(s.text),
    text_file: orNull(s.textFile),
    defects:
      s.defects === undefined
        ? null
        : s.defects.map((d) => ({ kind: d.kind, start_offset: d.start, end_offset: d.end, note: orNull(d.note) })),
    note: orNull(s.note),
  };
}

/**
 * A claim as a row of claims.parquet.
 *
 * @param c - the claim
 * @returns its row
 *
 * @example
 * claimRow(claim).subject
 * //=> { actor: 'japan', literal: null }
 */
export function claimRow(c: Claim): Row {
  return {
    id: c.id,
    text: c.text,
    subject: subjectRow(c.subject),
    predicate: c.predicate,
    object: objectRow(c.object),
    claim_time: whenRow(c.when),
    place: subjectRow(c.where),
    polarity: c.polarity,
    first_since:
      c.first === undefined
        ? null
        : 'since' in c.first
          ? { since: c.first.since, within: null }
          : { since: null, within: durationRow(c.first.in) },
    topics: c.topics,
    contradicts: c.contradicts,
    same_as: c.sameAs,
    note: orNull(c.note),
  };
}

/**
 * An attribution as a row of attributions.parquet.
 *
 * @param a - the attribution
 * @returns its row; `quotes` is null for modes that have none
 *
 * @example
 * attributionRow(attribution).via
 * //=> [{ type: 'source', id: 'guardian-report', attribution: null }]
 */
export function attributionRow(a: Attribution): Row {
  return {
    id: a.id,
    claim: a.claim,
    source: a.source,
    speaker: a.speaker,
    mode: a.mode,
    via: viaToRows(a.via),
    stance: a.stance,
    factuality: a.factuality,
    cue: orNull(a.cue),
    said: orNull(a.said),
    relative:
      a.relative === undefined
        ? null
        : { said: orNull(a.relative.said), when_text: orNull(a.relative.when), anchor: orNull(a.relative.anchor) },
    roles: a.roles.map((r) => ({ actor: r.actor, title: r.title, qualifier: orNull(r.qualifier) })),
    confidence: orNull(a.confidence),
    credited_to: orNull(a.creditedTo),
    note: orNull(a.note),
    rating:
      a.rating === undefined
        ? null
        : {
            label: a.rating.label,
            value: orNull(a.rating.value),
            best: orNull(a.rating.best),
            worst: orNull(a.rating.worst),
          },
    quotes:
      a.mode === 'direct-quote' || a.mode === 'indirect'
        ? a.quotes.map((q) => ({
            text: q.text,
            start_offset: orNull(q.start),
            end_offset: orNull(q.end),
            prefix: orNull(q.prefix),
            suffix: orNull(q.suffix),
          }))
        : null,
  };
}
