import { loadCorpus } from '../src/index.ts';
const c = await loadCorpus(process.argv[2]);
console.log(c.stats());
for (const d of c.diagnostics) console.log(d.file, d.line, d.column, d.ruleId, d.message);
console.log(c.actor('kim jong-un')?.id, c.actor('Kirilo Budanov')?.id, c.actor('Moscow')?.id);
try { c.actor('Kim') } catch (e) { console.log(String(e)) }
