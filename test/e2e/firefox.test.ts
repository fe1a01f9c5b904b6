/**
 * End-to-end in Firefox: the Firefox build (Manifest V2) installed in Debian's Firefox ESR, the core
 * flows the Chromium files test: the popup on the seed pages (article, language, direction, no
 * clutter), the reader view on and off leaving the page exactly as it was, save and find in the library,
 * and remote pictures in the popup with the default pictures setting (on a click only: Firefox has no
 * cookie-free way to load them, see components/remote-content.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../bench/score';
import { ARTICLE_TEXTS } from '../article-texts';
import { articlePage, readJson, seedGold } from '../helpers';
import { FIREFOX_E2E_BUILD, FIREFOX_PROD_BUILD, useFirefoxHarness } from './firefox-harness';

/** One variant of each seed language, spread over the three markup styles. */
const SEED_PAGES = [
  { seed: '000_7269f1ef90a3ac60', variant: 'semantic', language: 'Romanian' },
  { seed: '001_abf140b8d65e8e25', variant: 'machine', language: 'Greek' },
  { seed: '002_02c41632957ec01c', variant: 'flat', language: 'Arabic' },
  { seed: '004_b8ea717ec7a7f5de', variant: 'semantic', language: 'Italian' },
] as const;

const harness = useFirefoxHarness();

const text = (page: Page, selector: string): Promise<string> => page.$eval(selector, (el) => (el as HTMLElement).innerText);
const attribute = (page: Page, selector: string, name: string): Promise<string | null> =>
  page.$eval(selector, (el, attr) => el.getAttribute(attr), name);
const snapshot = (page: Page) => page.evaluate(() => ({ html: document.documentElement.outerHTML, x: window.scrollX, y: window.scrollY }));

async function toggleReader(popup: Page, shown: boolean): Promise<void> {
  await popup.click('[data-testid="reader-toggle"]');
  await popup.waitForFunction(
    (expected) => document.querySelector('[data-testid="reader-toggle"]')?.getAttribute('aria-pressed') === String(expected),
    { timeout: 20_000 },
    shown,
  );
}

describe('Firefox build', () => {
  it('the Firefox e2e build differs from the Firefox package only by the loopback host permission', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort();
    expect(files(FIREFOX_E2E_BUILD)).toEqual(files(FIREFOX_PROD_BUILD));
    for (const file of files(FIREFOX_PROD_BUILD).filter((f) => f !== 'manifest.json')) {
      expect(readFileSync(path.join(FIREFOX_E2E_BUILD, file)).equals(readFileSync(path.join(FIREFOX_PROD_BUILD, file))), file).toBe(true);
    }
    // Manifest V2 has no host_permissions: the host goes in with the permissions.
    const prod = readJson<Record<string, unknown>>(path.join(FIREFOX_PROD_BUILD, 'manifest.json'));
    const { permissions, ...e2eRest } = readJson<Record<string, unknown>>(path.join(FIREFOX_E2E_BUILD, 'manifest.json'));
    const { permissions: prodPermissions, ...prodRest } = prod;
    expect(e2eRest).toEqual(prodRest);
    expect(prodPermissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(permissions).toEqual([...(prodPermissions as string[]), 'http://127.0.0.1/*']);
  });
});

describe('Firefox: the popup on the seed pages', () => {
  for (const { seed, variant, language } of SEED_PAGES) {
    it(`${language}: seeds/${seed}/${variant}.html`, async () => {
      const gold = seedGold(seed);
      const { page, tabId } = await harness().openTab(harness().server.url(`/fixtures/seeds/${seed}/${variant}.html`));
      const popup = await harness().openPopup(tabId);

      expect(await popup.$('[data-testid="error"]'), 'the popup shows an error instead of the article').toBeNull();
      const title = normalize(await text(popup, '[data-testid="article-title"]'));
      expect(title.length, 'title shown').toBeGreaterThan(0);
      if (gold.title !== null) expect(title).toBe(normalize(gold.title));

      const body = normalize(await text(popup, '[data-testid="article-body"]'));
      expect(gold.keep.filter((line) => !body.includes(normalize(line))), 'keep lines missing from the popup').toEqual([]);
      expect(gold.drop.filter((line) => body.includes(normalize(line.text))).map((line) => `[${line.category}] ${line.text}`), 'drop lines shown').toEqual([]);

      expect(await attribute(popup, '[data-testid="language"]', 'data-lang')).toBe(gold.language.bcp47);
      expect(await attribute(popup, '[data-testid="language"]', 'data-dir')).toBe(gold.language.dir);
      expect(await attribute(popup, '[data-testid="article-body"]', 'dir')).toBe(gold.language.dir);
      expect(await attribute(popup, '[data-testid="article-body"]', 'lang')).toBe(gold.language.bcp47);
      expect(await popup.$eval('[data-testid="article-body"]', (el) => getComputedStyle(el).direction)).toBe(gold.language.dir);
      expect(await popup.$$eval('[data-testid="article-body"] :is(script, iframe, object, embed, form)', (els) => els.length)).toBe(0);
      expect(await popup.$$eval('[data-testid="removed"]', (els) => els.length)).toBe(1);

      await popup.close();
      await page.close();
    });
  }

  it('a login page gets the "no article" message, not an article', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url('/e2e/login.html'));
    const popup = await harness().openPopup(tabId);
    expect(await popup.$('[data-testid="article-title"]')).toBeNull();
    expect(await text(popup, '[data-testid="error"]')).toMatch(/no article/i);
    await popup.close();
    await page.close();
  });
});

describe('Firefox: the reader view on and off', () => {
  for (const { seed, variant, language } of SEED_PAGES) {
    it(`${language}: shows the article and, toggled off, leaves the page exactly as it was`, async () => {
      const gold = seedGold(seed);
      const { page, tabId } = await harness().openTab(harness().server.url(`/fixtures/seeds/${seed}/${variant}.html`));
      await page.evaluate(() => window.scrollTo(0, 300));
      const before = await snapshot(page);
      expect(before.y, 'the page scrolled before the reader opened').toBeGreaterThan(0);
      const popup = await harness().openPopup(tabId);
      await toggleReader(popup, true);

      const reader = await harness().probeReader(tabId);
      expect(reader.present).toBe(true);
      const shown = normalize(reader.text ?? '');
      expect(gold.keep.filter((line) => !shown.includes(normalize(line))), 'keep lines missing from the reader').toEqual([]);
      expect(gold.drop.filter((line) => shown.includes(normalize(line.text))).map((line) => line.text), 'drop lines in the reader').toEqual([]);
      if (gold.title !== null) expect(normalize(reader.title ?? '')).toBe(normalize(gold.title));
      expect(reader.dir).toBe(gold.language.dir);
      expect(reader.direction).toBe(gold.language.dir);
      expect(reader.unsafe).toBe(0);

      await toggleReader(popup, false);
      expect((await harness().probeReader(tabId)).present).toBe(false);
      expect(await snapshot(page)).toEqual(before);
      await popup.close();
      await page.close();
    });
  }
});

describe('Firefox: the library', () => {
  const GREEK = { seed: '001_abf140b8d65e8e25', path: '/fixtures/seeds/001_abf140b8d65e8e25/semantic.html' };
  const ITALIAN = { seed: '004_b8ea717ec7a7f5de', path: '/fixtures/seeds/004_b8ea717ec7a7f5de/flat.html' };
  const titles = (library: Page): Promise<string[]> =>
    library.$$eval('[data-testid="library-item"] .item-title', (els) => els.map((el) => el.textContent ?? ''));

  it('saves two articles from the popup and finds them in the library by language and by a word typed without accents', async () => {
    for (const article of [GREEK, ITALIAN]) {
      const { page, tabId } = await harness().openTab(harness().server.url(article.path));
      const popup = await harness().openPopup(tabId);
      await popup.click('[data-testid="save"]');
      await popup.waitForFunction(() => /saved to your library/i.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''), { timeout: 20_000 });
      await popup.close();
      await page.close();
    }

    const greek = seedGold(GREEK.seed);
    const italian = seedGold(ITALIAN.seed);
    const library = await harness().openExtensionPage('/library.html', '[data-testid="library-item"]');
    await library.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length === 2, { timeout: 20_000 });
    expect((await titles(library)).map(normalize).sort()).toEqual([normalize(greek.title!), normalize(italian.title!)].sort());

    await library.select('[data-testid="filter-language"]', 'el');
    await library.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length === 1);
    expect((await titles(library)).map(normalize)).toEqual([normalize(greek.title!)]);
    await library.select('[data-testid="filter-language"]', '');
    await library.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length === 2);

    // A Greek word of the article typed without its accent finds the Greek article only.
    const word = greek.keep[0]!.split(/\s+/).find((w) => /[άέήίόύώ]/.test(w) && w.length > 5)!.replace(/[^\p{L}]/gu, '');
    await library.type('[data-testid="search"]', word.normalize('NFD').replace(/\p{M}/gu, ''));
    await library.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length === 1, { timeout: 20_000 });
    expect((await titles(library)).map(normalize)).toEqual([normalize(greek.title!)]);

    // Opening it shows the saved article's full text.
    await library.click('[data-testid="library-item"] .item-title');
    await library.waitForSelector('[data-testid="reader-body"]');
    const body = normalize(await text(library, '[data-testid="reader-body"]'));
    expect(greek.keep.filter((line) => !body.includes(normalize(line))), 'keep lines missing from the saved article').toEqual([]);
    await library.close();
  });
});

describe('Firefox: remote pictures in the popup', () => {
  it('"show" waits for a click (no cookie-free loading in Firefox): no request to the picture\'s site before it, that one picture after', async () => {
    const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
    const seen: string[] = [];
    let port = 0;
    // One server, two sites: the article on 127.0.0.1, its picture on localhost (another site).
    const server = createServer((request, response) => {
      if ((request.headers.host ?? '').startsWith('localhost:')) {
        seen.push(request.url ?? '');
        response.setHeader('Content-Type', 'image/gif');
        response.end(GIF);
        return;
      }
      const { title, paragraphs } = ARTICLE_TEXTS.en;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(articlePage({ lang: 'en', title, paragraphs, after: 2,
        clutter: `<figure><img src="http://localhost:${port}/img/lead.gif" alt="The council chamber"><figcaption>The council chamber.</figcaption></figure>` }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    try {
      const { page, tabId } = await harness().openTab(`http://127.0.0.1:${port}/article.html`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      seen.length = 0; // the page's own request for its picture
      const popup = await harness().openPopup(tabId);
      await popup.waitForSelector('[data-testid="article-body"] [data-cnr-held]');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(seen, 'requests before the click').toEqual([]);
      expect(await popup.$$eval('[data-testid="article-body"] img', (imgs) => imgs.length)).toBe(0);
      expect(await text(popup, '[data-testid="article-body"] [data-cnr-held]')).toMatch(/Picture: The council chamber .*load/);
      await popup.click('[data-testid="article-body"] [data-cnr-held]');
      await popup.waitForSelector('[data-testid="article-body"] img[src$="/img/lead.gif"]');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(seen).toEqual(['/img/lead.gif']);
      await popup.close();
      await page.close();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
