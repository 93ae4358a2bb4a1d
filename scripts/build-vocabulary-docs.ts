// Writes docs/vocabulary.md from the built-in predicate vocabulary: `npm run docs:vocabulary`.
// test/model/vocabulary.test.ts fails while the committed page differs from a fresh build.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabularyMarkdown } from './vocabulary-table.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'vocabulary.md');
writeFileSync(file, vocabularyMarkdown());
console.log('wrote docs/vocabulary.md');
