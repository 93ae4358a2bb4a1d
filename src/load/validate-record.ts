import type { z } from 'zod';
import { didYouMean } from '../internal/did-you-mean.js';
import { formatPath } from '../internal/format-path.js';
import { type Actor, ActorSchema } from '../model/actor.js';
import { type Attribution, AttributionSchema } from '../model/attribution.js';
import { type Claim, ClaimSchema } from '../model/claim.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import { type Source, SourceSchema } from '../model/source.js';
import { type Origin, placeOf } from './origin.js';

/** The record type each entity type validates to. */
export interface EntityByType {
  actor: Actor;
  source: Source;
  claim: Claim;
  attribution: Attribution;
}

/** The schema of each record type. */
export const SCHEMA_BY_TYPE = {
  actor: ActorSchema,
  source: SourceSchema,
  claim: ClaimSchema,
  attribution: AttributionSchema,
} as const satisfies Record<EntityType, z.ZodType>;

/** The field that decides the shape of each union, and the values it may take. */
const DISCRIMINATORS: Partial<Record<EntityType, { key: string; values: string[] }>> = {
  actor: { key: 'kind', values: ActorSchema.options.map((o) => o.shape.kind.value) },
  attribution: { key: 'mode', values: AttributionSchema.options.map((o) => o.shape.mode.value) },
};

function knownKeys(type: EntityType): string[] {
  const schema = SCHEMA_BY_TYPE[type] as unknown as {
    options?: { shape: Record<string, unknown> }[];
    shape?: Record<string, unknown>;
    def?: { in?: { shape?: Record<string, unknown> } };
  };
  const shapes = schema.options?.map((o) => o.shape) ?? [schema.shape ?? schema.def?.in?.shape ?? {}];
  return [...new Set(shapes.flatMap((s) => Object.keys(s)))];
}

const KNOWN_KEYS = {
  actor: knownKeys('actor'),
  source: [
    'id',
    'kind',
    'title',
    'publisher',
    'authors',
    'url',
    'language',
    'published',
    'publishedBasis',
    'text',
    'textFile',
    'note',
  ],
  claim: knownKeys('claim'),
  attribution: knownKeys('attribution'),
} satisfies Record<EntityType, string[]>;

/** How people call the record types in messages. */
export const TYPE_LABEL: Record<EntityType, string> = {
  actor: 'Actor',
  source: 'Source',
  claim: 'Claim',
  attribution: 'Attribution',
};

function describe(type: EntityType, value: unknown, origin: Origin): string {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id !== '') return `${TYPE_LABEL[type]} "${id}"`;
  return `The ${type} at ${origin.path.length > 0 ? formatPath(origin.path) : 'this line'}`;
}

function issueMessage(
  type: EntityType,
  issue: z.core.$ZodIssue,
  value: unknown,
): { text: string; suggestion?: string } {
  const field = formatPath(issue.path);
  const where = field === '' ? '' : ` field "${field}"`;
  if (issue.code === 'unrecognized_keys') {
    const guesses = issue.path.length === 0 ? issue.keys.map((k) => didYouMean(k, KNOWN_KEYS[type])) : [];
    const suggestion = guesses.find((g) => g !== undefined);
    const keys = issue.keys.map((k, i) => `"${k}"${guesses[i] ? ` (did you mean "${guesses[i]}"?)` : ''}`);
    return {
      text: `has unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${keys.join(', ')}${field ? ` in "${field}"` : ''}`,
      ...(suggestion ? { suggestion } : {}),
    };
  }
  const discriminator = DISCRIMINATORS[type];
  if (issue.code === 'invalid_union' && discriminator && issue.path.length === 0) {
    const given = (value as Record<string, unknown> | null)?.[discriminator.key];
    const guess = typeof given === 'string' ? didYouMean(given, discriminator.values) : undefined;
    return {
      text: `has ${discriminator.key} ${given === undefined ? 'missing' : JSON.stringify(given)}; it must be one of ${discriminator.values.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
      ...(guess ? { suggestion: guess } : {}),
    };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return { text: `is missing the required${where}` };
  return { text: `has a bad${where}: ${issue.message}` };
}

/**
 * Validates one raw record against its schema.
 *
 * @returns the parsed record (with defaults filled in), or the diagnostics that explain why not
 */
export function validateRecord<T extends EntityType>(
  type: T,
  value: unknown,
  origin: Origin,
): { record?: EntityByType[T]; diagnostics: Diagnostic[] } {
  const result = SCHEMA_BY_TYPE[type].safeParse(value);
  if (result.success) return { record: result.data as EntityByType[T], diagnostics: [] };
  const who = describe(type, value, origin);
  const id = (value as { id?: unknown } | null)?.id;
  const diagnostics = result.error.issues.map((issue): Diagnostic => {
    const { text, suggestion } = issueMessage(type, issue, value);
    return {
      ruleId: 'schema',
      severity: 'error',
      message: `${who} ${text}. It was not loaded.`,
      ...(typeof id === 'string' ? { entity: { type, id } } : {}),
      ...placeOf(origin, issue.path as (string | number)[]),
      ...(suggestion ? { suggestion } : {}),
      ...('expected' in issue && issue.expected !== undefined ? { expected: issue.expected } : {}),
    };
  });
  return { diagnostics };
}
