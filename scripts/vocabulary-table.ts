// Renders the built-in predicate vocabulary as the Markdown page docs/vocabulary.md.
// Shared by scripts/build-vocabulary-docs.ts (which writes it) and the test that keeps it current.
import type { PredicateInfo } from '../src/model/predicate-info.js';
import { predicates } from '../src/model/predicates.js';

const cell = (values: readonly string[] | undefined) =>
  values?.length ? values.map((v) => `\`${v}\``).join(', ') : '';

function row(slug: string, info: PredicateInfo): string {
  const flags = [info.symmetric && 'symmetric', info.singleValued && 'single-valued'].filter(Boolean).join(', ');
  const wikidata = info.wikidata ? `[${info.wikidata}](https://www.wikidata.org/wiki/Property:${info.wikidata})` : '';
  return `| \`${slug}\` | ${info.label} | ${info.object ?? 'any'} | ${flags} | ${cell(info.implies)} | ${info.inverse ? `\`${info.inverse}\`` : ''} | ${cell(info.excludes)} | ${wikidata} |`;
}

/**
 * The vocabulary page: one table per family, in the order the vocabulary lists them.
 *
 * @returns the Markdown text
 */
export function vocabularyMarkdown(): string {
  const families = new Map<string, string[]>();
  for (const [slug, info] of Object.entries(predicates) as [string, PredicateInfo][]) {
    const family = info.family ?? 'other';
    const rows = families.get(family) ?? [];
    rows.push(row(slug, info));
    families.set(family, rows);
  }
  const lines = [
    '# Predicate vocabulary',
    '',
    '<!-- Generated from src/model/predicates.ts by `npm run docs:vocabulary`; do not edit by hand. -->',
    '',
    `The ${Object.keys(predicates).length} predicates claimtrail knows. A claim's \`predicate\` should be one of these`,
    'slugs, so that the same proposition gets the same key in every source and related propositions',
    'can be reasoned about:',
    '',
    '- **implies**: whenever the predicate holds, these hold too, for the same subject and object',
    '  (a summit is a meeting; supplying weapons is military aid). Denying what is implied conflicts',
    '  with asserting what implies it.',
    '- **inverse**: the predicate that says the same with subject and object swapped; claims with',
    '  either are compared as one.',
    '- **excludes**: predicates that cannot hold together with this one for the same subject, object',
    '  and time (supports, opposes). Exclusion is mutual, whichever side declares it.',
    '- **symmetric**: subject and object may be swapped ("A meets B" is "B meets A").',
    '- **single-valued**: one value at a time per subject; two values for overlapping times conflict.',
    '- **family**: related predicates; `alignClaims` compares claims within a family.',
    '',
    'Add your own through the `predicates` option of `check`, `contradictions` and `alignClaims`',
    '(a record of slug to `{ label, family?, object?, symmetric?, singleValued?, implies?, inverse?,',
    'excludes?, wikidata? }`, validated by `PredicateVocabularySchema`). Wikidata ids are given only',
    'where the property states the same thing.',
  ];
  for (const [family, rows] of families) {
    lines.push(
      '',
      `## ${family}`,
      '',
      '| predicate | reads | object | kind | implies | inverse | excludes | Wikidata |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
    );
  }
  return `${lines.join('\n')}\n`;
}
