/**
 * End-to-end: the interface in the browser's language. Chromium on Linux takes its UI language from
 * the LANGUAGE environment variable (with Debian's chromium-l10n installed); the extension's pages
 * then speak Romanian, Greek, Arabic or Italian, right to left in Arabic, while each article keeps
 * its own language and direction. Expected texts come from the locale's messages.json, plurals and
 * numbers through Intl in that locale, so the test checks what the user reads, not our keys.
 * Screenshots of each go to test-results/locales/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/fixture-server';
import { englishIn } from '../english-left';
import { messageFrom, readMessages } from '../locales';
import { startHarness, type Harness } from './harness';

const LOCALES = ['ro', 'el', 'ar', 'it'] as const;
const ROMANIAN_PAGE = '/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html';
const ARABIC_PAGE = '/fixtures/seeds/002_02c41632957ec01c/semantic.html';
const SHOTS = path.join(ROOT, 'test-results', 'locales');

/** A plural message as the interface shows it for `count` in `locale`. */
function pluralText(locale: string, key: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  return messageFrom(readMessages(locale), `${key}_${category}`, [new Intl.NumberFormat(locale).format(count)]);
}

/**
 * What the interface shows and says on `page` (text, labels, tooltips, placeholders), without what the
 * article brings (its title, byline, body, removed blocks, in whatever language) and the rules' names.
 */
const interfaceText = (page: Page, locale: string) => page.evaluate((ui) => {
  const copy = document.body.cloneNode(true) as HTMLElement;
  // The article's own words (title, byline, body, removed blocks, the list's titles) whatever their language,
  // and the rules' names (`comments.thread`), identifiers listed as code in the details of the removed blocks.
  const article = '[data-testid="article-title"], [data-testid="article-byline"], [data-testid="article-body"], [data-testid="reader-body"], '
    + '.preview, .restored, .item-title, .item-excerpt, code';
  for (const el of copy.querySelectorAll(`[lang]:not([lang="${ui}"]), ${article}`)) el.remove();
  const said = [...copy.querySelectorAll('*')].flatMap((el) => ['title', 'aria-label', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''));
  return [copy.innerText, ...said].join(' | ');
}, locale);

const pageLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, title: document.title }));

for (const locale of LOCALES) {
  describe(`the interface in ${locale}`, () => {
    const messages = readMessages(locale);
    const text = (key: string, ...args: string[]): string => messageFrom(messages, key, args);
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    let harness: Harness;
    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      harness = await startHarness({ env: { LANGUAGE: locale } });
    });
    afterAll(async () => {
      await harness?.close();
    });

    it(`the popup is in ${locale} (${dir}); the article keeps its own language and direction`, async () => {
      const { page, tabId } = await harness.openTab(harness.server.url(ROMANIAN_PAGE));
      const popup = await harness.openPopup(tabId);
      expect(await pageLanguage(popup)).toEqual({ lang: locale, dir, title: text('extName') });
      expect(await popup.evaluate(() => getComputedStyle(document.body).direction)).toBe(dir);
      const minutes = Number(await popup.getByTestId('reading-time').getAttribute('data-minutes'));
      expect(await popup.getByTestId('reading-time').textContent()).toBe(pluralText(locale, 'readingMinutes', minutes));
      expect(await popup.getByTestId('reader-toggle').textContent()).toBe(text('readerView'));
      expect(await popup.getByTestId('save').textContent()).toBe(text('save'));
      const removed = Number(await popup.getByTestId('removed').getAttribute('data-count'));
      expect(await popup.getByTestId('removed-summary').textContent()).toContain(pluralText(locale, 'removedBlocks', removed));
      // The Romanian article stays Romanian, left to right, in every interface.
      const body = popup.getByTestId('article-body');
      expect(await body.getAttribute('lang')).toBe('ro');
      expect(await body.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      // Nothing of the interface is left in English (the list of removed blocks open, too).
      await popup.getByTestId('removed-summary').click();
      const popupText = await interfaceText(popup, locale);
      expect(englishIn(popupText, locale), popupText).toEqual([]);
      await popup.screenshot({ path: path.join(SHOTS, `${locale}-popup.png`), fullPage: false });
      await popup.close();
      await page.close();
    });

    it(`the library and its reader's toolbar are in ${locale}`, async () => {
      const { page, tabId } = await harness.openTab(harness.server.url(ARABIC_PAGE));
      const popup = await harness.openPopup(tabId);
      await popup.getByTestId('save').click();
      await popup.getByTestId('save-status').waitFor();
      await popup.close();
      await page.close();

      const library = await harness.context.newPage();
      await library.goto(`chrome-extension://${harness.extensionId}/library.html`);
      await library.getByTestId('library-item').first().waitFor();
      expect(await pageLanguage(library)).toEqual({ lang: locale, dir, title: text('libraryTitle', text('extName')) });
      expect(await library.locator('h1').textContent()).toBe(text('libraryHeading'));
      expect(await library.getByTestId('storage').textContent()).toContain(pluralText(locale, 'articleCount', 1));
      expect(await library.getByTestId('export-all').textContent()).toBe(text('exportAll'));
      // The language filter names the article's language in the interface's language ("arabă", "αραβικά").
      const arabic = new Intl.DisplayNames([locale], { type: 'language' }).of('ar')!;
      expect(await library.getByTestId('filter-language').locator('option[value="ar"]').textContent()).toBe(`${arabic} (${new Intl.NumberFormat(locale).format(1)})`);
      const listText = await interfaceText(library, locale);
      expect(englishIn(listText, locale), listText).toEqual([]);
      await library.screenshot({ path: path.join(SHOTS, `${locale}-library.png`) });

      await library.getByTestId('library-item').first().locator('.item-title').click();
      await library.getByTestId('reader-body').waitFor();
      expect(await library.getByTestId('read-aloud-play').textContent()).toBe(text('readAloudPlay'));
      expect(await library.getByTestId('read-aloud').getAttribute('aria-label')).toBe(text('readAloudGroup'));
      expect(await library.getByTestId('reader-view').locator('[role="toolbar"]').getAttribute('dir')).toBe(dir);
      expect(await library.getByRole('button', { name: text('themeSepia') }).count()).toBe(1);
      // The Arabic article is right to left in every interface.
      expect(await library.getByTestId('reader-body').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      const readerText = await interfaceText(library, locale);
      expect(englishIn(readerText, locale), readerText).toEqual([]);
      await library.screenshot({ path: path.join(SHOTS, `${locale}-library-reader.png`) });
      await library.close();
    });
  });
}
