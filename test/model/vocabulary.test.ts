import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularyMarkdown } from '../../scripts/vocabulary-table.js';
import { compileVocabulary } from '../../src/model/compile-vocabulary.js';
import { PredicateVocabularySchema } from '../../src/model/predicate-info.js';
import { predicates } from '../../src/model/predicates.js';

const entries = Object.entries(predicates) as [string, Record<string, unknown>][];

describe('the built-in vocabulary', () => {
  it('is valid data by its schema', () => {
    expect(PredicateVocabularySchema.safeParse(predicates).success).toBe(true);
  });

  it('relates only predicates it has', () => {
    const unknown = entries.flatMap(([slug, info]) =>
      [
        ...((info.implies as string[]) ?? []),
        ...((info.excludes as string[]) ?? []),
        ...(info.inverse ? [info.inverse as string] : []),
      ]
        .filter((target) => !Object.hasOwn(predicates, target))
        .map((target) => `${slug} -> ${target}`),
    );
    expect(unknown).toEqual([]);
  });

  it('declares inverses on both sides, and never on a symmetric predicate', () => {
    for (const [slug, info] of entries) {
      if (info.inverse === undefined) continue;
      expect((predicates as Record<string, { inverse?: string }>)[info.inverse as string]?.inverse, slug).toBe(slug);
      expect(info.symmetric, slug).toBeUndefined();
    }
  });

  it('covers what news commonly states', () => {
    const families = new Set(entries.map(([, info]) => info.family));
    for (const family of [
      'contact',
      'relations',
      'agreement',
      'stance',
      'health',
      'legal',
      'office',
      'election',
      'quantity',
    ])
      expect(families).toContain(family);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('is rejected by its schema when a relation is not a slug', () => {
    const result = PredicateVocabularySchema.safeParse({ dines: { label: 'dines', implies: ['Meets'] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['dines', 'implies', 0]);
  });

  it('docs/vocabulary.md is current (run `npm run docs:vocabulary`)', () => {
    expect(readFileSync(new URL('../../docs/vocabulary.md', import.meta.url), 'utf8')).toBe(vocabularyMarkdown());
  });
});

describe('compileVocabulary', () => {
  const compiled = compileVocabulary(predicates);

  it('keys a predicate and its inverse under the smaller slug, swapped', () => {
    expect(compiled.canonical('office-held-by')).toEqual({ predicate: 'holds-office', swapped: true });
    expect(compiled.canonical('holds-office')).toEqual({ predicate: 'holds-office', swapped: false });
  });

  it('follows implications through inverses', () => {
    expect(compiled.implied('receives-weapons-from')).toEqual([
      { predicate: 'receives-weapons-from', swapped: false },
      { predicate: 'aids-militarily', swapped: true },
      { predicate: 'supports', swapped: true },
    ]);
  });

  it('lists each exclusion on one side only', () => {
    expect(compiled.excluded('supports')).toEqual([{ predicate: 'opposes', swapped: false }]);
    expect(compiled.excluded('opposes')).toEqual([]);
    expect(compiled.excluded('supplies-weapons-to')).toEqual([{ predicate: 'opposes', swapped: false }]);
  });

  it('names families, falling back to the predicate itself', () => {
    expect(compiled.family('holds-summit-with')).toBe('contact');
    expect(compiled.family('dines-with')).toBe('dines-with');
  });
});
