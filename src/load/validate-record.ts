import type { z } from 'zod';
import { asciiLookalike, nonAsciiCharacters, visible } from '../internal/confusables.js';
import { didYouMean } from '../internal/did-you-mean.js';
import { formatPath } from '../internal/format-path.js';
import { type Actor, ActorSchema } from '../model/actor.js';
import { type Attribution, AttributionSchema } from '../model/attribution.js';
import { type Claim, ClaimSchema } from '../model/claim.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import { IdSchema } from '../model/ids.js';
import { type Source, SourceSchema } from '../model/source.js';
import { type Origin, placeOf, placeOfKey } from './origin.js';
import { schemaMessage } from './schema-messages.js';

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

type Shape = Record<string, unknown>;
type SchemaLike = { options?: { shape: Shape }[]; shape?: Shape; def?: { in?: { shape?: Shape } } };

/** The field that decides the shape of each union, and the fields each of its values allows. */
const VARIANTS: Partial<Record<EntityType, { key: string; fields: Map<string, string[]> }>> = {
  actor: {
    key: 'kind',
    fields: new Map(ActorSchema.options.map((o) => [o.shape.kind.value as string, Object.keys(o.shape)])),
  },
  attribution: {
    key: 'mode',
    fields: new Map(AttributionSchema.options.map((o) => [o.shape.mode.value as string, Object.keys(o.shape)])),
  },
};

function allKeys(type: EntityType): string[] {
  const schema = SCHEMA_BY_TYPE[type] as unknown as SchemaLike;
  const shapes = schema.options?.map((o) => o.shape) ?? [schema.shape ?? schema.def?.in?.shape ?? {}];
  return [...new Set(shapes.flatMap((s) => Object.keys(s)))];
}

const KNOWN_KEYS: Record<EntityType, string[]> = {
  actor: allKeys('actor'),
  source: allKeys('source'),
  claim: allKeys('claim'),
  attribution: allKeys('attribution'),
};

/** How people call the record types in messages. */
export const TYPE_LABEL: Record<EntityType, string> = {
  actor: 'Actor',
  source: 'Source',
  claim: 'Claim',
  attribution: 'Attribution',
};

// The id schema's own message tells its pattern failures from those of other patterns.
const ID_MESSAGE = IdSchema.safeParse('Not An Id', { error: schemaMessage }).error?.issues[0]?.message;

/** The value at a path, and whether the path exists at all (a key may be present and undefined). */
function valueAt(value: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return { present: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: current };
}

/** A value as a reader would name it: `the number 3`, `a list`, `the text "Kim"`. */
function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a timestamp (YAML 1.1 reads unquoted dates so; put the date in quotes)';
  if (ArrayBuffer.isView(value)) return 'binary data';
  if (value instanceof Map || value instanceof Set) return 'a YAML 1.1 set or ordered map';
  if (typeof value === 'object') return 'a mapping of fields';
  if (typeof value === 'string') return `the text "${visible(value, 40)}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  return `a ${typeof value}`;
}

const EXPECTED_LABEL: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

function describe(type: EntityType, value: unknown, origin: Origin): string {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id !== '') return `${TYPE_LABEL[type]} "${visible(id, 60)}"`;
  if (origin.path.length > 0) return `The ${type} at ${formatPath(origin.path)}`;
  const line = origin.locate()?.line;
  return `The ${type} ${line === undefined ? 'on this line' : `on line ${line}`}`;
}

/** Why a string that should be an id is not one, when the reason is characters outside ASCII. */
function explainId(raw: unknown): { text: string; suggestion?: string } | undefined {
  if (typeof raw !== 'string') return undefined;
  const odd = nonAsciiCharacters(raw, 3);
  if (odd.length === 0) {
    // Plain ASCII but not a slug ("Sunarto", "kim_jong_un", "Kim Jong Un"): offer the slug.
    const slug = raw
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/([.-])[.-]+/g, '$1')
      .replace(/^[.-]/, '')
      .replace(/[.-]$/, '');
    if (!IdSchema.safeParse(slug).success) return undefined;
    return { text: `${ID_MESSAGE}; write it as "${slug}"`, suggestion: slug };
  }
  const listed = odd.map((c) => `at position ${c.index + 1}, ${c.description}`).join('; ');
  const fixed = asciiLookalike(raw);
  const suggestion = fixed !== undefined && IdSchema.safeParse(fixed).success ? fixed : undefined;
  return {
    text: `the id "${visible(raw, 60)}" contains ${listed}. Ids are plain ASCII (lowercase letters and digits joined by single "-" or ".") so that two different ids can never look the same${suggestion ? `; write it as "${suggestion}"` : ''}`,
    ...(suggestion ? { suggestion } : {}),
  };
}

interface Explained {
  text: string;
  suggestion?: string;
  /** Point at a key rather than at a value (for unknown fields). */
  key?: (string | number)[];
}

function explainIssue(type: EntityType, issue: z.core.$ZodIssue, value: unknown): Explained[] {
  const field = formatPath(issue.path);
  const where = field === '' ? '' : ` field "${field}"`;
  if (issue.code === 'unrecognized_keys') {
    const variants = issue.path.length === 0 ? VARIANTS[type] : undefined;
    const own = variants ? (value as Record<string, unknown>)[variants.key] : undefined;
    const allowed = (typeof own === 'string' ? variants?.fields.get(own) : undefined) ?? KNOWN_KEYS[type];
    return issue.keys.map((key) => {
      const path = [...(issue.path as (string | number)[]), key];
      const others = variants
        ? [...variants.fields].filter(([, keys]) => keys.includes(key)).map(([name]) => name)
        : [];
      if (issue.path.length === 0 && others.length > 0 && typeof own === 'string') {
        return {
          text: `has the field "${visible(key)}", which only ${others.join(', ')} ${type}s have, not ${own} ones`,
          key: path,
        };
      }
      const guess = issue.path.length === 0 ? didYouMean(key, allowed) : undefined;
      return {
        text: `has unknown field "${visible(key)}"${guess ? ` (did you mean "${guess}"?)` : ''}${field ? ` in "${field}"` : ''}`,
        ...(guess ? { suggestion: guess } : {}),
        key: path,
      };
    });
  }
  const union = issue as { discriminator?: string; options?: unknown[] };
  if (issue.code === 'invalid_union' && typeof union.discriminator === 'string') {
    const path =
      issue.path[issue.path.length - 1] === union.discriminator ? issue.path : [...issue.path, union.discriminator];
    const given = valueAt(value, path);
    const choices = (union.options ?? []).map(String);
    const guess = typeof given.value === 'string' ? didYouMean(given.value, choices) : undefined;
    const name = formatPath(path);
    return [
      {
        text: `${given.present ? `has ${name} ${visible(JSON.stringify(given.value) ?? String(given.value), 60)}` : `is missing the field "${name}"`}; it must be one of ${choices.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
        ...(guess ? { suggestion: guess } : {}),
      },
    ];
  }
  if (issue.code === 'invalid_union') {
    // A union such as "a date or a span": the branch whose type matched says what is wrong.
    const closest = issue.errors.find(
      (branch) => branch.length > 0 && !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0),
    );
    const first = closest?.[0];
    if (closest?.length === 1 && first) {
      return explainIssue(type, { ...first, path: [...issue.path, ...first.path] } as z.core.$ZodIssue, value);
    }
  }
  const at = valueAt(value, issue.path);
  if (issue.code === 'invalid_type') {
    if (issue.path.length === 0) {
      return [{ text: `is not a mapping of fields but ${describeValue(value)}, so it cannot be read as a record` }];
    }
    if (!at.present) return [{ text: `is missing the required${where}` }];
    const expected = EXPECTED_LABEL[issue.expected] ?? issue.expected;
    return [{ text: `has a bad${where}: it should be ${expected}, but it is ${describeValue(at.value)}` }];
  }
  if (issue.code === 'invalid_format' && typeof at.value === 'string') {
    const explained = issue.message === ID_MESSAGE ? explainId(at.value) : undefined;
    if (explained) return [{ ...explained, text: `has a bad${where}: ${explained.text}` }];
    const odd = nonAsciiCharacters(at.value, 3);
    if (odd.length > 0) {
      const listed = odd.map((c) => `at position ${c.index + 1}, ${c.description}`).join('; ');
      return [{ text: `has a bad${where}: ${issue.message}; "${visible(at.value, 60)}" contains ${listed}` }];
    }
  }
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof at.value === 'string') {
    return [
      {
        text: `has a bad${where}: it is ${at.value.length} characters long, more than the ${String(issue.maximum)} allowed`,
      },
    ];
  }
  return [{ text: `has a bad${where}: ${issue.message}` }];
}

/**
 * Validates one raw record against its schema. The diagnostics say in a sentence what is wrong
 * and point at the field (or, for an unknown field, at its key); ids with characters outside
 * ASCII (a Cyrillic "а", a zero-width space, a right-to-left mark) get the characters named.
 *
 * @param type - the kind of record
 * @param value - the record as parsed from its file
 * @param origin - where it came from
 * @returns the parsed record (with defaults filled in), or the diagnostics that explain why not
 *
 * @example
 * validateRecord('actor', { id: 'kim', kind: 'persn', name: 'Kim' }, origin).diagnostics[0]?.suggestion
 * //=> 'person'
 */
export function validateRecord<T extends EntityType>(
  type: T,
  value: unknown,
  origin: Origin,
): { record?: EntityByType[T]; diagnostics: Diagnostic[] } {
  const result = SCHEMA_BY_TYPE[type].safeParse(value, { error: schemaMessage });
  if (result.success) return { record: result.data as EntityByType[T], diagnostics: [] };
  const who = describe(type, value, origin);
  const id = (value as { id?: unknown } | null)?.id;
  const diagnostics = result.error.issues.flatMap((issue) =>
    explainIssue(type, issue, value).map(
      ({ text, suggestion, key }): Diagnostic => ({
        ruleId: 'schema',
        severity: 'error',
        message: `${who} ${text}. It was not loaded.`,
        ...(typeof id === 'string' ? { entity: { type, id } } : {}),
        ...(key ? placeOfKey(origin, key) : placeOf(origin, issue.path as (string | number)[])),
        ...(suggestion ? { suggestion } : {}),
        ...('expected' in issue && issue.expected !== undefined ? { expected: issue.expected } : {}),
      }),
    ),
  );
  return { diagnostics };
}
