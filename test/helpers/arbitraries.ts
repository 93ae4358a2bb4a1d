/**
 * fast-check arbitraries for valid claimtrail records and whole corpora, for property tests.
 * Every record they make passes its schema; corpora have unique ids per kind and references that
 * point at records of the corpus (except where a test asks for dangling ones).
 */
import fc from 'fast-check';
import type { CorpusInput } from '../../src/corpus/corpus-input.js';
import {
  type ActorInput,
  type AttributionInput,
  type ClaimInput,
  type SourceInput,
  SourceKindSchema,
} from '../../src/index.js';
import { formatPartialDate } from '../../src/time/format-partial-date.js';

/** One part of an id: lowercase ASCII letters and digits. */
const idPart = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 1,
  maxLength: 8,
});

/** A valid id: `kim-jong-un`, `mtt.c-1`. */
export const arbId: fc.Arbitrary<string> = fc
  .tuple(idPart, fc.array(fc.tuple(fc.constantFrom('-', '.'), idPart), { maxLength: 3 }))
  .map(([first, rest]) => first + rest.map(([sep, part]) => sep + part).join(''));

/** `n` distinct ids, each with a prefix so that kinds never share one by accident. */
export function arbIds(prefix: string, min: number, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(
    arbId.map((id) => `${prefix}-${id}`),
    { minLength: min, maxLength: max },
  );
}

/** Characters that have tripped up YAML and JSON writers: quotes, colons, line breaks, marks. */
const TRICKY = [
  ' ',
  '\n',
  '\r\n',
  '\t',
  ':',
  ': ',
  ' #',
  '- ',
  '"',
  "'",
  '\\',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '?',
  '~',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\u2028',
  '\u0085',
  '\ufeff',
  'é',
  'е',
  '“',
  '’',
  '—',
  '😀',
  'null',
  'yes',
  '2023-09-15',
  '0x1F',
  '1e3',
  '-0',
  '.inf',
];

/** Whole values that writers get wrong: blank, all white space, leading or trailing breaks. */
const EDGE_STRINGS = [
  ' ',
  '  ',
  ' \n',
  '\n ',
  '\n',
  '\n\n',
  ' \n ',
  '\t',
  '\r',
  '\r\n',
  ' x',
  'x ',
  'x\n',
  '\nx',
  'a\n\n b',
  '# x',
  '- x',
  '? x',
  '"',
  "'",
  "'x'",
  '""',
  '...',
  '---',
  '~',
  'null',
  'true',
  'No',
  '012',
  '0o7',
  '1_000',
  '+1',
  '.5',
  '1e-3',
  '\u00a0',
  '\u0085',
  '\u2028',
];

/**
 * Text as people paste it: mostly words, sometimes any Unicode (including lone surrogates, which
 * JavaScript strings and the schemas allow), sometimes the characters that break serialisers.
 */
export function arbText(options: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  const { minLength = 0, maxLength = 40 } = options;
  // Building string arbitraries is costly; corpora ask for hundreds of them.
  const key = `${minLength}/${maxLength}`;
  const cached = textCache.get(key);
  if (cached) return cached;
  const made = fc
    .oneof(
      { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength, maxLength }) },
      {
        weight: 2,
        arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY), minLength, maxLength: Math.min(maxLength, 12) }),
      },
      { weight: 1, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
      {
        weight: 1,
        arbitrary: fc.string({
          unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
          minLength,
          maxLength,
        }),
      },
    )
    .filter((s) => s.length >= minLength);
  textCache.set(key, made);
  return made;
}
const textCache = new Map<string, fc.Arbitrary<string>>();

/** A calendar date known to a year, a month or a day. */
export const arbPartialDate: fc.Arbitrary<string> = fc
  .tuple(
    fc.date({ min: new Date(1900, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }),
    fc.constantFrom('year' as const, 'month' as const, 'day' as const),
  )
  .map(([date, precision]) => formatPartialDate(date, precision));

/** A PartialDate or an interval with either end open. */
export const arbWhen: fc.Arbitrary<string | { from?: string; to?: string }> = fc.oneof(
  arbPartialDate,
  fc.record({ from: arbPartialDate, to: arbPartialDate }, { requiredKeys: [] }),
);

const arbApprox = fc.constantFrom('exact', 'about', 'nearly', 'over', 'under');
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const arbDuration = fc
  .record(
    {
      years: fc.double({ min: 0, max: 1e6, noNaN: true }),
      months: fc.integer({ min: 0, max: 1000 }),
      days: fc.integer({ min: 0, max: 100000 }),
      approx: arbApprox,
    },
    { requiredKeys: [] },
  )
  .filter((d) => d.years !== undefined || d.months !== undefined || d.days !== undefined);

/** A subject or place: an actor id from the list, or a literal. */
function arbSubject(actorIds: readonly string[]): fc.Arbitrary<string | { literal: string }> {
  const literal = arbText({ minLength: 1 }).map((literal) => ({ literal }));
  return actorIds.length === 0 ? literal : fc.oneof(fc.constantFrom(...actorIds), literal);
}

const ISO = fc.stringMatching(/^[A-Z]{2}$/);
const LANGUAGE = fc.stringMatching(/^[a-z]{2}(?:-[A-Z]{2})?$/);

/** Picks from a list that may be empty: an empty list gives a fresh valid id. */
const pick = (ids: readonly string[]) => (ids.length === 0 ? arbId : fc.constantFrom(...ids));
const some = (ids: readonly string[], max = 3) =>
  ids.length === 0
    ? fc.constant([] as string[])
    : fc.shuffledSubarray([...ids], { maxLength: Math.min(max, ids.length) });

/** A valid actor of any kind with this id, referring only to `actorIds`. */
export function arbActor(id: string, actorIds: readonly string[] = []): fc.Arbitrary<ActorInput> {
  const role = fc.record(
    {
      title: arbText({ minLength: 1 }),
      of: pick(actorIds),
      from: arbPartialDate,
      to: arbPartialDate,
      aliases: fc.array(arbText({ minLength: 1 }), { maxLength: 2 }),
    },
    { requiredKeys: ['title'] },
  );
  const base = {
    name: arbText({ minLength: 1 }),
    aliases: fc.array(arbText({ minLength: 1 }), { maxLength: 3 }),
    roles: fc.array(role, { maxLength: 2 }),
    memberOf: some(actorIds),
    actsFor: some(actorIds),
    note: arbText(),
  };
  const optional = { requiredKeys: ['name'] as ['name'] };
  return fc.oneof(
    fc
      .record({ ...base, pronoun: fc.constantFrom('he', 'she', 'they') }, optional)
      .map((r) => ({ id, kind: 'person' as const, ...r })),
    fc.record(base, optional).map((r) => ({ id, kind: 'organization' as const, ...r })),
    fc.record({ ...base, of: pick(actorIds) }, optional).map((r) => ({ id, kind: 'government' as const, ...r })),
    fc.record({ ...base, iso: ISO }, optional).map((r) => ({ id, kind: 'country' as const, ...r })),
    fc
      .record({ ...base, url: fc.constantFrom('https://apnews.com/', 'https://example.org/a?b=c#d') }, optional)
      .map((r) => ({
        id,
        kind: 'media' as const,
        ...r,
      })),
    fc.record(base, optional).map((r) => ({ id, kind: 'group' as const, ...r })),
  ) as fc.Arbitrary<ActorInput>;
}

/** A valid source with this id, published by and written by actors of `actorIds`. */
export function arbSource(id: string, actorIds: readonly string[] = []): fc.Arbitrary<SourceInput> {
  return fc.record(
    {
      id: fc.constant(id),
      kind: fc.constantFrom(...SourceKindSchema.options),
      title: arbText({ minLength: 1 }),
      publisher: pick(actorIds),
      authors: some(actorIds),
      url: fc.constantFrom('https://www.example.com/2023/09/15/kim.html', 'http://diario.pt/x'),
      language: LANGUAGE,
      published: arbPartialDate,
      publishedBasis: arbText(),
      text: arbText({ maxLength: 200 }),
      note: arbText(),
    },
    { requiredKeys: ['id', 'kind', 'title'] },
  );
}

/** A valid claim with this id, about actors of `actorIds`, contradicting claims of `claimIds`. */
export function arbClaim(
  id: string,
  actorIds: readonly string[] = [],
  claimIds: readonly string[] = [],
): fc.Arbitrary<ClaimInput> {
  const object = fc.oneof(
    pick(actorIds).map((ref) => ({ type: 'actor' as const, id: ref })),
    arbText({ minLength: 1 }).map((value) => ({ type: 'text' as const, value })),
    fc.record(
      { type: fc.constant('number' as const), value: finite, approx: arbApprox },
      { requiredKeys: ['type', 'value'] },
    ),
    fc.record(
      { type: fc.constant('quantity' as const), value: finite, unit: arbText({ minLength: 1 }), approx: arbApprox },
      { requiredKeys: ['type', 'value', 'unit'] },
    ),
    arbPartialDate.map((value) => ({ type: 'date' as const, value })),
    arbDuration.map((value) => ({ type: 'duration' as const, value })),
  );
  return fc.record(
    {
      id: fc.constant(id),
      text: arbText({ minLength: 1 }),
      subject: arbSubject(actorIds),
      predicate: fc.constantFrom('meets', 'visits', 'warns', 'has-count', 'occurs-on', 'says-something-new'),
      object,
      when: arbWhen,
      where: arbSubject(actorIds),
      polarity: fc.constantFrom('affirmed', 'negated'),
      first: fc.oneof(
        arbPartialDate.map((since) => ({ since })),
        arbDuration.map((d) => ({ in: d })),
      ),
      topics: fc.array(arbText({ minLength: 1 }), { maxLength: 3 }),
      contradicts: some(claimIds, 2),
      note: arbText(),
    },
    { requiredKeys: ['id', 'text', 'subject', 'predicate'] },
  ) as fc.Arbitrary<ClaimInput>;
}

/** Quotes anchored in `text` (when there is one to quote from), or free-standing ones. */
function arbQuotes(
  text: string | undefined,
  min: number,
): fc.Arbitrary<{ text: string; start?: number; end?: number }[]> {
  const anchored =
    text !== undefined && text.length > 0
      ? fc
          .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 30 }))
          .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) }))
          .map(({ start, end }) => ({
            text: text.slice(start, end),
            start,
            end,
            prefix: text.slice(Math.max(0, start - 8), start),
            suffix: text.slice(end, end + 8),
          }))
      : undefined;
  const loose = arbText({ minLength: 1 }).map((t) => ({ text: t }));
  return fc.array(anchored ? fc.oneof(anchored, loose) : loose, { minLength: min, maxLength: 3 });
}

/** A valid attribution with this id, of a claim, in a source, by a speaker from the lists. */
export function arbAttribution(
  id: string,
  refs: { claimIds: readonly string[]; sources: readonly SourceInput[]; actorIds: readonly string[] },
): fc.Arbitrary<AttributionInput> {
  const sourceIds = refs.sources.map((s) => s.id);
  return fc
    .record({
      claim: pick(refs.claimIds),
      sourceIndex: fc.nat(),
      speaker: pick(refs.actorIds),
      via: some(sourceIds, 2),
      stance: fc.constantFrom('asserts', 'denies', 'doubts', 'hedges'),
      factuality: fc.constantFrom('certain', 'probable', 'possible', 'unknown'),
      cue: arbText({ minLength: 1 }),
      said: arbPartialDate,
      relative: fc.record(
        { said: arbText({ minLength: 1 }), when: arbText({ minLength: 1 }), anchor: arbPartialDate },
        { requiredKeys: [] },
      ),
      roles: fc.array(
        fc.record(
          {
            actor: pick(refs.actorIds),
            title: arbText({ minLength: 1 }),
            qualifier: fc.constantFrom('then', 'former'),
          },
          { requiredKeys: ['actor', 'title'] },
        ),
        { maxLength: 2 },
      ),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      note: arbText(),
      keep: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    })
    .chain(({ sourceIndex, keep, ...fields }) => {
      const source = refs.sources.length > 0 ? refs.sources[sourceIndex % refs.sources.length] : undefined;
      // Leave out optional fields at random, so that defaults are exercised too.
      const optional = [
        'via',
        'stance',
        'factuality',
        'cue',
        'said',
        'relative',
        'roles',
        'confidence',
        'note',
      ] as const;
      const base: Record<string, unknown> = {
        id,
        claim: fields.claim,
        source: source?.id ?? 'no-such-source',
        speaker: fields.speaker,
      };
      optional.forEach((key, i) => {
        if (keep[i]) base[key] = fields[key];
      });
      const text = typeof source?.text === 'string' ? source.text : undefined;
      return fc.oneof(
        arbQuotes(text, 1).map((quotes) => ({ ...base, mode: 'direct-quote', quotes })),
        arbQuotes(text, 0).map((quotes) => ({ ...base, mode: 'indirect', quotes })),
        fc.constant({ ...base, mode: 'summary' }),
        fc.constant({ ...base, mode: 'own-voice' }),
      );
    }) as fc.Arbitrary<AttributionInput>;
}

/** Sizes of a generated corpus. */
export interface CorpusSize {
  readonly actors?: number;
  readonly sources?: number;
  readonly claims?: number;
  readonly attributions?: number;
}

/**
 * A whole valid corpus as plain records (pass it to `createCorpus`): unique ids per kind, and
 * references between the records (speakers, sources, claims, vias, publishers, roles).
 */
export function arbCorpusInput(size: CorpusSize = {}): fc.Arbitrary<Required<CorpusInput>> {
  const { actors = 6, sources = 4, claims = 6, attributions = 10 } = size;
  return fc
    .record({
      actorIds: arbIds('a', 0, actors),
      sourceIds: arbIds('s', 0, sources),
      claimIds: arbIds('c', 0, claims),
      attributionIds: arbIds('t', 0, attributions),
    })
    .chain(({ actorIds, sourceIds, claimIds, attributionIds }) =>
      fc
        .record({
          actors: fc.tuple(...actorIds.map((id) => arbActor(id, actorIds))),
          sources: fc.tuple(...sourceIds.map((id) => arbSource(id, actorIds))),
          claims: fc.tuple(...claimIds.map((id) => arbClaim(id, actorIds, claimIds))),
        })
        .chain(({ actors: a, sources: s, claims: c }) =>
          fc
            .tuple(...attributionIds.map((id) => arbAttribution(id, { claimIds, sources: s, actorIds })))
            .map((t) => ({ actors: a, sources: s, claims: c, attributions: t })),
        ),
    );
}
