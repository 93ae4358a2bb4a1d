import { describe, expect, it, vi } from 'vitest';
import { terminalText } from '../../src/cli/terminal-text.js';
import { tempCorpus } from '../helpers/temp-corpus.js';
import { run, useCleanCliState } from './run.js';

useCleanCliState();

/** Any escape or control character a terminal would act on (newlines are checked separately). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: what the test looks for
const ACTS_ON = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE_NAME = 'Eve\u001b]0;pwned\u0007\u001b]52;c;ZWNobyBwd25lZA==\u0007\u001b[2K\u001b[1A\u202eevil';

describe('terminalText', () => {
  it('shows escape sequences, controls and bidi overrides visibly', () => {
    expect(terminalText(HOSTILE_NAME)).toBe(
      'Eve\\x1b]0;pwned\\x07\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\x1b[2K\\x1b[1A\\u202eevil',
    );
    expect(terminalText('a\nb\tc\rd\u0085')).toBe('a\\nb\\tc\\rd\\x85');
  });

  it('keeps only claimtrail’s own layout and colour codes in layout mode', () => {
    expect(terminalText('\u001b[31mred\u001b[39m\nnext\tcell', 'layout')).toBe('\u001b[31mred\u001b[39m\nnext\tcell');
    expect(terminalText('\u001b[8mhidden\u001b]52;c;x\u0007', 'layout')).toBe('\\x1b[8mhidden\\x1b]52;c;x\\x07');
  });

  it('leaves ordinary text, including non-Latin scripts and emoji, alone', () => {
    const plain = 'Владимир 習近平 “quoted” — ✔ 👍';
    expect(terminalText(plain)).toBe(plain);
  });
});

describe('the CLI shows hostile record strings and file names without acting on them', () => {
  it('an actor name with OSC title, OSC 52 clipboard, erase-line and bidi codes is printed visibly', async () => {
    const dir = tempCorpus({
      'actors.yaml': `actors:\n  - { id: eve, name: ${JSON.stringify(HOSTILE_NAME)}, kind: person }\n`,
      'sources.yaml': 'sources:\n  - { id: s, kind: article, title: T, published: "2024-01-01" }\n',
      'claims.yaml':
        'claims:\n  - { id: c, text: "Eve proposes a summit.", subject: eve, predicate: proposes, object: { type: text, value: a summit } }\n',
      'attributions.yaml':
        'attributions:\n  - { id: a, claim: c, source: s, speaker: eve, mode: direct-quote, quotes: [{ text: "hi" }] }\n',
    });
    const shown = await run('quotes', dir);
    expect(shown.stdout).toContain('Eve\\x1b]0;pwned\\x07\\x1b]52;c;');
    expect(shown.stdout).not.toMatch(ACTS_ON);
    const json = await run('quotes', dir, '--json');
    expect(JSON.parse(json.stdout)[0].speaker.name).toBe(HOSTILE_NAME);
  });

  it('a file name with a newline and a conceal code cannot print a fake "✔ 0 errors" over the real error', async () => {
    const evil = 'x\n\u001b[8m\n✔ 0 errors, 0 warnings, 0 infos\n\u001b[8m.yaml';
    const dir = tempCorpus({ [evil]: 'actors: [ { id: 1 } ]\n' });
    const shown = await run('check', dir);
    expect(shown.code).not.toBe(0);
    expect(shown.stdout).not.toMatch(ACTS_ON);
    const lines = shown.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('✔'))).toEqual([]);
    expect(shown.stdout).toContain('x\\n\\x1b[8m\\n✔ 0 errors, 0 warnings, 0 infos\\n\\x1b[8m.yaml');
    expect(lines.at(-2) ?? lines.at(-1)).toMatch(/^✖ \d+ error/);
    const json = await run('check', dir, '--json');
    expect(JSON.parse(json.stdout).some((d: { file?: string }) => d.file === evil)).toBe(true);
  });

  it('keeps colour codes working on a colour terminal', async () => {
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('FORCE_COLOR', '1');
    const dir = tempCorpus({ 'a.yaml': `actors: [ { id: 1, name: ${JSON.stringify(HOSTILE_NAME)} } ]\n` });
    const shown = await run('check', dir);
    expect(shown.stdout).toContain('\u001b[31m');
    expect(shown.stdout).not.toContain('\u001b]');
    expect(shown.stdout).not.toContain('\u202e');
  });
});
