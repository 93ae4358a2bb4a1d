import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, check, createCorpus, loadCorpusSync, renderReport } from '../../src/index.js';
import { bundleCore } from '../helpers/bundle-core.js';

// The portable core, bundled for the browser as a bundler would, then run in Chromium on the
// bundled corpus's records sent as JSON: the results must be Node's.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium)
  console.warn(`Skipping the core's browser test: ${CHROMIUM} is missing (apt-get install -y chromium).`);

/** What the test compares: results as plain data, the same shape in Node and in the page. */
interface Results {
  readonly stats: unknown;
  readonly diagnostics: unknown;
  readonly quotes: string[];
  readonly contradictions: string[];
  readonly reportLength: number;
}

declare const claimtrail: typeof import('../../src/core/index.js');

function results(corpus: Corpus): Results {
  return {
    stats: { ...corpus.stats(), files: 0 },
    diagnostics: check(corpus),
    quotes: corpus.quotes().map((q) => `${q.date} ${q.attribution.id} ${q.chain.length}`),
    contradictions: corpus.contradictions().map((c) => c.explanation),
    reportLength: renderReport(corpus, { generatedAt: '2024-01-01T00:00:00Z' }).length,
  };
}

describe('the core bundles for the browser', () => {
  it('resolves no Node built-in (esbuild --platform=browser would refuse it)', async () => {
    await expect(bundleCore()).resolves.toContain('createCorpus');
  });
});

describe.skipIf(!hasChromium)('the core in a real browser (Debian chromium)', () => {
  let browser: Browser;
  const loaded = loadCorpusSync();
  const records = JSON.parse(
    JSON.stringify({
      actors: loaded.actors,
      sources: loaded.sources,
      claims: loaded.claims,
      attributions: loaded.attributions,
    }),
  );

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('builds, checks, queries and finds contradictions as Node does', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addScriptTag({ content: await bundleCore() });
    const inBrowser = await page.evaluate(
      ([input, generatedAt]) => {
        const { corpus, diagnostics } = claimtrail.createCorpus(input);
        if (diagnostics.length > 0) throw new Error(JSON.stringify(diagnostics));
        return {
          stats: { ...corpus.stats(), files: 0 },
          diagnostics: claimtrail.check(corpus),
          quotes: corpus.quotes().map((q) => `${q.date} ${q.attribution.id} ${q.chain.length}`),
          contradictions: corpus.contradictions().map((c) => c.explanation),
          reportLength: claimtrail.renderReport(corpus, { generatedAt }).length,
        };
      },
      [records, '2024-01-01T00:00:00Z'] as const,
    );
    const inNode = results(createCorpus(records).corpus);
    expect(errors).toEqual([]);
    expect(inBrowser.quotes.length).toBeGreaterThan(20);
    expect(inBrowser.contradictions.length).toBeGreaterThan(0);
    expect(inBrowser).toEqual(inNode);
    await page.close();
  });
});
