// Writes the JSON Schemas of the corpus format into schema/, from the zod schemas of the model.
// Run after changing anything in src/model: `npx tsx scripts/build-json-schema.ts`.
// test/interop/json-schema.test.ts fails while the committed files differ from a fresh build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas } from '../src/interop/json-schemas.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${file}`);
}
