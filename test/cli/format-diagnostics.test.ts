import { describe, expect, it } from 'vitest';
import { colorsFor, countBySeverity, formatDiagnostics } from '../../src/cli/format-diagnostics.js';
import type { Diagnostic } from '../../src/index.js';

const plain = colorsFor(false);
const d = (extra: Partial<Diagnostic>): Diagnostic => ({
  ruleId: 'schema',
  severity: 'error',
  message: 'M.',
  ...extra,
});

describe('formatDiagnostics', () => {
  it('groups by file, in the order given, with line:column, severity, message and rule', () => {
    const text = formatDiagnostics(
      [
        d({ file: 'a.yaml', line: 3, column: 5, message: 'First.' }),
        d({ file: 'b.jsonl', line: 12, severity: 'warning', ruleId: 'orphan', message: 'Second.' }),
        d({ file: 'a.yaml', line: 9, column: 1, severity: 'info', ruleId: 'source-text-missing', message: 'Third.' }),
        d({ message: 'About the whole corpus.', suggestion: 'kim-jong-un' }),
      ],
      plain,
    );
    expect(text.split('\n')).toEqual([
      'a.yaml',
      '  3:5     error   First.  schema',
      '  9:1     info    Third.  source-text-missing',
      '',
      'b.jsonl',
      '  12:1    warning Second.  orphan',
      '',
      '(corpus)',
      '          error   About the whole corpus.  schema',
      '                  suggestion: kim-jong-un',
      '',
      '✖ 2 errors, 1 warning, 1 info',
    ]);
  });

  it('keeps a long line:column apart from the severity', () => {
    const text = formatDiagnostics([d({ file: 'big.jsonl', line: 123456, column: 78 })], plain);
    expect(text.split('\n')[1]).toBe('  123456:78 error   M.  schema');
  });

  it('says so when there is nothing to report', () => {
    expect(formatDiagnostics([], plain)).toBe('✔ 0 errors, 0 warnings, 0 infos');
  });

  it('counts by severity', () => {
    expect(countBySeverity([d({}), d({ severity: 'info' }), d({})])).toEqual({ error: 2, warning: 0, info: 1 });
  });
});
