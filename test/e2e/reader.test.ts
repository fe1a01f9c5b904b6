/**
 * End-to-end: the in-page reader view. The popup's toggle puts the reader over the page (a host
 * element with a closed shadow root holding a modal dialog) and takes it away again; the page must
 * then be exactly as it was: the same `document.documentElement.outerHTML`, the same scroll position.
 * Also: the toolbar popup gets out of the way and the keyboard works the reader at once, focus stays
 * in the dialog, assistive technology sees a modal dialog named by the title and nothing of the page,
 * right-to-left articles, the page's CSS and CSP cannot break the reader, settings persist.
 *
 * The shadow root is closed: the tests read it through the DevTools DOM domain and click with the
 * automation's (trusted) mouse (test/e2e/reader-dom.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../bench/score';
import { seedGold } from '../helpers';
import { useHarness } from './harness';
import { accessibleDialogs, accessibleText, clickInReader, HOST, inReader, readerRootMode, readerText, waitForReader } from './reader-dom';

const SEED_PAGES = [
  { seed: '000_7269f1ef90a3ac60', variant: 'machine', language: 'Romanian' },
  { seed: '001_abf140b8d65e8e25', variant: 'semantic', language: 'Greek' },
  { seed: '002_02c41632957ec01c', variant: 'flat', language: 'Arabic' },
  { seed: '004_b8ea717ec7a7f5de', variant: 'semantic', language: 'Italian' },
] as const;
const ARABIC_PAGE = '/fixtures/seeds/002_02c41632957ec01c/semantic.html';
const ROMANIAN_SEED = '000_7269f1ef90a3ac60';
const ROMANIAN_PAGE = `/fixtures/seeds/${ROMANIAN_SEED}/semantic.html`;

const harness = useHarness();

const snapshot = (page: Page) => page.evaluate(() => ({ html: document.documentElement.outerHTML, x: window.scrollX, y: window.scrollY }));

async function toggle(popup: Page, expectShown: boolean): Promise<void> {
  const button = popup.getByTestId('reader-toggle');
  await button.click();
  await popup.waitForFunction((shown) => document.querySelector('[data-testid="reader-toggle"]')?.getAttribute('aria-pressed') === String(shown), expectShown);
}

/** The reader's scroll position, and what has the focus in the page and in the reader. */
const readerState = (page: Page) => inReader(page, (root) => {
  const scroller = root.querySelector('.cnr-scroller')!;
  const active = root.activeElement;
  return {
    scrollTop: scroller.scrollTop,
    focusInReader: active !== null && document.activeElement?.hasAttribute('data-clean-news-reader') === true,
    active: active ? `${active.localName}${active.className ? `.${String(active.className)}` : ''}` : null,
  };
});

describe('reader view on and off', () => {
  for (const { seed, variant, language } of SEED_PAGES) {
    it(`${language}: shows the article in a closed shadow root and, toggled off, leaves the page exactly as it was`, async () => {
      const gold = seedGold(seed);
      const { page, tabId } = await harness().openTab(harness().server.url(`/fixtures/seeds/${seed}/${variant}.html`));
      await page.evaluate(() => window.scrollTo(0, 300));
      const before = await snapshot(page);
      const popup = await harness().openPopup(tabId);
      await toggle(popup, true);

      await waitForReader(page);
      expect(await readerRootMode(page)).toBe('closed');
      expect(await page.evaluate((host) => document.querySelector(host)?.shadowRoot ?? null, HOST), 'the page sees no shadow root').toBeNull();
      const text = normalize((await readerText(page, '[data-testid="reader-body"]'))!);
      expect(gold.keep.filter((line) => !text.includes(normalize(line))), 'keep lines missing from the reader').toEqual([]);
      expect(gold.drop.filter((line) => text.includes(normalize(line.text))).map((line) => line.text), 'drop lines in the reader').toEqual([]);
      const body = await inReader(page, (root) => {
        const el = root.querySelector('[data-testid="reader-body"]')!;
        return { dir: el.getAttribute('dir'), direction: getComputedStyle(el).direction, unsafe: root.querySelectorAll('script, iframe, form').length };
      });
      expect(body).toEqual({ dir: gold.language.dir, direction: gold.language.dir, unsafe: 0 });
      // What was removed, up front: the summary before the article body, the controls left to right, the blocks in the article's direction.
      const removed = await inReader(page, (root) => {
        const summary = root.querySelector('[data-testid="removed-summary"]');
        const readerBody = root.querySelector('[data-testid="reader-body"]')!;
        return {
          text: summary?.textContent ?? '',
          before: summary ? Boolean(summary.compareDocumentPosition(readerBody) & Node.DOCUMENT_POSITION_FOLLOWING) : false,
          listDir: root.querySelector('[data-testid="removed"]')?.getAttribute('dir'),
          previewDir: root.querySelector('[data-testid="removed"] .preview')?.getAttribute('dir'),
        };
      });
      expect(removed).toMatchObject({ before: true, listDir: 'ltr', previewDir: gold.language.dir });
      expect(removed?.text).toMatch(/^Removed \d+ blocks?: /);
      // The dialog covers the viewport.
      const box = await inReader(page, (root) => {
        const r = root.querySelector('dialog')!.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      const viewport = page.viewportSize()!;
      expect(box).toMatchObject({ x: 0, y: 0, width: viewport.width, height: viewport.height });

      await toggle(popup, false);
      expect(await page.locator(HOST).count()).toBe(0);
      expect(await snapshot(page)).toEqual(before);
      await popup.close();
      await page.close();
    });
  }
});

describe('what was removed, in the reader', () => {
  it('"Show again" puts a removed block back at its place in the article, "Remove again" takes it out', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url('/fixtures/seeds/001_abf140b8d65e8e25/semantic.html'));
    const popup = await harness().openPopup(tabId);
    await toggle(popup, true);
    await waitForReader(page);
    const bodyText = () => readerText(page, '[data-testid="reader-body"]');
    const before = await bodyText();
    await inReader(page, (root) => {
      root.querySelector<HTMLDetailsElement>('[data-testid="removed"]')!.open = true;
    });
    // The first removal that had a place in the article (its button says so with aria-pressed).
    await clickInReader(page, '[data-testid="show-removed"][aria-pressed]');
    const restoredBlock = () => inReader(page, (root) => {
      const block = root.querySelector('[data-testid="reader-body"] [data-testid="restored-in-place"]');
      if (!block) return null;
      const previous = block.previousElementSibling;
      return {
        previous: previous?.textContent ?? '',
        text: block.textContent ?? '',
        focused: root.activeElement?.getAttribute('data-testid') ?? null,
        visible: block.getBoundingClientRect().bottom > 0 && block.getBoundingClientRect().top < innerHeight,
      };
    });
    await expect.poll(restoredBlock, { message: 'a block restored in the article' }).not.toBeNull();
    // Brought into view and focused once it is drawn (an effect after the render).
    await expect.poll(async () => (await restoredBlock())?.focused, { message: 'focus on its Remove again' }).toBe('remove-again');
    const restored = await restoredBlock();
    expect(restored!.previous.trim().length, 'it follows a block of the article').toBeGreaterThan(0);
    expect(before).toContain(restored!.previous.trim().slice(0, 40));
    expect(restored).toMatchObject({ focused: 'remove-again', visible: true });
    await clickInReader(page, '[data-testid="reader-body"] [data-testid="remove-again"]');
    await expect.poll(bodyText).toBe(before);
    await toggle(popup, false);
    await popup.close();
    await page.close();
  });
});

describe('the toolbar popup to the reader in one move, and a modal reader', () => {
  it('Reader view closes the popup, the keyboard scrolls the reader, focus stays inside, Esc puts the page back as it was', async () => {
    const gold = seedGold(ROMANIAN_SEED);
    const { page } = await harness().openTab(harness().server.url(ROMANIAN_PAGE));
    await page.evaluate(() => window.scrollTo(0, 200));
    const before = await snapshot(page);
    const overflowBefore = await page.evaluate(() => getComputedStyle(document.documentElement).overflowY);
    await page.bringToFront();

    // The real toolbar popup, for the active tab (chrome.action.openPopup, from an extension page).
    const helper = await harness().context.newPage();
    await helper.goto(harness().popupUrl(2 ** 31 - 1));
    await page.bringToFront();
    await helper.evaluate(() => chrome.action.openPopup());
    const popups = () => helper.evaluate(() => chrome.extension.getViews({ type: 'popup' }).length);
    await expect.poll(popups).toBe(1);
    await expect.poll(() => helper.evaluate(() => {
      const popup = (chrome.extension.getViews({ type: 'popup' }) as unknown as Window[])[0];
      const button = popup?.document.querySelector<HTMLButtonElement>('[data-testid="reader-toggle"]');
      return button !== null && button !== undefined && !button.disabled;
    })).toBe(true);
    await helper.evaluate(() => (chrome.extension.getViews({ type: 'popup' }) as unknown as Window[])[0]!.document.querySelector<HTMLButtonElement>('[data-testid="reader-toggle"]')!.click());

    await waitForReader(page);
    await expect.poll(popups).toBe(0); // the popup closed itself
    await helper.close();
    expect(await readerState(page)).toMatchObject({ focusInReader: true, active: 'div.cnr-scroller', scrollTop: 0 });

    // The accessibility tree: one modal dialog named by the title, and nothing of the page behind.
    const title = await readerText(page, '[data-testid="article-title"]');
    expect(title).toMatch(/^Rusia și India/);
    expect(await accessibleDialogs(page)).toEqual([{ name: title, modal: true }]);
    const pageOnly = gold.drop.map((line) => line.text).filter((line) => line.length > 20);
    const exposed = normalize(await accessibleText(page));
    expect(pageOnly.filter((line) => exposed.includes(normalize(line))), 'page text a screen reader can still reach').toEqual([]);

    // The keyboard scrolls the reader at once, the page behind stays put.
    await page.keyboard.press('PageDown');
    const afterPageDown = (await readerState(page))!.scrollTop;
    expect(afterPageDown).toBeGreaterThan(200);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await readerState(page))!.scrollTop).toBeGreaterThan(afterPageDown);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const bottom = await inReader(page, (root) => {
      const s = root.querySelector('.cnr-scroller')!;
      return Math.abs(s.scrollHeight - s.clientHeight - s.scrollTop) < 2;
    });
    expect(bottom, 'End reaches the bottom').toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await readerState(page))!.scrollTop).toBe(0);
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, 2000);
    await expect.poll(async () => (await readerState(page))!.scrollTop).toBeGreaterThan(0);
    expect(await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY })), 'the page behind did not scroll').toEqual({ x: before.x, y: before.y });
    // One scrollbar: the page's own is hidden while the reader is shown (the root does not scroll).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY)).toBe('hidden');

    // 40 Tab presses (and 10 back) never leave the reader.
    const outside: string[] = [];
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press(i < 40 ? 'Tab' : 'Shift+Tab');
      const state = await readerState(page);
      if (!state?.focusInReader) outside.push(`press ${i + 1}: ${await page.evaluate(() => document.activeElement?.localName ?? 'none')}`);
    }
    expect(outside, 'Tab left the reader').toEqual([]);

    await page.keyboard.press('Escape');
    await page.locator(HOST).waitFor({ state: 'detached' });
    expect(await snapshot(page)).toEqual(before);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY), 'the page scrolls again').toBe(overflowBefore);
    await page.close();
  });
});

describe('the toolbar button opens the reader directly (an option, off by default)', () => {
  it('takes the popup off the toolbar button when turned on, in the popup or under the reader, and gives it back when turned off', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(ROMANIAN_PAGE));
    const popup = await harness().openPopup(tabId);
    const toolbarPopup = () => popup.evaluate(() => chrome.action.getPopup({}));
    expect(await toolbarPopup()).toMatch(/\/popup\.html$/);
    const option = popup.getByTestId('toolbar-opens-reader');
    expect(await option.isChecked()).toBe(false);
    await option.check();
    await expect.poll(toolbarPopup).toBe('');

    // Under the reader, the same option, already on: turning it off there gives the popup back.
    await toggle(popup, true);
    await waitForReader(page, '[data-testid="toolbar-opens-reader"]');
    expect(await inReader(page, (root) => root.querySelector<HTMLInputElement>('[data-testid="toolbar-opens-reader"]')!.checked)).toBe(true);
    await page.bringToFront();
    await clickInReader(page, '[data-testid="toolbar-opens-reader"]');
    await expect.poll(toolbarPopup).toMatch(/\/popup\.html$/);
    await expect.poll(() => option.isChecked()).toBe(false);
    await toggle(popup, false);
    await popup.close();
    await page.close();
  });
});

describe('reader view against the page', () => {
  it("the page's CSS cannot hide or restyle the reader", async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(ARABIC_PAGE));
    await page.addStyleTag({ content: `${HOST}, clean-news-reader, dialog { display: none !important; opacity: 0 !important; }
      * { color: rgb(255, 0, 0) !important; font-size: 3px !important; } h1 { visibility: hidden !important; }` });
    const popup = await harness().openPopup(tabId);
    await toggle(popup, true);
    await waitForReader(page, '[data-testid="article-title"]');
    const style = await inReader(page, (root) => {
      const title = root.querySelector('[data-testid="article-title"]')!;
      const rect = title.getBoundingClientRect();
      return { color: getComputedStyle(title).color, visibility: getComputedStyle(title).visibility, visible: rect.width > 0 && rect.height > 0 };
    });
    expect(style?.color).not.toBe('rgb(255, 0, 0)');
    expect(style).toMatchObject({ visibility: 'visible', visible: true });
    expect(await page.locator(HOST).evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await toggle(popup, false);
    await popup.close();
    await page.close();
  });

  it('a page with a strict CSP (no style, no script) still gets a styled, working reader', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(`/csp${ROMANIAN_PAGE}`));
    const popup = await harness().openPopup(tabId);
    expect(await popup.getByTestId('error').count()).toBe(0);
    await toggle(popup, true);
    await waitForReader(page, '[data-testid="reader-view"]');
    // The stylesheet reached the shadow root: the toolbar is sticky and the page has a background.
    const styled = await inReader(page, (root) => ({
      toolbar: getComputedStyle(root.querySelector('.cnr-toolbar')!).position,
      background: getComputedStyle(root.querySelector('[data-testid="reader-view"]')!).backgroundColor,
    }));
    expect(styled?.toolbar).toBe('sticky');
    expect(styled?.background).not.toBe('rgba(0, 0, 0, 0)');
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
    await waitForReader(page, '[data-testid="reader-view"]');
    await page.bringToFront();
    const size = async () => (await inReader(page, (root) => parseFloat(getComputedStyle(root.querySelector('[data-testid="reader-body"]')!).fontSize)))!;
    const theme = () => inReader(page, (root) => root.querySelector('[data-testid="reader-view"]')!.getAttribute('data-theme'));
    const sizeBefore = await size();
    await clickInReader(page, '[data-testid="theme-sepia"]');
    await clickInReader(page, 'button[aria-label="Larger text"]');
    await expect.poll(theme).toBe('sepia');
    await expect.poll(size).toBeGreaterThan(sizeBefore);
    await toggle(popup, false);

    await toggle(popup, true);
    await expect.poll(theme).toBe('sepia');
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
