#!/usr/bin/env bash
# Packs the package, installs the tarball into an empty project and uses it the three ways a
# consumer would: import from ESM, require from CommonJS, and type-check a strict TypeScript file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball" >/dev/null
cat > esm.mjs <<'JS'
import { loadCorpus, check } from 'claimtrail';
const corpus = await loadCorpus();
const errors = check(corpus).filter((d) => d.severity === 'error');
if (corpus.attributions.length === 0 || errors.length > 0) throw new Error('bundled corpus did not load cleanly');
console.log(`esm: ${corpus.attributions.length} attributions, ${errors.length} errors`);
JS
cat > cjs.cjs <<'JS'
const { loadCorpusSync, schemas } = require('claimtrail');
const corpus = loadCorpusSync();
if (!corpus.actor('Kim Jong-un')) throw new Error('alias lookup failed');
if (schemas.PartialDate.safeParse('2023-02-30').success) throw new Error('schema accepted a bad date');
console.log(`cjs: ${corpus.actor('Kim Jong-un').name}`);
JS
cat > consumer.ts <<'TS'
import { type Attribution, type Corpus, type Diagnostic, check, loadCorpus } from 'claimtrail';
const corpus: Corpus = await loadCorpus();
const diagnostics: Diagnostic[] = check(corpus);
const first: Attribution | undefined = corpus.attributions[0];
const mode: 'direct-quote' | 'indirect' | 'summary' | 'own-voice' | undefined = first?.mode;
console.log(diagnostics.length, mode);
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["consumer.ts"] }
JSON
echo '{"type":"module"}' > /dev/null
node esm.mjs
node cjs.cjs
node -e "const p=require('./package.json'); p.type='module'; require('fs').writeFileSync('package.json', JSON.stringify(p))"
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json
echo "ts: strict consumer type-checks"
./node_modules/.bin/claimtrail stats >/dev/null && echo "bin: claimtrail stats runs"
