#!/usr/bin/env bash
# Builds and packs the package, installs the tarball into an empty project (without development
# dependencies, as a user's install) and uses it the ways a consumer would: the full package from
# ESM and CommonJS, the portable core (`claimtrail/core`) from ESM and CommonJS, `claimtrail/draft`,
# strict TypeScript consumers of both, the CLI, and the core bundled for the browser by esbuild and
# run in a bare JavaScript context (no require, no process, no Buffer), as an edge runtime would run it.
# SKIP_BUILD=1 packs the dist/ already built.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${SKIP_BUILD:-0}" != 1 ]; then (cd "$root" && npm run build --silent >/dev/null); fi
tarball=$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
npm init -y >/dev/null
npm install --omit=dev --no-audit --no-fund --silent "./$tarball" >/dev/null
node -e "const p=require('./package.json'); p.type='module'; require('fs').writeFileSync('package.json', JSON.stringify(p))"

cat > esm.mjs <<'JS'
import { writeFileSync } from 'node:fs';
import { loadCorpus, check } from 'claimtrail';
const corpus = await loadCorpus();
const errors = check(corpus).filter((d) => d.severity === 'error');
if (corpus.attributions.length === 0 || errors.length > 0) throw new Error('bundled corpus did not load cleanly');
// The records as a web app would receive them: JSON, for the core to rebuild the corpus from.
const { actors, sources, claims, attributions } = corpus;
writeFileSync('records.json', JSON.stringify({ actors, sources, claims, attributions }));
console.log(`esm: ${corpus.attributions.length} attributions, ${errors.length} errors`);
JS
cat > cjs.cjs <<'JS'
const { loadCorpusSync, schemas } = require('claimtrail');
const corpus = loadCorpusSync();
if (!corpus.actor('Kim Jong-un')) throw new Error('alias lookup failed');
if (schemas.PartialDate.safeParse('2023-02-30').success) throw new Error('schema accepted a bad date');
console.log(`cjs: ${corpus.actor('Kim Jong-un').name}`);
JS
cat > core.mjs <<'JS'
import { readFileSync } from 'node:fs';
import { check, ClaimtrailError, createCorpus } from 'claimtrail/core';
const { corpus, diagnostics } = createCorpus(JSON.parse(readFileSync('records.json', 'utf8')));
if (diagnostics.length > 0) throw new Error(`core rejected the records: ${diagnostics[0].message}`);
const errors = check(corpus).filter((d) => d.severity === 'error');
const quotes = corpus.quotes({ speaker: 'Hirokazu Matsuno' });
if (errors.length > 0 || quotes.length === 0 || corpus.contradictions().length === 0) throw new Error('core results');
let code;
try {
  corpus.quotes({ speaker: 'Nobody At All' });
} catch (error) {
  if (error instanceof ClaimtrailError) code = error.code;
}
if (code !== 'unknown-reference') throw new Error(`an unknown speaker gave ${code}`);
console.log(`core (esm): ${quotes.length} quotes of Matsuno, ${corpus.contradictions().length} contradictions`);
JS
cat > core.cjs <<'JS'
const { readFileSync } = require('node:fs');
const { check, createCorpus } = require('claimtrail/core');
const { corpus, diagnostics } = createCorpus(JSON.parse(readFileSync('records.json', 'utf8')));
if (diagnostics.length > 0 || check(corpus).some((d) => d.severity === 'error')) throw new Error('core (cjs) results');
console.log(`core (cjs): ${corpus.quotes().length} quotes`);
JS
cat > draft.mjs <<'JS'
import { extractAttributions } from 'claimtrail/draft';
const draft = extractAttributions('“We will win,” Ann Lee said on Monday.', { published: '2024-03-06' });
if (draft.attributions[0]?.speaker !== 'ann-lee') throw new Error(`draft: ${JSON.stringify(draft.attributions)}`);
console.log(`draft: ${draft.attributions.length} attribution, speaker ${draft.attributions[0].speaker}`);
JS
# `claimtrail/core` must resolve, from ESM and from CommonJS, to files that import no Node built-in:
# the entry and every chunk it loads.
cat > core-imports.mjs <<'JS'
import { readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
const builtins = new Set(builtinModules);
const specifiers = /\b(?:from|import|require)\s*\(?\s*["']([^"']+)["']/g;
const entries = [fileURLToPath(import.meta.resolve('claimtrail/core')), createRequire(import.meta.url).resolve('claimtrail/core')];
for (const entry of entries) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(specifiers)) {
      if (spec.startsWith('node:') || builtins.has(spec.split('/')[0])) throw new Error(`${file} imports ${spec}`);
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
    }
  }
  console.log(`core imports: ${entry.slice(entry.indexOf('node_modules'))} and ${seen.size - 1} chunks, no Node built-in`);
}
JS
cat > consumer.ts <<'TS'
import { type Attribution, type Corpus, type Diagnostic, check, loadCorpus } from 'claimtrail';
const corpus: Corpus = await loadCorpus();
const diagnostics: Diagnostic[] = check(corpus);
const first: Attribution | undefined = corpus.attributions[0];
const mode: 'direct-quote' | 'indirect' | 'summary' | 'own-voice' | undefined = first?.mode;
console.log(diagnostics.length, mode);
TS
cat > core-consumer.ts <<'TS'
import { type ClaimtrailErrorCode, type CorpusInput, check, ClaimtrailError, createCorpus, type QuoteRecord } from 'claimtrail/core';
import { type DraftCorpus, extractAttributions } from 'claimtrail/draft';
declare const input: CorpusInput;
const { corpus } = createCorpus(input);
const quotes: QuoteRecord[] = corpus.quotes({ speaker: 'Hirokazu Matsuno' });
const words: string[] = quotes.flatMap((q) =>
  q.attribution.mode === 'direct-quote' || q.attribution.mode === 'indirect' ? q.attribution.quotes.map((x) => x.text) : [],
);
const draft: DraftCorpus = extractAttributions('“Yes,” she said.');
let code: ClaimtrailErrorCode | undefined;
try {
  corpus.quotes({ speaker: 'Nobody At All' });
} catch (error) {
  if (error instanceof ClaimtrailError) code = error.code;
}
console.log(check(corpus).length, words, draft.attributions.length, code);
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["consumer.ts", "core-consumer.ts"] }
JSON
# The core as a browser bundler sees the package (no `node` condition), then run where there is
# no require, no process and no Node built-in.
cat > edge.mjs <<'JS'
import { createCorpus, check } from 'claimtrail';
export function run(json) {
  // Parsed inside the context, so the records are its own objects, as an edge function's would be.
  const { corpus, diagnostics } = createCorpus(JSON.parse(json));
  return {
    diagnostics: diagnostics.length + check(corpus).filter((d) => d.severity === 'error').length,
    quotes: corpus.quotes().length,
    contradictions: corpus.contradictions().length,
  };
}
JS
cat > run-edge.cjs <<'JS'
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
// Only the Web APIs every browser and edge runtime has (WinterCG's minimum common API) and that
// the core uses; no require, process, Buffer or Node built-in.
const context = vm.createContext({ URL, TextEncoder, TextDecoder });
if (vm.runInContext('typeof require + typeof process + typeof Buffer', context) !== 'undefinedundefinedundefined')
  throw new Error('the context is not bare');
vm.runInContext(readFileSync('edge.js', 'utf8'), context);
context.json = readFileSync('records.json', 'utf8');
const result = vm.runInContext('JSON.stringify(edge.run(json))', context);
const { diagnostics, quotes, contradictions } = JSON.parse(result);
if (diagnostics > 0 || quotes === 0 || contradictions === 0) throw new Error(`bare context: ${result}`);
console.log(`bare context: ${quotes} quotes, ${contradictions} contradictions, no errors`);
JS

node esm.mjs
node cjs.cjs
node core.mjs
node core.cjs
node draft.mjs
node core-imports.mjs
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json
echo "ts: strict consumers of claimtrail and claimtrail/core type-check"
"$root/node_modules/.bin/esbuild" edge.mjs --bundle --platform=browser --format=iife --global-name=edge \
  --minify --outfile=edge.js --log-level=error
echo "esbuild --platform=browser: $(wc -c < edge.js) bytes minified, $(gzip -9c edge.js | wc -c) gzipped"
node run-edge.cjs
# Code-split and marked free of side effects, so a bundler drops what is not reached. Chunks are
# shared, so what one import costs is not its own code alone (zod comes with any chunk importing it).
echo "import { parsePartialDate } from 'claimtrail'; console.log(parsePartialDate('2024-02'));" > one.mjs
"$root/node_modules/.bin/esbuild" one.mjs --bundle --platform=browser --minify --outfile=one.js --log-level=error
node -e "const [one, all] = ['one.js', 'edge.js'].map((f) => require('fs').statSync(f).size);
if (one * 3 > all) throw new Error('parsePartialDate alone bundles to ' + one + ' bytes of ' + all);
console.log('tree-shaking: parsePartialDate alone bundles to ' + one + ' bytes, the core ' + all)"
# No source maps are shipped: they would point at sources the package does not carry.
node -e "const maps = require('fs').readdirSync('node_modules/claimtrail/dist').filter((f) => f.endsWith('.map'));
if (maps.length > 0) throw new Error('the package ships source maps: ' + maps.join(', '));
console.log('source maps: none shipped')"
./node_modules/.bin/claimtrail stats >/dev/null && echo "bin: claimtrail stats runs"
