import { match } from 'ts-pattern';
import type { ActorKind } from '../../model/actor.js';
import { type SourceKind, SourceKindSchema } from '../../model/source.js';

/** The schema.org type of an actor. schema.org has no type for an informal group. */
export function actorType(kind: ActorKind): string {
  return match(kind)
    .with('person', () => 'Person')
    .with('organization', 'group', () => 'Organization')
    .with('government', () => 'GovernmentOrganization')
    .with('country', () => 'Country')
    .with('media', () => 'NewsMediaOrganization')
    .exhaustive();
}

const ACTOR_KIND_OF_TYPE: Record<string, ActorKind> = {
  Person: 'person',
  Organization: 'organization',
  Corporation: 'organization',
  NGO: 'organization',
  EducationalOrganization: 'organization',
  PoliticalParty: 'organization',
  GovernmentOrganization: 'government',
  Country: 'country',
  NewsMediaOrganization: 'media',
};

/** The actor kind a schema.org type stands for; `fallback` for types it does not know. */
export function actorKindOf(types: readonly string[], fallback: ActorKind): ActorKind {
  for (const type of types) {
    const kind = ACTOR_KIND_OF_TYPE[type];
    if (kind) return kind;
  }
  return fallback;
}

/** The schema.org type of a source; the exact kind travels in `genre`. */
export function sourceType(kind: SourceKind): string {
  return match(kind)
    .with('article', 'wire', () => 'NewsArticle')
    .with('social', () => 'SocialMediaPosting')
    .with('report', () => 'Report')
    .with('statement', 'press-conference', 'broadcast', 'other', () => 'CreativeWork')
    .exhaustive();
}

const SOURCE_KIND_OF_TYPE: Record<string, SourceKind> = {
  Article: 'article',
  NewsArticle: 'article',
  ReportageNewsArticle: 'article',
  AnalysisNewsArticle: 'article',
  OpinionNewsArticle: 'article',
  BlogPosting: 'article',
  WebPage: 'article',
  SocialMediaPosting: 'social',
  DiscussionForumPosting: 'social',
  Report: 'report',
  VideoObject: 'broadcast',
  AudioObject: 'broadcast',
  PodcastEpisode: 'broadcast',
  Episode: 'broadcast',
};

/** The source kind of a schema.org work: its `genre` when that is a claimtrail kind, else its type. */
export function sourceKindOf(types: readonly string[], genre: string | undefined): SourceKind {
  const byGenre = SourceKindSchema.safeParse(genre);
  if (byGenre.success) return byGenre.data;
  for (const type of types) {
    const kind = SOURCE_KIND_OF_TYPE[type];
    if (kind) return kind;
  }
  return 'other';
}
