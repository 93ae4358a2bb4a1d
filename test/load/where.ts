import { expect } from 'vitest';
import type { Corpus, Diagnostic } from '../../src/index.js';

/**
 * The 1-based line and column where `needle` starts in `text` (its `nth` occurrence, from 0), found
 * by plain string search so that tests do not lean on the loader's own position code.
 */
export function where(text: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times in the test text`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The one diagnostic of a corpus that satisfies `test`, failing when there are none or several. */
export function only(corpus: Corpus, test: (d: Diagnostic) => boolean): Diagnostic {
  const found = corpus.diagnostics.filter(test);
  expect(found, JSON.stringify(corpus.diagnostics, null, 2)).toHaveLength(1);
  return found[0] as Diagnostic;
}

/** Diagnostics reduced to what most tests compare: rule, file, line, column and path. */
export function places(corpus: Corpus): Pick<Diagnostic, 'ruleId' | 'file' | 'line' | 'column' | 'path'>[] {
  return corpus.diagnostics.map(({ ruleId, file, line, column, path }) => ({ ruleId, file, line, column, path }));
}
