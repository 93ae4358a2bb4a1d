import { match } from 'ts-pattern';
import type { FieldPath } from '../load/origin.js';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { EntityType } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';

/** One reference from a record to another, by id. */
export interface Reference {
  readonly field: FieldPath;
  readonly type: EntityType;
  readonly id: string;
}

function* actorReferences(actor: Actor): Generator<Reference> {
  for (const [i, role] of actor.roles.entries()) {
    if (role.of !== undefined) yield { field: ['roles', i, 'of'], type: 'actor', id: role.of };
  }
  for (const [i, id] of actor.memberOf.entries()) yield { field: ['memberOf', i], type: 'actor', id };
  for (const [i, id] of actor.actsFor.entries()) yield { field: ['actsFor', i], type: 'actor', id };
  yield* match(actor)
    .with({ kind: 'government' }, (g) =>
      g.of === undefined ? [] : [{ field: ['of'], type: 'actor' as const, id: g.of }],
    )
    .with(
      { kind: 'person' },
      { kind: 'organization' },
      { kind: 'country' },
      { kind: 'media' },
      { kind: 'group' },
      () => [],
    )
    .exhaustive();
}

function* sourceReferences(source: Source): Generator<Reference> {
  if (source.publisher !== undefined) yield { field: ['publisher'], type: 'actor', id: source.publisher };
  for (const [i, id] of source.authors.entries()) yield { field: ['authors', i], type: 'actor', id };
}

function* claimReferences(claim: Claim): Generator<Reference> {
  if (typeof claim.subject === 'string') yield { field: ['subject'], type: 'actor', id: claim.subject };
  if (typeof claim.where === 'string') yield { field: ['where'], type: 'actor', id: claim.where };
  if (claim.object?.type === 'actor') yield { field: ['object', 'id'], type: 'actor', id: claim.object.id };
  for (const [i, id] of claim.contradicts.entries()) yield { field: ['contradicts', i], type: 'claim', id };
  for (const [i, id] of claim.sameAs.entries()) yield { field: ['sameAs', i], type: 'claim', id };
}

function* attributionReferences(a: Attribution): Generator<Reference> {
  yield { field: ['claim'], type: 'claim', id: a.claim };
  yield { field: ['source'], type: 'source', id: a.source };
  yield { field: ['speaker'], type: 'actor', id: a.speaker };
  for (const [i, id] of a.via.entries()) yield { field: ['via', i], type: 'source', id };
  for (const [i, mention] of a.roles.entries())
    yield { field: ['roles', i, 'actor'], type: 'actor', id: mention.actor };
}

/** Every id a record refers to, with the field it is in. */
export function referencesOf(type: EntityType, record: unknown): Iterable<Reference> {
  return match(type)
    .with('actor', () => actorReferences(record as Actor))
    .with('source', () => sourceReferences(record as Source))
    .with('claim', () => claimReferences(record as Claim))
    .with('attribution', () => attributionReferences(record as Attribution))
    .exhaustive();
}
