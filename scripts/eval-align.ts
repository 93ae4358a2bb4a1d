// Precision and recall of alignClaims against the hand-made gold pairs of the seed corpus:
// `npm run eval:align [-- --min-score 0.6] [-- --dir data --gold test/fixtures/align-gold.json]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { alignmentFigures } from './align-figures.js';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    'min-score': { type: 'string' },
    dir: { type: 'string', default: join(root, 'data') },
    gold: { type: 'string', default: join(root, 'test/fixtures/align-gold.json') },
    verbose: { type: 'boolean', default: false },
  },
});
const gold = (JSON.parse(readFileSync(values.gold, 'utf8')) as { pairs: [string, string][] }).pairs;
const corpus = await loadCorpus(values.dir);
const thresholds = values['min-score'] === undefined ? [0.5, 0.55, 0.6, 0.65, 0.7] : [Number(values['min-score'])];
console.log(`gold pairs: ${gold.length}  (${values.gold})`);
for (const minScore of thresholds) {
  const suggestions = corpus.alignClaims({ minScore, includeAligned: true });
  const f = alignmentFigures(suggestions, gold);
  console.log(
    `min-score ${minScore.toFixed(2)}: suggested ${suggestions.length}, correct ${f.truePositives}, precision ${f.precision.toFixed(2)}, recall ${f.recall.toFixed(2)}, F1 ${f.f1.toFixed(2)}`,
  );
  if (values.verbose) {
    for (const s of f.falsePositives) console.log(`  extra  ${s.score} ${s.a} ~ ${s.b}`);
    for (const [a, b] of f.missed) console.log(`  missed ${a} ~ ${b}`);
  }
}
