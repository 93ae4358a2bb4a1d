import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { builtinRules } from '../../src/check/rules/index.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';

const BROKEN = join(import.meta.dirname, '../fixtures/broken');

/** Every diagnostic of the broken corpus: rule, severity, file:line and the record it is about. */
const EXPECTED = [
  ['orphan', 'warning', 'actors.yaml:34', 'actor:moon-jae-in'],
  ['syntax', 'error', 'broken.yaml:4', '-'],
  ['unknown-predicate', 'warning', 'claims.jsonl:2', 'claim:c-tokyo-persists'],
  ['syntax', 'error', 'claims.jsonl:3', '-'],
  ['orphan', 'warning', 'claims.jsonl:5', 'claim:c-never-said'],
  ['same-as-subject', 'warning', 'claims.jsonl:5', 'claim:c-never-said'],
  ['orphan', 'warning', 'lookalikes.yaml:5', 'actor:v-putin'],
  ['confusable-name', 'warning', 'lookalikes.yaml:7', 'actor:v-putin'],
  ['confusable-name', 'warning', 'lookalikes.yaml:7', 'actor:v-putin'],
  ['duplicate-id', 'error', 'more-actors.json:3', 'actor:japan'],
  ['schema', 'error', 'more-actors.json:4', 'actor:kim-jong-un'],
  ['source-text-missing', 'info', 'sources/citations.yaml:14', 'source:lost-text'],
  ['text-file', 'error', 'sources/citations.yaml:18', 'source:lost-text'],
  ['orphan', 'warning', 'sources/citations.yaml:19', 'source:unused-report'],
  ['via-chain-cycle', 'error', 'sources/citations.yaml:33', 'attribution:cite.yonhap-kcna'],
  ['role-not-held', 'error', 'sources/later.yaml:14', 'attribution:later.pm-kishida'],
  ['rating-source-url', 'warning', 'sources/rated.yaml:14', 'attribution:rated.wire-verdict'],
  ['cited-source-published-later', 'error', 'sources/story.yaml:14', 'attribution:story.matsuno-ready'],
  ['quote-not-in-source', 'error', 'sources/story.yaml:28', 'attribution:story.matsuno-persists'],
  ['relative-date', 'error', 'sources/story.yaml:30', 'attribution:story.matsuno-persists'],
  ['speaker-not-in-source', 'warning', 'sources/story.yaml:34', 'attribution:story.putin-welcomes'],
  ['said-after-published', 'error', 'sources/story.yaml:36', 'attribution:story.putin-welcomes'],
  ['unknown-reference', 'error', 'sources/story.yaml:40', 'attribution:story.typo-speaker'],
  ['nested-quote-outside', 'error', 'sources/story.yaml:53', 'attribution:story.kishida-outside'],
];

describe('the deliberately broken fixture corpus', () => {
  it('gives exactly the expected diagnostics, in order', async () => {
    const found = check(await loadCorpus(BROKEN));
    expect(
      found.map((d) => [
        d.ruleId,
        d.severity,
        `${d.file}:${d.line}`,
        d.entity ? `${d.entity.type}:${d.entity.id}` : '-',
      ]),
    ).toEqual(EXPECTED);
  });

  it('makes every built-in rule fire', () => {
    const fired = new Set(EXPECTED.map(([ruleId]) => ruleId));
    expect(builtinRules.map((r) => r.meta.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  it('points each record diagnostic at the field at fault', async () => {
    const found = check(await loadCorpus(BROKEN));
    const paths = Object.fromEntries(
      found.filter((d) => d.entity?.type === 'attribution').map((d) => [d.ruleId, d.path?.join('.')]),
    );
    expect(paths).toEqual({
      'via-chain-cycle': 'attributions.1.via',
      'role-not-held': 'attributions.0.roles.0',
      'rating-source-url': 'attributions.0.rating',
      'cited-source-published-later': 'attributions.0.via.0',
      'quote-not-in-source': 'attributions.1.quotes.0.text',
      'relative-date': 'attributions.1.relative.said',
      'speaker-not-in-source': 'attributions.2.speaker',
      'said-after-published': 'attributions.2.said',
      'unknown-reference': 'attributions.3.speaker',
      'nested-quote-outside': 'attributions.5.via.0.attribution',
    });
  });
});
