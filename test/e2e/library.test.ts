/**
 * End-to-end: the offline library in real Chromium. Save from the popup and from the reader view,
 * find the articles in library.html, read one with the network gone, export everything, delete,
 * import the backup back: the library must hold exactly what it held before.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../bench/score';
import { toSavedArticle } from '../../lib/library/records';
import { generateArticles } from '../library/generate';
import { seedGold } from '../helpers';
import { useHarness } from './harness';
import { clickInReader, readerText, waitForReader } from './reader-dom';

const GREEK = { seed: '001_abf140b8d65e8e25', path: '/fixtures/seeds/001_abf140b8d65e8e25/semantic.html' };
const ARABIC = { seed: '002_02c41632957ec01c', path: '/fixtures/seeds/002_02c41632957ec01c/machine.html' };


const harness = useHarness();
let library: Page;

const libraryUrl = (): string => `chrome-extension://${harness().extensionId}/library.html`;
const titles = (page: Page): Promise<string[]> => page.getByTestId('library-item').locator('.item-title').allTextContents();

async function exportAll(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
  const file = await download.path();
  return readFileSync(file, 'utf8');
}

describe('the library', () => {
  it('saves from the popup, and says so before updating a saved copy', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(GREEK.path));
    const popup = await harness().openPopup(tabId);
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent()).toMatch(/saved to your library/i);
    // Saving the same page again asks first.
    await popup.reload();
    await popup.getByTestId('article-title').waitFor();
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent()).toMatch(/already saved/i);
    await popup.getByTestId('save-update').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent()).toMatch(/updated/i);
    await popup.close();
    await page.close();
  });

  it('saves from the reader view in the page (through the background)', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(ARABIC.path));
    const popup = await harness().openPopup(tabId);
    await popup.getByTestId('reader-toggle').click();
    await waitForReader(page);
    await page.bringToFront();
    await clickInReader(page, '[data-testid="save"]');
    await expect.poll(() => readerText(page, '[data-testid="save-status"]')).toMatch(/saved to your library/i);
    await popup.getByTestId('reader-toggle').click();
    await popup.close();
    await page.close();
  });

  it('the background saves only the page the sending tab shows', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(ARABIC.path));
    const popup = await harness().openPopup(tabId);
    await popup.getByTestId('reader-toggle').click();
    await waitForReader(page);
    await page.bringToFront();
    const status = () => readerText(page, '[data-testid="save-status"]');
    // The page moves to another address under the reader (an SPA route, or a page trying its luck).
    await page.evaluate(() => history.pushState(null, '', '/somewhere/else.html'));
    await clickInReader(page, '[data-testid="save"]');
    await expect.poll(status).toMatch(/not saved: this tab no longer shows the page/i);
    // Back at the article's address (with a #fragment, which does not matter): saved before, so it asks.
    await page.evaluate((path) => history.pushState(null, '', `${path}#comments`), ARABIC.path);
    await clickInReader(page, '[data-testid="save"]');
    await expect.poll(status).toMatch(/already saved/i);
    await popup.getByTestId('reader-toggle').click();
    await popup.close();
    await page.close();
  });

  it('lists both, filters by language, searches without accents, and reads an article offline', async () => {
    library = await harness().context.newPage();
    await library.goto(libraryUrl());
    await library.getByTestId('library-item').first().waitFor();
    const greek = seedGold(GREEK.seed);
    const arabic = seedGold(ARABIC.seed);
    expect((await titles(library)).map(normalize).sort()).toEqual([normalize(greek.title!), normalize(arabic.title!)].sort());

    await library.getByTestId('filter-language').selectOption('ar');
    expect((await titles(library)).map(normalize)).toEqual([normalize(arabic.title!)]);
    await library.getByTestId('filter-language').selectOption('');

    // A Greek word of the text (not of the title) typed without its accent finds the Greek article: the
    // full-text search, which the page's search worker answers once its index is loaded.
    const stripped = (text: string): string => normalize(text).normalize('NFD').replace(/\p{M}/gu, '');
    const word = greek.keep[0]!.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, ''))
      .find((w) => /[άέήίόύώ]/.test(w) && w.length > 5 && !stripped(greek.title!).includes(stripped(w)))!;
    expect(library.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/^\/assets\/search-worker-[\w-]+\.js$/)]);
    await expect.poll(() => library.getByTestId('search').getAttribute('placeholder')).toBe('Search titles and text');
    expect(await library.getByTestId('index-progress').count()).toBe(0);
    await library.getByTestId('search').fill(word.normalize('NFD').replace(/\p{M}/gu, ''));
    await expect.poll(() => titles(library).then((t) => t.map(normalize))).toEqual([normalize(greek.title!)]);
    await library.getByTestId('search').fill('');

    await harness().context.setOffline(true);
    try {
      await library.reload();
      // The contract: clicking the item (anywhere in it, here its language badge, not the title link) shows the article's full text.
      await library.getByTestId('library-item').filter({ hasText: greek.title! }).getByTestId('language').click();
      const body = library.getByTestId('reader-body');
      await body.waitFor();
      const text = normalize(await body.innerText());
      expect(greek.keep.filter((line) => !text.includes(normalize(line))), 'keep lines missing offline').toEqual([]);
      expect(await library.locator('article.cnr-page').getAttribute('dir')).toBe('ltr');
    } finally {
      await harness().context.setOffline(false);
    }
    await library.getByTestId('back').click();
    await library.getByTestId('library-item').first().waitFor();
  });

  it('marks an opened article read, keeps its reading position across window sizes, filters unread, and marks unread again', async () => {
    const arabic = seedGold(ARABIC.seed);
    const item = (title: string) => library.getByTestId('library-item').filter({ hasText: title });
    // The Greek article was opened above; the Arabic one never was.
    await expect.poll(() => item(arabic.title!).getByTestId('unread').count()).toBe(1);
    expect(await library.getByTestId('unread').count()).toBe(1);
    await library.getByTestId('filter-read').selectOption('unread');
    expect((await titles(library)).map(normalize)).toEqual([normalize(arabic.title!)]);
    await library.getByTestId('filter-read').selectOption('read');
    expect((await titles(library)).map(normalize)).toEqual([normalize(seedGold(GREEK.seed).title!)]);
    await library.getByTestId('filter-read').selectOption('');

    const position = (): Promise<number> => library.evaluate(() => {
      const { top, height } = document.querySelector('article.cnr-page')!.getBoundingClientRect();
      return -top / height;
    });
    await library.setViewportSize({ width: 700, height: 500 });
    try {
      await item(arabic.title!).locator('.item-title').click();
      await library.getByTestId('reader-body').waitFor();
      await expect.poll(() => library.getByTestId('toggle-read').textContent()).toBe('Mark as unread');
      // Halfway into the article, then back to the list (which saves the place at once).
      await library.evaluate(() => {
        const article = document.querySelector('article.cnr-page')!;
        const { top, height } = article.getBoundingClientRect();
        window.scrollTo({ top: window.scrollY + top + height / 2, behavior: 'instant' });
      });
      expect(await position()).toBeCloseTo(0.5, 2);
      await library.getByTestId('back').click();
      await library.getByTestId('library-item').first().waitFor();
      expect(await library.getByTestId('unread').count()).toBe(0);

      // A wider window: the text reflows, the same share of it is above the top.
      await library.setViewportSize({ width: 1100, height: 800 });
      await item(arabic.title!).locator('.item-title').click();
      await library.getByTestId('reader-body').waitFor();
      await expect.poll(position).toBeGreaterThan(0.45);
      expect(await position()).toBeLessThan(0.55);

      await library.getByTestId('toggle-read').click();
      await expect.poll(() => library.getByTestId('toggle-read').textContent()).toBe('Mark as read');
      await library.getByTestId('back').click();
      await expect.poll(() => item(arabic.title!).getByTestId('unread').count()).toBe(1);
    } finally {
      await library.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('exports everything, deletes (with undo), and imports the backup back identical', async () => {
    const before = await exportAll(library);
    const saved = JSON.parse(before) as { articles: { id: string }[] };
    expect(saved.articles).toHaveLength(2);

    // Delete one, undo, delete both.
    await library.getByTestId('library-item').first().locator('.item-title').click();
    await library.getByTestId('delete').click();
    await library.getByTestId('undo').click();
    await expect.poll(() => library.getByTestId('library-item').count()).toBe(2);
    for (let left = 2; left > 0; left--) {
      await library.getByTestId('library-item').first().locator('.item-title').click();
      await library.getByTestId('delete').click();
      await expect.poll(() => library.getByTestId('library-item').count()).toBe(left - 1);
    }

    await library.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(before) });
    await expect.poll(() => library.getByTestId('import-plan').textContent()).toMatch(/2 new/);
    await library.getByTestId('import-add').click();
    await expect.poll(() => library.getByTestId('library-item').count()).toBe(2);

    const after = JSON.parse(await exportAll(library)) as { articles: unknown[] };
    expect(after.articles).toEqual(JSON.parse(before).articles);
  });

  it('refuses a broken backup with a message and changes nothing', async () => {
    const before = await exportAll(library);
    await library.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(before.slice(0, before.length / 2)) });
    await expect.poll(() => library.getByTestId('import-error').textContent()).toMatch(/\S/);
    expect(JSON.parse(await exportAll(library)).articles).toEqual(JSON.parse(before).articles);
  });

  it('an import shows its progress, cannot be started again meanwhile, and Cancel stops it before anything is written', async () => {
    const backup = (count: number, from: number): Buffer => Buffer.from(JSON.stringify({
      format: 'clean-news-reader-backup', version: 1, exportedAt: '2026-01-02T03:04:05.678Z',
      articles: generateArticles(count, { seed: from, minWords: 5, maxWords: 10 })
        .map((article, i) => toSavedArticle({ ...article, url: `https://bulk.example/${from}/${i}` }, new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString())),
    }));
    const before = await library.getByTestId('library-item').count();

    // Cancel: the progress shows, Cancel is clicked at once, and nothing of the file is kept.
    await library.getByTestId('import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: backup(8_000, 1) });
    await library.getByTestId('import-add').click({ timeout: 60_000 });
    await library.getByTestId('import-progress').waitFor();
    expect(await library.getByTestId('import-file').isDisabled()).toBe(true);
    expect(await library.getByTestId('import-button').isDisabled()).toBe(true);
    await library.getByTestId('import-stop').click();
    await library.getByTestId('import-done').waitFor({ timeout: 120_000 });
    await expect.poll(() => library.getByTestId('import-done').textContent(), { timeout: 60_000 }).toBe('Import cancelled: nothing was imported.');
    await library.reload();
    await expect.poll(() => library.getByTestId('storage').textContent()).toMatch(new RegExp(`^${before} articles`));
  }, 600_000);

  it('answers a damaged or unknown library address with a message, not a blank page', async () => {
    for (const hash of ['#/article/%E0%A4%A', '#/article/%', '#/nowhere']) {
      await library.goto(`${libraryUrl()}${hash}`);
      await expect.poll(() => library.getByTestId('error').textContent()).toMatch(/damaged|leads nowhere/);
      await library.getByTestId('back').click();
      await library.getByTestId('library-item').first().waitFor();
    }
    await library.close();
  });
});
