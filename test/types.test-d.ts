import { describe, expectTypeOf, it } from 'vitest';
import type {
  Actor,
  ActorKind,
  Attribution,
  AttributionMode,
  Claim,
  ClaimObject,
  Corpus,
  Diagnostic,
  EntityType,
  PartialDate,
  Quote,
  Resolution,
  Severity,
  schemas,
  ViaLink,
  When,
} from '../src/index.js';

describe('Actor', () => {
  it('is inferred from the schema', () => {
    expectTypeOf<Actor>().toEqualTypeOf<ReturnType<typeof schemas.Actor.parse>>();
    expectTypeOf<ActorKind>().toEqualTypeOf<'person' | 'organization' | 'government' | 'country' | 'media' | 'group'>();
  });

  it('has a pronoun only on a person', () => {
    const actor = {} as Actor;
    if (actor.kind === 'person') {
      expectTypeOf(actor.pronoun).toEqualTypeOf<'he' | 'she' | 'they' | undefined>();
    } else {
      expectTypeOf(actor).not.toHaveProperty('pronoun');
    }
    expectTypeOf<Extract<Actor, { kind: 'country' }>>().not.toHaveProperty('pronoun');
    expectTypeOf<Extract<Actor, { kind: 'country' }>['iso']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<Actor, { kind: 'government' }>['of']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<Actor, { kind: 'media' }>>().toHaveProperty('url');
    expectTypeOf<Extract<Actor, { kind: 'person' }>>().not.toHaveProperty('iso');
  });

  it('fills its lists after parsing, but not in the input type', () => {
    expectTypeOf<Actor['aliases']>().toEqualTypeOf<string[]>();
    expectTypeOf<Actor['roles'][number]['from']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<{ id: string; kind: 'group'; name: string }>().toExtend<import('../src/index.js').ActorInput>();
  });
});

describe('Attribution', () => {
  it('has quotes on a direct quote and on indirect speech, not on a summary or own voice', () => {
    const a = {} as Attribution;
    if (a.mode === 'direct-quote') expectTypeOf(a.quotes).toEqualTypeOf<Quote[]>();
    if (a.mode === 'indirect') expectTypeOf(a.quotes).toEqualTypeOf<Quote[]>();
    if (a.mode === 'summary') expectTypeOf(a).not.toHaveProperty('quotes');
    if (a.mode === 'own-voice') expectTypeOf(a).not.toHaveProperty('quotes');
    expectTypeOf<AttributionMode>().toEqualTypeOf<'direct-quote' | 'indirect' | 'summary' | 'own-voice'>();
  });

  it('types its defaulted fields as present', () => {
    expectTypeOf<Attribution['stance']>().toEqualTypeOf<'asserts' | 'denies' | 'doubts' | 'hedges'>();
    expectTypeOf<Attribution['factuality']>().toEqualTypeOf<'certain' | 'probable' | 'possible' | 'unknown'>();
    expectTypeOf<Attribution['via']>().toEqualTypeOf<ViaLink[]>();
    expectTypeOf<Attribution['said']>().toEqualTypeOf<PartialDate | undefined>();
  });

  it('types a quote anchor as optional numbers', () => {
    expectTypeOf<Quote>().toEqualTypeOf<{
      text: string;
      start?: number | undefined;
      end?: number | undefined;
      prefix?: string | undefined;
      suffix?: string | undefined;
    }>();
  });
});

describe('Claim', () => {
  it('has an object union keyed on type', () => {
    expectTypeOf<ClaimObject['type']>().toEqualTypeOf<'actor' | 'text' | 'number' | 'quantity' | 'date' | 'duration'>();
    const o = {} as ClaimObject;
    if (o.type === 'actor') expectTypeOf(o).toEqualTypeOf<{ type: 'actor'; id: string }>();
    if (o.type === 'text') expectTypeOf(o.value).toBeString();
    if (o.type === 'number') expectTypeOf(o.value).toBeNumber();
    if (o.type === 'quantity') expectTypeOf(o.unit).toBeString();
    if (o.type === 'date') expectTypeOf(o.value).toEqualTypeOf<PartialDate>();
    if (o.type === 'duration') expectTypeOf(o.value.years).toEqualTypeOf<number | undefined>();
    expectTypeOf<Extract<ClaimObject, { type: 'text' }>>().not.toHaveProperty('unit');
  });

  it('types subject, when and polarity', () => {
    expectTypeOf<Claim['subject']>().toEqualTypeOf<string | { literal: string }>();
    expectTypeOf<Claim['object']>().toEqualTypeOf<ClaimObject | undefined>();
    expectTypeOf<Claim['when']>().toEqualTypeOf<When | undefined>();
    expectTypeOf<Claim['polarity']>().toEqualTypeOf<'affirmed' | 'negated'>();
  });
});

describe('Diagnostic', () => {
  it('is plain data with optional places', () => {
    expectTypeOf<Diagnostic['ruleId']>().toBeString();
    expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<Severity>();
    expectTypeOf<Severity>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf<Diagnostic['entity']>().toEqualTypeOf<{ type: EntityType; id: string } | undefined>();
    expectTypeOf<Diagnostic['line']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Diagnostic['path']>().toEqualTypeOf<(string | number)[] | undefined>();
    expectTypeOf<Diagnostic>().toEqualTypeOf<ReturnType<typeof schemas.Diagnostic.parse>>();
  });

  it('accepts the smallest diagnostic and refuses an unknown severity', () => {
    expectTypeOf({ ruleId: 'x', severity: 'error' as const, message: 'm' }).toExtend<Diagnostic>();
    expectTypeOf({ ruleId: 'x', severity: 'fatal' as const, message: 'm' }).not.toExtend<Diagnostic>();
  });
});

describe('Corpus', () => {
  it('returns typed records and resolutions', () => {
    expectTypeOf<Corpus['actor']>().returns.toEqualTypeOf<Actor | undefined>();
    expectTypeOf<Corpus['resolveActor']>().returns.toEqualTypeOf<Resolution<Actor>>();
    expectTypeOf<Corpus['attributionsBySpeaker']>().returns.toEqualTypeOf<Attribution[]>();
    expectTypeOf<Corpus['diagnostics']>().toEqualTypeOf<readonly Diagnostic[]>();
  });
});
