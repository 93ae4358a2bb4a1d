import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, MANIFEST_FILE } from '../../src/cache/manifest.js';
import { CorpusFilesMissingError, DuckDBNotInstalledError, openCorpusDatabase } from '../../src/duckdb/index.js';
import {
  anchorQuote,
  buildIndexCacheSync,
  ClaimtrailError,
  type ClaimtrailErrorCode,
  checkedIriBase,
  generateCorpus,
  IndexNotWrittenError,
  InvalidDateError,
  InvalidOptionError,
  InvalidRuleError,
  loadCorpusSync,
  localDocumentLoader,
  parsePartialDate,
  serializeCorpus,
  UnknownContextError,
} from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

// Every error the public API throws at a caller is a ClaimtrailError with a stable code, so that
// callers branch on `code`, not on the class or the wording.
async function codeOf(attempt: () => unknown): Promise<ClaimtrailErrorCode | string> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof ClaimtrailError) return error.code;
    return `not a ClaimtrailError: ${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'nothing thrown';
}

describe('errors of the public API', () => {
  const corpus = loadCorpusSync();
  const smallCorpus = () => tempCorpus({ 'actors.yaml': 'actors:\n  - { id: alice, name: Alice, kind: person }\n' });

  it.each<[string, () => unknown, ClaimtrailErrorCode]>([
    ['anchorQuote of words not in the text', () => anchorQuote('Kim said no.', 'yes'), 'quote-not-found'],
    ['a query for a speaker the corpus lacks', () => corpus.quotes({ speaker: 'Nobody At All' }), 'unknown-reference'],
    ['loadCorpus of a missing directory', () => loadCorpusSync('/no/such/dir'), 'corpus-directory'],
    ['parsePartialDate of a day that does not exist', () => parsePartialDate('2023-02-30'), 'invalid-date'],
    ['a quotes filter with a bad date', () => corpus.quotes({ from: '2024-13' }), 'invalid-date'],
    ['generateCorpus of -1 attributions', () => generateCorpus({ attributions: -1 }), 'invalid-option'],
    [
      'an export IRI base that is not http, https or urn',
      () => checkedIriBase('javascript:alert(1)//'),
      'invalid-option',
    ],
    [
      'the local JSON-LD loader asked for another URL',
      () => localDocumentLoader('https://example.org/c'),
      'unknown-context',
    ],
    [
      'serializeCorpus into a file',
      () => serializeCorpus(corpus, { dir: join(smallCorpus(), 'actors.yaml') }),
      'corpus-write',
    ],
    [
      'openCorpusDatabase of a folder without a corpus',
      () => openCorpusDatabase(tempCorpus({ 'notes.txt': 'x' })),
      'not-a-corpus-directory',
    ],
  ])('%s', async (_, attempt, code) => {
    expect(await codeOf(attempt)).toBe(code);
  });

  it('buildIndexCache that cannot write says why, keeping the cause', () => {
    const dir = smallCorpus();
    mkdirSync(join(dir, CACHE_DIR));
    symlinkSync(join(dir, 'actors.yaml'), join(dir, CACHE_DIR, MANIFEST_FILE));
    let thrown: unknown;
    try {
      buildIndexCacheSync(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IndexNotWrittenError);
    expect(thrown).toMatchObject({ code: 'index-not-written', message: expect.stringMatching(/symbolic link/) });
    expect((thrown as Error).cause).toBeInstanceOf(Error);
  });

  it('gives each class its name and code, and ClaimtrailError as base', () => {
    const made: [ClaimtrailError, string, ClaimtrailErrorCode][] = [
      [new InvalidDateError('x'), 'InvalidDateError', 'invalid-date'],
      [new InvalidOptionError('x'), 'InvalidOptionError', 'invalid-option'],
      [new InvalidRuleError('x'), 'InvalidRuleError', 'invalid-rule'],
      [new IndexNotWrittenError('x'), 'IndexNotWrittenError', 'index-not-written'],
      [new UnknownContextError('https://example.org/c'), 'UnknownContextError', 'unknown-context'],
      [new DuckDBNotInstalledError(), 'DuckDBNotInstalledError', 'duckdb-not-installed'],
      [new CorpusFilesMissingError('/x', ['actors.parquet']), 'CorpusFilesMissingError', 'not-a-corpus-directory'],
    ];
    for (const [error, name, code] of made) {
      expect(error).toBeInstanceOf(ClaimtrailError);
      expect(error).toBeInstanceOf(Error);
      expect([error.name, error.code]).toEqual([name, code]);
    }
  });
});
