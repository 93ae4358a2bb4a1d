import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type Corpus, type Diagnostic, type EntityType, loadCorpusSync } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

/*
 * The loader's promise: every record in the input either ends up in the corpus or is named by a
 * diagnostic at its place. These tests generate corpora of valid and invalid records, spread over
 * YAML, JSON and JSONL files (some of them broken), and check every record's fate against a
 * model of what should happen to it.
 */

type Format = 'yaml' | 'json' | 'jsonl';
const COLLECTION: Record<Exclude<EntityType, 'attribution'>, string> = {
  actor: 'actors',
  source: 'sources',
  claim: 'claims',
};
type Kind = keyof typeof COLLECTION;

interface GenRecord {
  readonly type: Kind;
  /** What goes into the file; a string is written raw (JSONL only) to make a broken line. */
  readonly value: unknown;
  readonly valid: boolean;
}

interface GenFile {
  readonly format: Format;
  readonly records: readonly GenRecord[];
  /** The whole file is made unparsable. */
  readonly broken: boolean;
}

const ID_POOL = ['a', 'b', 'c', 'kim-jong-un', 'mtt.x'];
const id = fc.constantFrom(...ID_POOL);
const text = fc.string({ minLength: 1, maxLength: 12 });

const validValue: Record<Kind, fc.Arbitrary<Record<string, unknown>>> = {
  actor: fc.record({ id, kind: fc.constantFrom('person', 'organization', 'group', 'media'), name: text }),
  source: fc.record({ id, kind: fc.constantFrom('article', 'wire', 'statement'), title: text }),
  claim: fc.record({ id, text, subject: fc.constantFrom('a', 'b'), predicate: fc.constantFrom('meets', 'visits') }),
};

const REQUIRED: Record<Kind, string> = { actor: 'name', source: 'title', claim: 'text' };

/** Ways to spoil a valid record so that it must be refused. */
const spoil = (type: Kind, value: Record<string, unknown>): fc.Arbitrary<unknown> =>
  fc.constantFrom<unknown>(
    { ...value, bogus: 1 },
    { ...value, id: 'Not An Id' },
    Object.fromEntries(Object.entries(value).filter(([k]) => k !== REQUIRED[type])),
    { ...value, kind: 'persn' },
    42,
    null,
    'just text',
    [value],
  );

const genRecord: fc.Arbitrary<GenRecord> = fc
  .constantFrom<Kind>('actor', 'source', 'claim')
  .chain((type) =>
    validValue[type].chain((value) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.constant<GenRecord>({ type, value, valid: true }) },
        { weight: 2, arbitrary: spoil(type, value).map((bad): GenRecord => ({ type, value: bad, valid: false })) },
      ),
    ),
  );

const genFile: fc.Arbitrary<GenFile> = fc.record({
  format: fc.constantFrom<Format>('yaml', 'json', 'jsonl'),
  records: fc.array(genRecord, { maxLength: 8 }),
  broken: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
});

/** Generated JSONL may also hold lines that are not JSON at all. */
const BROKEN_LINE: GenRecord = { type: 'actor', value: '{"id": "x", ', valid: false };

interface Placed {
  readonly record: GenRecord;
  readonly file: string;
  readonly format: Format;
  readonly broken: boolean;
  /** [collection, index] in YAML and JSON; the line number in JSONL. */
  readonly path: readonly (string | number)[];
  readonly line?: number;
}

function writeCorpus(files: readonly GenFile[], extraBrokenLines: boolean): { dir: string; placed: Placed[] } {
  const contents: Record<string, string> = {};
  const placed: Placed[] = [];
  files.forEach((f, i) => {
    const name = `f${String(i).padStart(2, '0')}.${f.format}`;
    if (f.format === 'jsonl') {
      const lines: string[] = [];
      const records =
        extraBrokenLines && f.records.length > 0
          ? [...f.records.slice(0, 1), BROKEN_LINE, ...f.records.slice(1)]
          : f.records;
      for (const record of records) {
        const line = record === BROKEN_LINE ? (record.value as string) : JSON.stringify(typedLine(record));
        lines.push(line);
        placed.push({ record, file: name, format: f.format, broken: false, path: [], line: lines.length });
      }
      contents[name] = lines.join('\n');
      return;
    }
    const lists: Record<string, unknown[]> = {};
    for (const record of f.records) {
      const key = COLLECTION[record.type];
      lists[key] ??= [];
      placed.push({
        record,
        file: name,
        format: f.format,
        broken: f.broken,
        path: [key, (lists[key] as unknown[]).length],
      });
      (lists[key] as unknown[]).push(record.value);
    }
    const body = f.format === 'json' ? JSON.stringify(lists, null, 1) : stringify(lists);
    contents[name] = f.broken ? `${body}${f.format === 'json' ? ',' : '\nzzz: [unclosed\n'}` : body;
  });
  return { dir: tempCorpus(contents), placed };
}

/** JSONL lines carry their type, since one file holds several kinds. */
function typedLine(record: GenRecord): unknown {
  const { value, type } = record;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { $type: type, ...value } : value;
}

const at = (p: Placed) => (d: Diagnostic) =>
  d.file === p.file &&
  (p.format === 'jsonl'
    ? d.line === p.line
    : p.broken
      ? d.ruleId === 'syntax'
      : p.path.every((key, i) => d.path?.[i] === key));

const listOf = (corpus: Corpus, type: Kind) =>
  type === 'actor' ? corpus.actors : type === 'source' ? corpus.sources : corpus.claims;

function loadedHere(corpus: Corpus, p: Placed): boolean {
  const value = p.record.value as { id?: unknown } | null;
  if (value === null || typeof value !== 'object' || typeof value.id !== 'string') return false;
  const origin = corpus.origin(p.record.type, value.id);
  if (origin?.file !== p.file) return false;
  return p.format === 'jsonl' ? origin.locate()?.line === p.line : origin.path.join('/') === p.path.join('/');
}

describe('nothing is dropped silently', () => {
  it('every generated record is in the corpus or in a diagnostic at its place', () => {
    fc.assert(
      fc.property(fc.array(genFile, { minLength: 1, maxLength: 5 }), fc.boolean(), (files, brokenLines) => {
        const { dir, placed } = writeCorpus(files, brokenLines);
        const corpus = loadCorpusSync(dir);
        for (const p of placed) {
          const fate = loadedHere(corpus, p) || corpus.diagnostics.some(at(p));
          expect(fate, `${p.file} ${JSON.stringify(p.path)} line ${p.line}: ${JSON.stringify(p.record.value)}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 80 },
    );
  });

  it('each record meets exactly the fate the rules give it', () => {
    fc.assert(
      fc.property(fc.array(genFile, { minLength: 1, maxLength: 5 }), fc.boolean(), (files, brokenLines) => {
        const { dir, placed } = writeCorpus(files, brokenLines);
        const corpus = loadCorpusSync(dir);
        const seen: Record<Kind, Set<string>> = { actor: new Set(), source: new Set(), claim: new Set() };
        const expectedLoaded: Record<Kind, string[]> = { actor: [], source: [], claim: [] };
        for (const p of placed) {
          const label = `${p.file} ${JSON.stringify(p.path)} line ${p.line}: ${JSON.stringify(p.record.value)}`;
          const here = corpus.diagnostics.filter(at(p));
          if (p.broken) {
            expect(
              here.some((d) => d.ruleId === 'syntax'),
              label,
            ).toBe(true);
            expect(loadedHere(corpus, p), label).toBe(false);
          } else if (!p.record.valid) {
            expect(here.length, label).toBeGreaterThan(0);
            expect(
              here.every((d) => d.severity === 'error'),
              label,
            ).toBe(true);
            expect(loadedHere(corpus, p), label).toBe(false);
          } else {
            const recordId = (p.record.value as { id: string }).id;
            if (seen[p.record.type].has(recordId)) {
              expect(
                here.map((d) => d.ruleId),
                label,
              ).toEqual(['duplicate-id']);
              expect(here[0]?.related?.[0]?.id, label).toBe(recordId);
            } else {
              seen[p.record.type].add(recordId);
              expectedLoaded[p.record.type].push(recordId);
              expect(here, label).toEqual([]);
              expect(loadedHere(corpus, p), label).toBe(true);
            }
          }
        }
        for (const type of ['actor', 'source', 'claim'] as const) {
          expect(listOf(corpus, type).map((r) => r.id)).toEqual(expectedLoaded[type]);
        }
        // and no diagnostic without a record, or a broken file, behind it
        const brokenFiles = files.flatMap((f, i) =>
          f.broken && f.format !== 'jsonl' ? [`f${String(i).padStart(2, '0')}.${f.format}`] : [],
        );
        for (const d of corpus.diagnostics) {
          const explained =
            placed.some((p) => at(p)(d)) || (d.ruleId === 'syntax' && brokenFiles.includes(d.file ?? ''));
          expect(explained, JSON.stringify(d)).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});
