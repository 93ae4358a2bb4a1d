import { describe, expect, it } from 'vitest';
import { run, useCleanCliState } from '../cli/run.js';
import { tempCorpus } from '../helpers/temp-corpus.js';

useCleanCliState();

interface QuoteJson {
  attribution: string;
  date: string | null;
  dateBasis: string;
  speaker: { id: string; name: string };
  source: { id: string; title: string };
  chain: string;
  mode: string;
  stance: string;
  factuality: string;
  quotes: string[];
  claim: { id: string; text: string };
  score?: number;
  hand: 'first' | 'second';
}

const json = (stdout: string) => JSON.parse(stdout) as QuoteJson[];

describe('claimtrail quotes', () => {
  it('--speaker lists the statements with date, speaker, words and chain', async () => {
    const { code, stdout, stderr } = await run('quotes', '--speaker', 'Matsuno');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        '2023-09-15  Hirokazu Matsuno asserts, direct-quote',
        '  “We would like to organize high-level discussions” … “under the direct control of the prime minister, to reach a summit as soon as possible.”',
        '  Diário de Notícias ← Hirokazu Matsuno · dn.a-matsuno-high-level-talks',
        '2023-09-15  Hirokazu Matsuno asserts, direct-quote',
        '  “Prime Minister Kishida has expressed his determination to meet Kim Jong Un in person “at any time and without prior conditions,”',
        '  Diário de Notícias ← Hirokazu Matsuno · dn.a-matsuno-kishida-determined',
        '2 statements',
        '',
      ].join('\n'),
    );
  });

  it('--json with --agents, --from and --to: Japan and those who speak for it in July 2024', async () => {
    const { code, stdout } = await run(
      'quotes',
      '--speaker',
      'Japan',
      '--agents',
      '--from',
      '2024-07',
      '--to',
      '2024-07',
      '--json',
    );
    expect(code).toBe(0);
    const rows = json(stdout);
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.speaker.id))).toEqual(new Set(['fumio-kishida']));
    for (const r of rows) {
      expect(r.date?.startsWith('2024-07')).toBe(true);
      expect(r.chain).toBe(
        "Japan's Kishida Warns of Russia-North Korea-China Axis, Seeks Deeper NATO Ties ← Fumio Kishida",
      );
    }
    expect(rows.find((r) => r.attribution === 'axis.a-kishida-determined-nato')).toMatchObject({
      date: '2024-07-08',
      dateBasis: 'said',
      mode: 'direct-quote',
      quotes: ['Japan is determined to strengthen its cooperation with NATO and its partners.'],
      claim: { id: 'axis.c-japan-strengthen-nato-cooperation' },
    });
  });

  it('--speaker Kishida lists his words from 001 with Matsuno in the chain; --hand tells relayed words from first-hand ones', async () => {
    const { code, stdout } = await run('quotes', '--speaker', 'Kishida', '--source', 'dn-kishida-ready-to-meet-kim');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '2023  Fumio Kishida asserts, direct-quote',
        '  “at any time and without prior conditions,”',
        '  Diário de Notícias ← Hirokazu Matsuno ← Fumio Kishida · dn.a-kishida-any-time',
        '1 statement',
        '',
      ].join('\n'),
    );
    const second = json((await run('quotes', '--speaker', 'Kishida', '--hand', 'second', '--json')).stdout);
    expect(second.map((r) => [r.attribution, r.hand])).toEqual([
      ['dn.a-kishida-any-time', 'second'],
      ['sincerity.a-kishida-desires-meeting', 'second'],
      ['sincerity.a-kishida-proposed-summit', 'second'],
    ]);
    const first = json((await run('quotes', '--speaker', 'Kishida', '--hand', 'first', '--json')).stdout);
    expect(first.length).toBeGreaterThan(5);
    expect(first.every((r) => r.hand === 'first')).toBe(true);
    expect((await run('quotes', '--hand', 'third')).stderr).toBe(
      'claimtrail: --hand: "third" is not one of first, second\n',
    );
  });

  it('shows a summary as a paraphrase, never in quotation marks, and a misattribution in the text', async () => {
    const summit = await run(
      'quotes',
      '--speaker',
      'Kishida',
      '--hand',
      'second',
      '--source',
      'nk-urges-japan-sincerity',
    );
    expect(summit.stdout).toContain('  paraphrase: Fumio Kishida proposed a summit with Kim Jong Un.\n');
    const manturov = await run('quotes', '--text', 'technological sovereignty');
    expect(manturov.stdout).toContain('  the source credits these words to Vladimir Putin\n');
  });

  it('--text ignores case and punctuation; --fuzzy ranks and shows the score', async () => {
    const exact = json((await run('quotes', '--text', 'COMPLETE nonsense!', '--json')).stdout);
    expect(exact.map((r) => r.attribution)).toEqual(['axis.a-moscow-nonsense-nato', 'axis.a-moscow-nonsense-threat']);
    expect(exact[0]?.score).toBeUndefined();
    const fuzzy = await run('quotes', '--text', 'at any time without conditions', '--fuzzy', '--limit', '1');
    expect(fuzzy.stdout).toMatch(/^2023 {2}Fumio Kishida asserts, direct-quote, score 0\.\d\d\n/);
    expect(fuzzy.stdout.endsWith('1 statement\n')).toBe(true);
  });

  it('--source with a cited document, --publisher, --mode and --stance', async () => {
    const guardian = json((await run('quotes', '--source', 'mtt.guardian-putin-kim-pact-report', '--json')).stdout);
    expect(guardian.map((r) => r.chain)).toEqual(Array(3).fill('Modern Tokyo Times ← The Guardian'));
    const ap = json((await run('quotes', '--publisher', 'AP', '--stance', 'hedges', '--json')).stdout);
    expect(ap.map((r) => r.attribution)).toEqual(['mtt.a-ap-first-trip-since-2019']);
    const denials = json(
      (await run('quotes', '--mode', 'summary,indirect', '--stance', 'denies,doubts', '--json')).stdout,
    );
    // The two doubts are the articles' own voice, which --mode leaves out.
    expect(denials.map((r) => r.stance)).toEqual(['denies', 'denies', 'denies', 'denies']);
    expect(denials.map((r) => r.mode)).toEqual(['summary', 'summary', 'indirect', 'indirect']);
  });

  it('reads a corpus directory given as argument', async () => {
    const dir = tempCorpus({
      'corpus.yaml': `actors:
  - { id: ann, kind: person, name: Ann Lee, aliases: [Ms Lee] }
sources:
  - { id: s, kind: article, title: A story, published: 2025-03-01 }
claims:
  - { id: c, text: The bridge is safe., subject: { literal: the bridge }, predicate: is, object: { type: text, value: safe } }
attributions:
  - { id: a, claim: c, source: s, speaker: ann, mode: direct-quote, quotes: [{ text: perfectly safe }] }
`,
    });
    const { code, stdout } = await run('quotes', dir, '--speaker', 'ms lee');
    expect(code).toBe(0);
    expect(stdout).toBe(
      '2025-03-01  Ann Lee asserts, direct-quote\n  “perfectly safe”\n  A story ← Ann Lee · a\n1 statement\n',
    );
  });

  it('an unknown speaker exits 1 with a suggestion; an ambiguous one lists the candidates', async () => {
    const unknown = await run('quotes', '--speaker', 'Kishdia');
    expect(unknown).toEqual({
      code: 1,
      stdout: '',
      stderr: 'claimtrail: No actor is called "Kishdia"; did you mean "fumio-kishida"?\n',
    });
    const ambiguous = await run('quotes', '--speaker', 'experts');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(
      /^claimtrail: "experts" could be any of 2 actors: .*\(g7\.experts\).*Use an id to say which\.\n$/,
    );
  });

  it('bad options exit 2 with a sentence saying what is wrong', async () => {
    expect((await run('quotes', '--from', '2024-13')).stderr).toBe(
      'claimtrail: --from: "2024-13" has month 13, which is not between 01 and 12\n',
    );
    expect(await run('quotes', '--to', 'soon')).toMatchObject({ code: 2 });
    expect((await run('quotes', '--mode', 'shouted')).stderr).toBe(
      'claimtrail: --mode: "shouted" is not one of direct-quote, indirect, summary, own-voice\n',
    );
    expect((await run('quotes', '--stance', 'agrees')).code).toBe(2);
    expect((await run('quotes', '--limit', '0')).stderr).toBe('claimtrail: --limit must be a positive whole number\n');
    expect((await run('quotes', '/no/such/dir')).code).toBe(2);
  });
});
