import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatChain, loadCorpusSync } from '../../src/index.js';
import { renderReport } from '../../src/report/render-report.js';

// The callbacks given to page.evaluate run in the browser. The project compiles without the DOM
// library, so the few browser globals they use are declared here, for this file only.
interface PageElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: PageElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  getBoundingClientRect(): { top: number };
  blur(): void;
}
declare const document: {
  readonly activeElement: PageElement | null;
  readonly documentElement: { scrollWidth: number };
  getElementById(id: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
};
declare const window: { scrollTo(x: number, y: number): void; scrollBy(x: number, y: number): void };
declare function getComputedStyle(element: PageElement): { color: string; backgroundColor: string };

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
// The committed screenshot is refreshed only on request, so a test run leaves the checkout clean.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT
  ? resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/report.png')
  : resolve(tmpdir(), `claimtrail-report-${process.pid}.png`);

if (!hasChromium) {
  console.warn(
    `Skipping the report's browser tests: ${CHROMIUM} is missing. Install it with "apt-get install -y chromium".`,
  );
}

const seed = loadCorpusSync();

/** WCAG relative luminance of an `rgb(...)` / `rgba(...)` colour. */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: readonly number[], b: readonly number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.skipIf(!hasChromium)('the report in a real browser (Debian chromium)', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const leaks: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimtrail-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(seed));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      leaks.push(url);
      return route.abort();
    });
    // A style or script refused by the page's Content-Security-Policy shows up here.
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('highlights every direct quote of the corpus, and every quoted fragment of reported speech', async () => {
    const refs = await page.$$eval('.source-text mark.hl[tabindex="0"]', (marks) =>
      marks.flatMap((m) => (m.getAttribute('data-refs') ?? '').split(' ')),
    );
    const fragments = (modes: string[]) =>
      seed.attributions.flatMap((a) =>
        (a.mode === 'direct-quote' || a.mode === 'indirect') && modes.includes(a.mode)
          ? a.quotes.map((_, i) => `${a.id}#${i}`)
          : [],
      );
    const direct = fragments(['direct-quote']);
    expect(direct.length).toBeGreaterThanOrEqual(seed.stats().directQuotes);
    expect(direct.filter((f) => !refs.includes(f))).toEqual([]);
    expect([...refs].sort()).toEqual(fragments(['direct-quote', 'indirect']).sort());
    expect(await page.locator('.source-text mark.hl').first().isVisible()).toBe(true);
  });

  it('shows speaker and chain when a highlight is hovered', async () => {
    const record = seed.quotes({ speaker: 'Hong Lei', mode: 'direct-quote' })[0];
    if (!record) throw new Error('the seed corpus quotes Hong Lei');
    const mark = page.locator(`[id="q-${record.attribution.id}-0"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tooltip = page.locator('#tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.locator('.stmt-speaker').first().textContent()).toBe(record.speaker.name);
    expect(await tooltip.locator('.stmt-chain').first().textContent()).toBe(formatChain(seed, record.chain));
    expect(formatChain(seed, record.chain).split(' ← ')).toHaveLength(3);
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
  });

  it('shows the same details when a highlight gets keyboard focus, and hides them on Escape', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    let focused: { tag: string; tip: string | null } = { tag: '', tip: null };
    for (let i = 0; i < 60 && focused.tag !== 'MARK'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => ({
        tag: document.activeElement?.tagName ?? '',
        tip: document.activeElement?.getAttribute('data-tip') ?? null,
      }));
    }
    expect(focused.tag).toBe('MARK');
    const tooltip = page.locator('#tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const expected = await page.evaluate(
      (id) => document.getElementById(id as string)?.querySelector('.stmt-speaker')?.textContent,
      focused.tip,
    );
    expect(await tooltip.locator('.stmt-speaker').first().textContent()).toBe(expected);
    const refs = await page.evaluate(() => document.activeElement?.getAttribute('data-refs') ?? '');
    const first = seed.quotes().find((r) => r.attribution.id === refs.split(' ')[0]?.split('#')[0]);
    expect(expected).toBe(first?.speaker.name);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
  });

  it('makes no request that leaves the page, and the page raises no error', () => {
    expect(leaks).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('keeps text at WCAG AA contrast', async () => {
    const pairs = await page.evaluate(() => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const background = (el: PageElement | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c[3] ?? 0) > 0.99) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const selectors = [
        'body',
        '.meta',
        '.intro',
        'nav.toc a',
        '.stats span',
        '.source-text p',
        'mark.hl-direct',
        'mark.hl-indirect',
        '.stance-asserts',
        '.stance-denies',
        '.stance-doubts',
        '.stance-hedges',
        '.badge-strong',
        '.badge-weak',
        '.facts dt',
        '.side-label',
        'a',
      ];
      return selectors.flatMap((s) => {
        const el = document.querySelector(s);
        return el ? [{ s, fg: parse(getComputedStyle(el).color).slice(0, 3), bg: background(el) }] : [];
      });
    });
    expect(pairs.length).toBeGreaterThan(12);
    const low = pairs
      .map((p) => ({ ...p, ratio: contrast(p.fg, p.bg) }))
      .filter((p) => p.ratio < 4.5)
      .map((p) => `${p.s}: ${p.ratio.toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it('fits a 375px phone screen without sideways scrolling of the page', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(page.url());
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    await phone.close();
    expect(width).toBeLessThanOrEqual(375);
  });

  it('saves a screenshot (docs/report.png with UPDATE_SCREENSHOT=1)', async () => {
    const record = seed.quotes({ speaker: 'Hong Lei', mode: 'direct-quote' })[0];
    const mark = page.locator(`[id="q-${record?.attribution.id}-0"]`);
    await page.evaluate(() => document.activeElement?.blur());
    await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 330));
    await mark.hover();
    await expect.poll(() => page.locator('#tooltip').isVisible()).toBe(true);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
