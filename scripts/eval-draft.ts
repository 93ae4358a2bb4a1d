/**
 * `npm run eval:draft`: runs the extractor on the seed articles (data/texts, against the bundled
 * annotations in data/sources) and on the invented test articles (test/fixtures/draft, against
 * their gold files), and prints exact-span precision, recall and F1 of quoted speech with speaker
 * and stance accuracy, for direct and indirect statements separately.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { anchorQuote } from '../src/anchor/anchor-quote.js';
import { loadCorpusSync } from '../src/corpus/load-corpus.js';
import { extractAttributions } from '../src/draft/index.js';
import type { DraftCorpus } from '../src/draft/types.js';
import type { Actor } from '../src/model/actor.js';
import { ActorSchema } from '../src/model/actor.js';

/** One quoted passage with what the annotation says of it. */
interface Passage {
  readonly key: string;
  readonly mode: 'direct' | 'indirect';
  readonly speakers: Set<string>;
  readonly stances: Set<string>;
}

interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  stanceRight: number;
}

const root = new URL('..', import.meta.url).pathname;
const empty = (): Counts => ({ gold: 0, predicted: 0, matched: 0, speakerRight: 0, stanceRight: 0 });

function add(into: Map<string, Passage>, key: string, mode: 'direct' | 'indirect', speakers: string[], stance: string) {
  const seen = into.get(key);
  if (seen) {
    // A passage quoted by a direct attribution is direct, whatever else quotes it.
    const merged = {
      ...seen,
      mode: seen.mode === 'direct' || mode === 'direct' ? ('direct' as const) : ('indirect' as const),
    };
    for (const s of speakers) merged.speakers.add(s);
    merged.stances.add(stance);
    into.set(key, merged);
  } else into.set(key, { key, mode, speakers: new Set(speakers), stances: new Set([stance]) });
}

function predicted(draft: DraftCorpus, source: string): Map<string, Passage> {
  const passages = new Map<string, Passage>();
  for (const a of draft.attributions) {
    const relays = a.via.flatMap((v) => (typeof v === 'object' && 'actor' in v ? [v.actor] : []));
    for (const q of a.quotes) {
      add(
        passages,
        `${source}:${q.start}-${q.end}`,
        a.mode === 'direct-quote' ? 'direct' : 'indirect',
        [a.speaker, ...relays],
        a.stance ?? 'asserts',
      );
    }
  }
  return passages;
}

function score(gold: Map<string, Passage>, pred: Map<string, Passage>, rows: Record<string, Counts>) {
  for (const mode of ['direct', 'indirect'] as const) {
    const row = rows[mode] as Counts;
    const g = [...gold.values()].filter((p) => p.mode === mode);
    const p = [...pred.values()].filter((x) => x.mode === mode);
    row.gold += g.length;
    row.predicted += p.length;
    for (const x of p) {
      const want = gold.get(x.key);
      if (!want || want.mode !== mode) continue;
      row.matched++;
      if ([...x.speakers].some((s) => want.speakers.has(s))) row.speakerRight++;
      if ([...x.stances].some((s) => want.stances.has(s))) row.stanceRight++;
    }
  }
}

function scoreUnmarked(gold: Set<string>, pred: Set<string>, row: Counts) {
  row.gold += gold.size;
  row.predicted += pred.size;
  for (const x of pred) if (gold.has(x)) row.matched++;
}

const seedRows: Record<string, Counts> = { direct: empty(), indirect: empty(), unmarked: empty() };
const corpus = loadCorpusSync(join(root, 'data'));
// The shared directory of actors (data/actors.yaml), as a newsroom would keep one; the actors
// declared by each annotated article are its annotations, so they are left out.
const directory = (parse(readFileSync(join(root, 'data/actors.yaml'), 'utf8')) as { actors: unknown[] }).actors.map(
  (a) => ActorSchema.parse(a) as Actor,
);
for (const source of corpus.sources) {
  if (!source.text || !source.textFile) continue;
  const draft = extractAttributions(source.text, {
    corpus: { actors: directory },
    published: source.published,
    source: { id: source.id },
  });
  const gold = new Map<string, Passage>();
  const unmarked = new Set<string>();
  for (const a of corpus.attributionsBySource(source.id)) {
    if ((a.mode === 'direct-quote' || a.mode === 'indirect') && a.quotes.length > 0) {
      for (const q of a.quotes)
        add(
          gold,
          `${source.id}:${q.start}-${q.end}`,
          a.mode === 'direct-quote' ? 'direct' : 'indirect',
          [a.speaker],
          a.stance,
        );
    } else if (a.mode === 'indirect') unmarked.add(`${a.speaker}|${(a.cue ?? '').toLowerCase()}`);
  }
  score(gold, predicted(draft, source.id), seedRows);
  scoreUnmarked(
    unmarked,
    new Set(
      draft.attributions.filter((a) => a.quotes.length === 0).map((a) => `${a.speaker}|${(a.cue ?? '').toLowerCase()}`),
    ),
    seedRows.unmarked as Counts,
  );
}

/** A gold file of an invented test article. */
interface Gold {
  readonly published?: string;
  readonly actors?: unknown[];
  readonly quotes: {
    text: string;
    occurrence?: number;
    speaker: string;
    mode: 'direct' | 'indirect';
    stance?: string;
  }[];
  readonly indirect?: { speaker: string; cue: string }[];
}

const fixtureRows: Record<string, Counts> = { direct: empty(), indirect: empty(), unmarked: empty() };
const fixtures = join(root, 'test/fixtures/draft');
for (const file of readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(fixtures, file), 'utf8');
  const gold = JSON.parse(readFileSync(join(fixtures, file.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
  const actors = (gold.actors ?? []).map((a) => ActorSchema.parse(a) as Actor);
  const draft = extractAttributions(text, { corpus: { actors }, published: gold.published, source: { id: 'fixture' } });
  const passages = new Map<string, Passage>();
  for (const q of gold.quotes) {
    const at = anchorQuote(text, q.text, { occurrence: q.occurrence ?? 0 });
    add(passages, `fixture:${at.start}-${at.end}`, q.mode, [q.speaker], q.stance ?? 'asserts');
  }
  score(passages, predicted(draft, 'fixture'), fixtureRows);
  scoreUnmarked(
    new Set((gold.indirect ?? []).map((i) => `${i.speaker}|${i.cue}`)),
    new Set(
      draft.attributions.filter((a) => a.quotes.length === 0).map((a) => `${a.speaker}|${(a.cue ?? '').toLowerCase()}`),
    ),
    fixtureRows.unmarked as Counts,
  );
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const f1 = (c: Counts) => {
  const p = c.predicted === 0 ? 0 : c.matched / c.predicted;
  const r = c.gold === 0 ? 0 : c.matched / c.gold;
  return p + r === 0 ? '0.000' : ((2 * p * r) / (p + r)).toFixed(3);
};
const LABELS: Record<string, string> = {
  direct: 'direct quotes (spans)',
  indirect: 'quoted fragments of indirect speech (spans)',
  unmarked: 'indirect speech without marks (speaker + cue)',
};
const lines = [
  '| articles | statements | gold | drafted | exact | precision | recall | F1 | right speaker | right stance |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const [name, rows] of [
  ['seed (5)', seedRows],
  [`test (${readdirSync(fixtures).filter((f) => f.endsWith('.txt')).length})`, fixtureRows],
] as const) {
  for (const [key, c] of Object.entries(rows)) {
    const speaker = key === 'unmarked' ? '–' : pct(c.speakerRight, c.matched);
    const stance = key === 'unmarked' ? '–' : pct(c.stanceRight, c.matched);
    lines.push(
      `| ${name} | ${LABELS[key]} | ${c.gold} | ${c.predicted} | ${c.matched} | ${pct(c.matched, c.predicted)} | ${pct(c.matched, c.gold)} | ${f1(c)} | ${speaker} | ${stance} |`,
    );
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
