import { describe, expect, it } from 'vitest';
import { run, useCleanCliState } from '../cli/run.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

useCleanCliState();

interface SideJson {
  attribution: string;
  speaker: { id: string; name: string };
  source: { id: string };
  chain: string;
  stance: string;
}
interface ContradictionJson {
  kind: string;
  strength: string;
  explanation: string;
  arithmetic?: string;
  a: SideJson;
  b: SideJson;
}

const json = (stdout: string) => JSON.parse(stdout) as ContradictionJson[];

describe('claimtrail contradictions', () => {
  it('--json lists the thirteen disagreements of the seed corpus with both sides', async () => {
    const { code, stdout, stderr } = await run('contradictions', '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const found = json(stdout);
    expect(found.map((c) => `${c.kind}/${c.strength}`)).toEqual([
      'stance/weak',
      'stance/weak',
      'stance/weak',
      'stance/weak',
      'stance/strong',
      'stance/weak',
      'stance/weak',
      'temporal/weak',
      'explicit/strong',
      'explicit/strong',
      'explicit/strong',
      'explicit/strong',
      'explicit/strong',
    ]);
    const threat = found.find((c) => c.a.speaker.id === 'fumio-kishida' && c.b.speaker.id === 'government-of-russia');
    expect(threat).toMatchObject({
      kind: 'stance',
      strength: 'weak',
      a: {
        attribution: 'axis.a-headline-kishida-warns-axis',
        stance: 'asserts',
        source: { id: 'kishida-warns-of-axis' },
      },
      b: { attribution: 'axis.a-moscow-nonsense-threat', stance: 'denies' },
    });
    const summit = found.find((c) => c.kind === 'temporal');
    expect(summit?.arithmetic).toBe(
      'The first in nearly 20 years puts the previous one in 2004-03 to 2008-03; 2024-03 − 2002-09 ≈ 21.5 years.',
    );
  });

  it('--kind and --strong narrow the list', async () => {
    const strong = json((await run('contradictions', '--kind', 'stance', '--strong', '--json')).stdout);
    expect(strong.map((c) => [c.a.speaker.id, c.b.speaker.id])).toEqual([['western-governments', 'china']]);
    expect(json((await run('contradictions', '--kind', 'value,polarity', '--json')).stdout)).toEqual([]);
  });

  it('prints each conflict with its explanation, arithmetic and both sides', async () => {
    const { code, stdout } = await run('contradictions', '--kind', 'temporal');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^temporal \(weak\) {2}Kim Yo Jong \(in .*\) calls it the first in nearly 20 years/);
    expect(lines[1]).toBe(
      '  The first in nearly 20 years puts the previous one in 2004-03 to 2008-03; 2024-03 − 2002-09 ≈ 21.5 years.',
    );
    expect(lines[2]).toMatch(
      /^ {2}· Kim Yo Jong hedges · North Korea Urges .* ← Korean Central News Agency ← Kim Yo Jong · sincerity\.a-first-summit-in-20-years$/,
    );
    expect(lines[3]).toMatch(/^ {2}· North Korea Urges .* asserts · North Korea Urges .* · sincerity\.a-2002-summit$/);
    expect(stdout).not.toMatch(/Unknown publisher/);
    expect(lines.at(-2)).toBe('1 contradiction');
  });

  it('reads a corpus directory given as argument; nothing to report is "0 contradictions"', async () => {
    const corpus = (stance: string) =>
      tempCorpus({
        'corpus.yaml': `actors:
  - { id: ann, kind: person, name: Ann Lee }
  - { id: bob, kind: person, name: Bob Roe }
sources:
  - { id: s, kind: article, title: A story, published: 2025-03-01 }
claims:
  - { id: c, text: The bridge is safe., subject: { literal: the bridge }, predicate: is, object: { type: text, value: safe } }
attributions:
  - { id: a1, claim: c, source: s, speaker: ann, mode: summary }
  - { id: a2, claim: c, source: s, speaker: bob, mode: summary, stance: ${stance} }
`,
      });
    const agree = await run('contradictions', corpus('asserts'));
    expect(agree).toEqual({ code: 0, stdout: '0 contradictions\n', stderr: '' });
    const disagree = await run('contradictions', corpus('denies'));
    expect(disagree.stdout).toBe(
      [
        'stance (strong)  Ann Lee (in A story, 2025-03-01) asserts that the bridge is safe. Bob Roe (in A story, 2025-03-01) denies it.',
        '  · Ann Lee asserts · A story ← Ann Lee · a1',
        '  · Bob Roe denies · A story ← Bob Roe · a2',
        '',
        '1 contradiction',
        '',
      ].join('\n'),
    );
  });

  it('a bad --kind or directory exits 2', async () => {
    expect(await run('contradictions', '--kind', 'rumour')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'claimtrail: --kind: "rumour" is not one of stance, polarity, value, temporal, explicit\n',
    });
    expect((await run('contradictions', '/no/such/dir')).code).toBe(2);
  });
});
