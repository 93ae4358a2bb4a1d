// Times alignClaims on a generated corpus: `npx tsx scripts/bench-align.ts [claims]` (default 100000).
// The figure goes into BENCHMARKS.md ("Claim alignment").
import { performance } from 'node:perf_hooks';
import { createCorpus } from '../src/corpus/create-corpus.js';
import { generateCorpus } from '../src/generate/generate-corpus.js';

const wanted = Number(process.argv[2] ?? 100_000);
// The generator makes about 0.6 claims per attribution; grow until there are enough.
let attributions = Math.ceil(wanted / 0.6);
let generated = generateCorpus({ attributions, seed: 1 });
while (generated.claims.length < wanted) {
  attributions = Math.ceil(attributions * 1.2);
  generated = generateCorpus({ attributions, seed: 1 });
}
const { corpus } = createCorpus(generated);
const started = performance.now();
const suggestions = corpus.alignClaims();
const seconds = (performance.now() - started) / 1000;
console.log(
  `alignClaims: ${corpus.stats().claims} claims, ${corpus.stats().attributions} attributions, ${corpus.actors.length} actors: ${suggestions.length} suggestions in ${seconds.toFixed(1)} s`,
);
