import { describe, expect, it } from 'vitest';
import { builtinRules, loadCorpus } from '../../src/index.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { run, useCleanCliState } from './run.js';

useCleanCliState();

describe('claimtrail stats', () => {
  it('prints the bundled corpus counts as JSON, the same as corpus.stats()', async () => {
    const { code, stdout } = await run('stats', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual((await loadCorpus()).stats());
  });

  it('counts a temp corpus, load problems included', async () => {
    const dir = tempCorpus({
      'a.yaml': 'actors:\n  - { id: a, kind: person, name: A }\n  - { id: b, kind: persn, name: B }\n',
      'attributions.jsonl': '{"id":"x","claim":"c","source":"s","speaker":"a","mode":"summary","stance":"denies"}\n',
    });
    const { code, stdout } = await run('stats', dir, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      actors: 1,
      sources: 0,
      sourcesWithText: 0,
      claims: 0,
      attributions: 1,
      directQuotes: 0,
      byMode: { 'direct-quote': 0, indirect: 0, summary: 1, 'own-voice': 0 },
      byStance: { asserts: 0, denies: 1, doubts: 0, hedges: 0 },
      files: 2,
      diagnostics: 1,
    });
  });

  it('prints a table for people', async () => {
    const dir = tempCorpus({ 'a.yaml': 'actors:\n  - { id: a, kind: person, name: A }\n' });
    const { code, stdout } = await run('stats', dir);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(dir);
    expect(stdout).toMatch(/^ {2}actors +1$/m);
    expect(stdout).toMatch(/^ {2}files +1$/m);
    expect(stdout).toMatch(/^ {4}direct-quote +0$/m);
    expect(stdout).toMatch(/^ {2}load diagnostics +0$/m);
  });

  it('exits 2 for a missing directory', async () => {
    const { code, stderr } = await run('stats', '/no/such/claimtrail/dir');
    expect(code).toBe(2);
    expect(stderr).toBe('claimtrail: /no/such/claimtrail/dir does not exist\n');
  });
});

describe('--help', () => {
  it.each([[['--help']], [['-h']], [['help']]])('%j describes the program and its commands', async (args) => {
    const { code, stdout } = await run(...args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: claimtrail \[options\] \[command\]$/m);
    expect(stdout).toMatch(/^ {2}check \[options\] \[dir\] +Load a corpus/m);
    expect(stdout).toMatch(/^ {2}stats \[options\] \[dir\] +Print counts/m);
  });

  it.each([[['check', '--help']], [['help', 'check']]])(
    '%j lists the options, every rule and the exit codes',
    async (args) => {
      const { code, stdout } = await run(...args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: claimtrail check \[options\] \[dir\]$/m);
      for (const option of ['--json', '--rule <ids>', '--severity <level>']) expect(stdout).toContain(option);
      for (const rule of builtinRules)
        expect(stdout).toMatch(new RegExp(`^ {2}${rule.meta.id} +${rule.meta.severity} +`, 'm'));
      expect(stdout).toContain('Exit codes: 0 no errors, 1 errors found, 2 corpus unreadable');
    },
  );

  it.each([[['stats', '--help']], [['help', 'stats']]])('%j describes stats', async (args) => {
    const { code, stdout } = await run(...args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: claimtrail stats \[options\] \[dir\]$/m);
    expect(stdout).toContain('--json');
  });

  it('--version prints the version', async () => {
    const { code, stdout } = await run('--version');
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
