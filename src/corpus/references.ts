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

// Arrays, not generators: the rules that walk every reference of a million records feel the difference.
function actorReferences(actor: Actor): Reference[] {
  const refs: Reference[] = [];
  for (const [i, role] of actor.roles.entries()) {
    if (role.of !== undefined) refs.push({ field: ['roles', i, 'of'], type: 'actor', id: role.of });
  }
  for (const [i, id] of actor.memberOf.entries()) refs.push({ field: ['memberOf', i], type: 'actor', id });
  for (const [i, id] of actor.actsFor.entries()) refs.push({ field: ['actsFor', i], type: 'actor', id });
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
  if (governs !== undefined) refs.push({ field: ['of'], type: 'actor', id: governs });
  return refs;
}

function sourceReferences(source: Source): Reference[] {
  const refs: Reference[] = [];
  if (source.publisher !== undefined) refs.push({ field: ['publisher'], type: 'actor', id: source.publisher });
  for (const [i, id] of source.authors.entries()) refs.push({ field: ['authors', i], type: 'actor', id });
  return refs;
}

function claimReferences(claim: Claim): Reference[] {
  const refs: Reference[] = [];
  if (typeof claim.subject === 'string') refs.push({ field: ['subject'], type: 'actor', id: claim.subject });
  if (typeof claim.where === 'string') refs.push({ field: ['where'], type: 'actor', id: claim.where });
  if (claim.object?.type === 'actor') refs.push({ field: ['object', 'id'], type: 'actor', id: claim.object.id });
  for (const [i, id] of claim.contradicts.entries()) refs.push({ field: ['contradicts', i], type: 'claim', id });
  for (const [i, id] of claim.sameAs.entries()) refs.push({ field: ['sameAs', i], type: 'claim', id });
  return refs;
}

function attributionReferences(a: Attribution): Reference[] {
  const refs: Reference[] = [
    { field: ['claim'], type: 'claim', id: a.claim },
    { field: ['source'], type: 'source', id: a.source },
    { field: ['speaker'], type: 'actor', id: a.speaker },
  ];
  for (const [i, link] of viaLinks(a).entries()) {
    if (link.type === 'source') refs.push({ field: ['via', i], type: 'source', id: link.source });
    else {
      refs.push({ field: ['via', i, 'actor'], type: 'actor', id: link.actor });
      if (link.attribution !== undefined)
        refs.push({ field: ['via', i, 'attribution'], type: 'attribution', id: link.attribution });
    }
  }
  if (a.creditedTo !== undefined) refs.push({ field: ['creditedTo'], type: 'actor', id: a.creditedTo });
  for (const [i, mention] of a.roles.entries())
    refs.push({ field: ['roles', i, 'actor'], type: 'actor', id: mention.actor });
  return refs;
}

/** Every id a record refers to, with the field it is in. */
export function referencesOf(type: EntityType, record: unknown): readonly Reference[] {
  return match(type)
    .with('actor', () => actorReferences(record as Actor))
    .with('source', () => sourceReferences(record as Source))
    .with('claim', () => claimReferences(record as Claim))
    .with('attribution', () => attributionReferences(record as Attribution))
    .exhaustive();
}
