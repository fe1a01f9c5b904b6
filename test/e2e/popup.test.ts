/**
 * End-to-end: the built extension in real Chromium. Each fixture page is served from 127.0.0.1 and
 * opened in a tab; the popup, opened for that tab, injects the extractor and must show the article
 * the way the gold file says: title, every keep line, no drop line, language and direction.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../bench/score';
import { readJson, seedGold } from '../helpers';
import { E2E_BUILD, PROD_BUILD, useHarness } from './harness';


/** One variant of each seed language, spread over the three markup styles. */
const SEED_PAGES = [
  { seed: '000_7269f1ef90a3ac60', variant: 'semantic', language: 'Romanian' },
  { seed: '001_abf140b8d65e8e25', variant: 'machine', language: 'Greek' },
  { seed: '002_02c41632957ec01c', variant: 'semantic', language: 'Arabic' },
  { seed: '004_b8ea717ec7a7f5de', variant: 'flat', language: 'Italian' },
] as const;

const RESTRICTED_MESSAGE = /browser does not let extensions read this page/i;


const harness = useHarness();

describe('builds', () => {
  it('the e2e build differs from the production build only by the loopback host permission', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort();
    expect(files(E2E_BUILD)).toEqual(files(PROD_BUILD));
    for (const file of files(PROD_BUILD).filter((f) => f !== 'manifest.json')) {
      expect(readFileSync(path.join(E2E_BUILD, file)).equals(readFileSync(path.join(PROD_BUILD, file))), file).toBe(true);
    }
    const prod = readJson<Record<string, unknown>>(path.join(PROD_BUILD, 'manifest.json'));
    const { host_permissions: hostPermissions, ...e2eRest } = readJson<Record<string, unknown>>(path.join(E2E_BUILD, 'manifest.json'));
    expect(hostPermissions).toEqual(['http://127.0.0.1/*']);
    expect(e2eRest).toEqual(prod);
    expect(prod).not.toHaveProperty('host_permissions');
    expect(prod.permissions).toEqual(['activeTab', 'scripting', 'storage']);
  });
});

describe('popup on the seed pages', () => {
  for (const { seed, variant, language } of SEED_PAGES) {
    it(`${language}: seeds/${seed}/${variant}.html`, async () => {
      const gold = seedGold(seed);
      const { page, tabId } = await harness().openTab(harness().server.url(`/fixtures/seeds/${seed}/${variant}.html`));
      const popup = await harness().openPopup(tabId);

      const error = popup.getByTestId('error');
      expect((await error.count()) > 0 ? await error.textContent() : null, 'the popup shows an error instead of the article').toBeNull();
      const title = normalize((await popup.getByTestId('article-title').textContent()) ?? '');
      expect(title.length, 'title shown').toBeGreaterThan(0);
      if (gold.title !== null) expect(title).toBe(normalize(gold.title));

      const body = popup.getByTestId('article-body');
      const text = normalize(await body.innerText());
      const missing = gold.keep.filter((line) => !text.includes(normalize(line)));
      const leaked = gold.drop.filter((line) => text.includes(normalize(line.text))).map((line) => `[${line.category}] ${line.text}`);
      expect(missing, 'keep lines missing from the popup').toEqual([]);
      expect(leaked, 'drop lines shown in the popup').toEqual([]);

      const badge = popup.getByTestId('language');
      expect(await badge.getAttribute('data-lang')).toBe(gold.language.bcp47);
      expect(await badge.getAttribute('data-dir')).toBe(gold.language.dir);
      expect(await body.getAttribute('dir')).toBe(gold.language.dir);
      expect(await body.getAttribute('lang')).toBe(gold.language.bcp47);
      if (gold.language.dir === 'rtl') {
        expect(await body.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      }

      // Sanitized: nothing in the rendered article can run script.
      expect(await body.locator('script, iframe, object, embed, form').count()).toBe(0);
      expect(await popup.getByTestId('removed').count()).toBe(1);

      await popup.close();
      await page.close();
    });
  }
});

describe('popup when there is no article to show', () => {
  it('a login page shows a clear "no article" error', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url('/e2e/login.html'));
    const popup = await harness().openPopup(tabId);
    const title = popup.getByTestId('article-title');
    const shown = (await title.count()) > 0
      ? `title ${JSON.stringify(await title.textContent())}, text ${JSON.stringify(normalize(await popup.getByTestId('article-body').innerText()).slice(0, 200))}`
      : null;
    expect(shown, 'the popup shows an article for a page that has none').toBeNull();
    const error = popup.getByTestId('error');
    expect(await error.count()).toBe(1);
    expect(await error.textContent()).toMatch(/no article/i);
    await popup.close();
    await page.close();
  });

  it('a browser page (chrome://version) shows the "browser does not let extensions read this page" error', async () => {
    const { page, tabId } = await harness().openTab('chrome://version');
    const popup = await harness().openPopup(tabId);
    const error = popup.getByTestId('error');
    expect(await error.count()).toBe(1);
    expect(await error.textContent()).toMatch(RESTRICTED_MESSAGE);
    await popup.close();
    await page.close();
  });
});

describe('popup answers to pages that are not plain articles', () => {
  it('a section front (a page of headline cards) gets the "no article" answer, and "show anyway" shows its headlines', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url('/e2e/listing.html'));
    const popup = await harness().openPopup(tabId);
    const error = popup.getByTestId('error');
    await error.waitFor();
    expect(await popup.getByTestId('article-title').count(), 'no fake article for a page of links').toBe(0);
    expect(await error.getAttribute('data-kind')).toBe('not-article');
    await popup.getByTestId('show-anyway').click();
    const body = popup.getByTestId('article-body');
    await body.waitFor();
    expect(normalize(await body.innerText())).toContain('Guvernul a aprobat bugetul pentru anul viitor');
    await popup.close();
    await page.close();
  });

  it('"show anyway" on a page with no article shows what text it has', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url('/e2e/login.html'));
    const popup = await harness().openPopup(tabId);
    expect(await popup.getByTestId('error').getAttribute('data-kind')).toBe('not-article');
    await popup.getByTestId('show-anyway').click();
    const body = popup.getByTestId('article-body');
    await body.waitFor();
    expect(normalize(await body.innerText())).toContain('Forgot your password?');
    // Still sanitized: the form and its inputs are gone.
    expect(await body.locator('form, input, button').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('a page too large to simplify gets a message with its size, not a frozen popup', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url('/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html'));
    // 40,000 more elements than the page had, added by the page itself (as an endless-scroll page would).
    await page.evaluate(() => {
      const box = document.createElement('div');
      for (let i = 0; i < 40_000; i++) box.append(Object.assign(document.createElement('span'), { textContent: 'item' }));
      document.body.append(box);
    });
    const popup = await harness().openPopup(tabId);
    const error = popup.getByTestId('error');
    expect(await error.getAttribute('data-kind')).toBe('too-large');
    expect(await error.textContent()).toMatch(/too large to simplify \([\d,]+ elements; the limit is 30,000\)/);
    await popup.close();
    await page.close();
  });

  it('the new tab page gets the "browser does not let extensions read this page" message', async () => {
    const { page, tabId } = await harness().openTab('chrome://newtab/');
    const popup = await harness().openPopup(tabId);
    expect(await popup.getByTestId('error').textContent()).toMatch(RESTRICTED_MESSAGE);
    await popup.close();
    await page.close();
  });

  it('a page that is still loading gets a "still loading" message, not an empty box', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url('/slow/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html'), 'commit');
    const popup = await harness().context.newPage();
    await popup.goto(harness().popupUrl(tabId));
    await expect.poll(() => popup.getByTestId('loading').textContent(), { timeout: 10_000 }).toMatch(/still loading/i);
    expect(await popup.getByTestId('error').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('removed blocks in the popup', () => {
  it('are grouped by category with counts, and each can be shown again', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url('/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html'));
    const popup = await harness().openPopup(tabId);
    const removed = popup.getByTestId('removed');
    const total = Number(await removed.getAttribute('data-count'));
    expect(total).toBeGreaterThan(0);
    const counts = await removed.locator('section').evaluateAll((sections) =>
      sections.map((section) => ({ id: section.getAttribute('data-testid'), count: Number(section.getAttribute('data-count')), items: section.querySelectorAll('li').length })));
    expect(counts.reduce((sum, group) => sum + group.count, 0)).toBe(total);
    for (const group of counts) expect(group.items).toBe(group.count);
    expect(counts.map((group) => group.id)).toContain('removed-comments');

    // Up front: the one-line summary comes before the article, in words, and opens the list.
    const summary = popup.getByTestId('removed-summary');
    expect(await summary.innerText()).toMatch(/^Removed \d+ blocks?: /);
    expect(await popup.evaluate(() => Boolean(document.querySelector('[data-testid="removed-summary"]')!
      .compareDocumentPosition(document.querySelector('[data-testid="article-body"]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await removed.locator('section h3').allInnerTexts(), 'no rule ids outside the details view').not.toContain(expect.stringMatching(/\w+\.\w+-\w+/));
    await summary.click();
    // A block that stood in the article goes back at its place, marked, with "Remove again" there.
    const body = popup.getByTestId('article-body');
    const textBefore = normalize(await body.innerText());
    const placed = removed.locator('[data-testid="show-removed"][aria-pressed]').first();
    await placed.click();
    const inPlace = body.getByTestId('restored-in-place');
    await inPlace.waitFor();
    const around = await inPlace.evaluate((el) => ({ previous: el.previousElementSibling?.textContent ?? '', next: el.nextElementSibling?.textContent ?? '' }));
    expect(normalize(around.previous + around.next).length, 'article text next to the restored block').toBeGreaterThan(0);
    expect(await inPlace.locator('script, iframe, form').count()).toBe(0);
    expect(await placed.getAttribute('aria-pressed')).toBe('true');
    await inPlace.getByTestId('remove-again').click();
    expect(await body.getByTestId('restored-in-place').count()).toBe(0);
    expect(normalize(await body.innerText())).toBe(textBefore);
    // A block that had no place in the article is shown in the list.
    const unplaced = removed.locator('[data-testid="show-removed"][aria-expanded]').first();
    await unplaced.click();
    const restored = removed.getByTestId('restored-block').first();
    await restored.waitFor();
    expect(normalize(await restored.innerText()).length).toBeGreaterThan(0);
    expect(await restored.locator('script, iframe, form').count()).toBe(0);
    await unplaced.click();
    expect(await removed.getByTestId('restored-block').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
