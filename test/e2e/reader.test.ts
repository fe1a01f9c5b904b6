/**
 * End-to-end: the in-page reader view. The popup's toggle puts the overlay over the page (a host
 * element with an open shadow root) and takes it away again; the page must then be exactly as it was:
 * the same `document.documentElement.outerHTML`, the same scroll position. Also: right-to-left
 * articles, the page's CSS and CSP cannot break the overlay, Esc closes it, settings persist.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../bench/score';
import { seedGold } from '../helpers';
import { useHarness } from './harness';

const SEED_PAGES = [
  { seed: '000_7269f1ef90a3ac60', variant: 'machine', language: 'Romanian' },
  { seed: '001_abf140b8d65e8e25', variant: 'semantic', language: 'Greek' },
  { seed: '002_02c41632957ec01c', variant: 'flat', language: 'Arabic' },
  { seed: '004_b8ea717ec7a7f5de', variant: 'semantic', language: 'Italian' },
] as const;
const ARABIC_PAGE = '/fixtures/seeds/002_02c41632957ec01c/semantic.html';
const ROMANIAN_PAGE = '/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html';

const HOST = '[data-clean-news-reader]';

const harness = useHarness();

const snapshot = (page: Page) => page.evaluate(() => ({ html: document.documentElement.outerHTML, x: window.scrollX, y: window.scrollY }));

async function toggle(popup: Page, expectShown: boolean): Promise<void> {
  const button = popup.getByTestId('reader-toggle');
  await button.click();
  await popup.waitForFunction((shown) => document.querySelector('[data-testid="reader-toggle"]')?.getAttribute('aria-pressed') === String(shown), expectShown);
}

describe('reader view on and off', () => {
  for (const { seed, variant, language } of SEED_PAGES) {
    it(`${language}: shows the article in a shadow root and, toggled off, leaves the page exactly as it was`, async () => {
      const gold = seedGold(seed);
      const { page, tabId } = await harness().openTab(harness().server.url(`/fixtures/seeds/${seed}/${variant}.html`));
      await page.evaluate(() => window.scrollTo(0, 300));
      const before = await snapshot(page);
      const popup = await harness().openPopup(tabId);
      await toggle(popup, true);

      const host = page.locator(HOST);
      await host.waitFor();
      expect(await host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
      const body = page.locator(`${HOST} [data-testid="reader-body"]`);
      const text = normalize(await body.innerText());
      expect(gold.keep.filter((line) => !text.includes(normalize(line))), 'keep lines missing from the reader').toEqual([]);
      expect(gold.drop.filter((line) => text.includes(normalize(line.text))).map((line) => line.text), 'drop lines in the reader').toEqual([]);
      expect(await body.getAttribute('dir')).toBe(gold.language.dir);
      expect(await body.evaluate((el) => getComputedStyle(el).direction)).toBe(gold.language.dir);
      expect(await page.locator(`${HOST} script, ${HOST} iframe, ${HOST} form`).count()).toBe(0);
      // The overlay covers the viewport.
      const box = await host.boundingBox();
      const viewport = page.viewportSize()!;
      expect(box).toMatchObject({ x: 0, y: 0, width: viewport.width, height: viewport.height });

      await toggle(popup, false);
      expect(await host.count()).toBe(0);
      expect(await snapshot(page)).toEqual(before);
      await popup.close();
      await page.close();
    });
  }

  it('Esc closes the reader and the page is as it was', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(ROMANIAN_PAGE));
    const before = await snapshot(page);
    const popup = await harness().openPopup(tabId);
    await toggle(popup, true);
    await page.locator(`${HOST} [data-testid="reader-body"]`).waitFor();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.locator(HOST).waitFor({ state: 'detached' });
    expect(await snapshot(page)).toEqual(before);
    await popup.close();
    await page.close();
  });
});

describe('reader view against the page', () => {
  it("the page's CSS cannot hide or restyle the overlay", async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(ARABIC_PAGE));
    await page.addStyleTag({ content: `${HOST}, clean-news-reader { display: none !important; opacity: 0 !important; }
      * { color: rgb(255, 0, 0) !important; font-size: 3px !important; } h1 { visibility: hidden !important; }` });
    const popup = await harness().openPopup(tabId);
    await toggle(popup, true);
    const title = page.locator(`${HOST} [data-testid="article-title"]`);
    await title.waitFor();
    expect(await title.isVisible()).toBe(true);
    const style = await title.evaluate((el) => ({ color: getComputedStyle(el).color, visibility: getComputedStyle(el).visibility }));
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.visibility).toBe('visible');
    expect(await page.locator(HOST).evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await toggle(popup, false);
    await popup.close();
    await page.close();
  });

  it("a page with a strict CSP (no style, no script) still gets a styled, working reader", async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(`/csp${ROMANIAN_PAGE}`));
    const popup = await harness().openPopup(tabId);
    expect(await popup.getByTestId('error').count()).toBe(0);
    await toggle(popup, true);
    const view = page.locator(`${HOST} [data-testid="reader-view"]`);
    await view.waitFor();
    // The stylesheet reached the shadow root: the toolbar is sticky and the page has a background.
    expect(await page.locator(`${HOST} .cnr-toolbar`).evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    expect(await view.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await toggle(popup, false);
    await popup.close();
    await page.close();
  });
});

describe('reader settings', () => {
  it('a theme and a font size chosen in the reader are kept for the next time', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(ROMANIAN_PAGE));
    const popup = await harness().openPopup(tabId);
    await toggle(popup, true);
    const view = page.locator(`${HOST} [data-testid="reader-view"]`);
    await view.waitFor();
    const size = () => page.locator(`${HOST} [data-testid="reader-body"]`).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const sizeBefore = await size();
    await page.locator(`${HOST} button`, { hasText: 'Sepia' }).click();
    await page.locator(`${HOST} button[aria-label="Larger text"]`).click();
    await expect.poll(() => view.getAttribute('data-theme')).toBe('sepia');
    await expect.poll(size).toBeGreaterThan(sizeBefore);
    await toggle(popup, false);

    await toggle(popup, true);
    await expect.poll(() => page.locator(`${HOST} [data-testid="reader-view"]`).getAttribute('data-theme')).toBe('sepia');
    const stored = await popup.evaluate(async () => (await chrome.storage.local.get('readerSettings')).readerSettings);
    expect(stored).toMatchObject({ theme: 'sepia', fontSize: sizeBefore + 2 });
    // Back to the defaults for the other tests.
    await popup.evaluate(() => chrome.storage.local.remove(['readerSettings', 'readerSettings$']));
    await toggle(popup, false);
    await popup.close();
    await page.close();
  });
});

declare const chrome: typeof import('wxt/browser').browser;
