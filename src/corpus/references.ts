import { match } from 'ts-pattern';
import type { FieldPath } from '../load/origin.js';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { EntityType } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import { viaLinks } from '../model/via-links.js';

/** One reference from a record to another, by id. */
export interface Reference {
  readonly field: FieldPath;
  readonly type: EntityType;
  readonly id: string;
}

/**
 * Receives one reference of a record: the type and id it refers to, and its field in up to three
 * parts (`['via', 2, 'actor']` comes as `'via', 2, 'actor'`), so that walking the references of a
 * million records allocates nothing. Returning `false` stops the walk.
 */
export type ReferenceVisitor = (
  type: EntityType,
  id: string,
  head: string,
  index: number | undefined,
  tail: string | undefined,
) => boolean | undefined;

function visitActor(actor: Actor, visit: ReferenceVisitor): boolean {
  for (let i = 0; i < actor.roles.length; i++) {
    const of = (actor.roles[i] as Actor['roles'][number]).of;
    if (of !== undefined && visit('actor', of, 'roles', i, 'of') === false) return false;
  }
  for (let i = 0; i < actor.memberOf.length; i++)
    if (visit('actor', actor.memberOf[i] as string, 'memberOf', i, undefined) === false) return false;
  for (let i = 0; i < actor.actsFor.length; i++)
    if (visit('actor', actor.actsFor[i] as string, 'actsFor', i, undefined) === false) return false;
  const governs = match(actor)
    .with({ kind: 'government' }, (g) => g.of)
    .with(
      { kind: 'person' },
      { kind: 'organization' },
      { kind: 'country' },
      { kind: 'media' },
      { kind: 'group' },
      () => undefined,
    )
    .exhaustive();
  return governs === undefined || visit('actor', governs, 'of', undefined, undefined) !== false;
}

function visitSource(source: Source, visit: ReferenceVisitor): boolean {
  if (source.publisher !== undefined && visit('actor', source.publisher, 'publisher', undefined, undefined) === false)
    return false;
  for (let i = 0; i < source.authors.length; i++)
    if (visit('actor', source.authors[i] as string, 'authors', i, undefined) === false) return false;
  return true;
}

function visitClaim(claim: Claim, visit: ReferenceVisitor): boolean {
  if (typeof claim.subject === 'string' && visit('actor', claim.subject, 'subject', undefined, undefined) === false)
    return false;
  if (typeof claim.where === 'string' && visit('actor', claim.where, 'where', undefined, undefined) === false)
    return false;
  if (claim.object?.type === 'actor' && visit('actor', claim.object.id, 'object', undefined, 'id') === false)
    return false;
  for (let i = 0; i < claim.contradicts.length; i++)
    if (visit('claim', claim.contradicts[i] as string, 'contradicts', i, undefined) === false) return false;
  for (let i = 0; i < claim.sameAs.length; i++)
    if (visit('claim', claim.sameAs[i] as string, 'sameAs', i, undefined) === false) return false;
  return true;
}

function visitAttribution(a: Attribution, visit: ReferenceVisitor): boolean {
  if (visit('claim', a.claim, 'claim', undefined, undefined) === false) return false;
  if (visit('source', a.source, 'source', undefined, undefined) === false) return false;
  if (visit('actor', a.speaker, 'speaker', undefined, undefined) === false) return false;
  // Most attributions have no via: normalising an empty chain would still build an array.
  if (a.via !== undefined && a.via.length > 0) {
    const links = viaLinks(a);
    for (let i = 0; i < links.length; i++) {
      const link = links[i] as (typeof links)[number];
      if (link.type === 'source') {
        if (visit('source', link.source, 'via', i, undefined) === false) return false;
      } else {
        if (visit('actor', link.actor, 'via', i, 'actor') === false) return false;
        if (link.attribution !== undefined && visit('attribution', link.attribution, 'via', i, 'attribution') === false)
          return false;
      }
    }
  }
  if (a.creditedTo !== undefined && visit('actor', a.creditedTo, 'creditedTo', undefined, undefined) === false)
    return false;
  for (let i = 0; i < a.roles.length; i++) {
    const mention = a.roles[i] as Attribution['roles'][number];
    if (visit('actor', mention.actor, 'roles', i, 'actor') === false) return false;
  }
  return true;
}

/**
 * Calls `visit` with every id a record refers to, in the order {@link referencesOf} lists them,
 * until it returns false.
 *
 * @param type - the record's type
 * @param record - the record
 * @param visit - called once per reference
 * @returns false when `visit` stopped the walk, true when it saw every reference
 *
 * @example
 * visitReferences('source', { id: 's', publisher: 'nyt', authors: ['ann'] }, (type, id) => id !== 'ann')
 * //=> false
 */
export function visitReferences(type: EntityType, record: unknown, visit: ReferenceVisitor): boolean {
  switch (type) {
    case 'actor':
      return visitActor(record as Actor, visit);
    case 'source':
      return visitSource(record as Source, visit);
    case 'claim':
      return visitClaim(record as Claim, visit);
    case 'attribution':
      return visitAttribution(record as Attribution, visit);
  }
}

/** Every id a record refers to, with the field it is in. */
export function referencesOf(type: EntityType, record: unknown): readonly Reference[] {
  const refs: Reference[] = [];
  visitReferences(type, record, (refType, id, head, index, tail) => {
    const field: FieldPath =
      index === undefined
        ? tail === undefined
          ? [head]
          : [head, tail]
        : tail === undefined
          ? [head, index]
          : [head, index, tail];
    refs.push({ field, type: refType, id });
    return true;
  });
  return refs;
}
