/**
 * `npm run screenshots`: pictures of the popup and the in-page reader on the Romanian, Greek, Arabic and
 * Italian seed pages, in each theme (the popup in the system's light and dark schemes; the reader in
 * light, sepia and dark), made in headless Debian Chromium with the e2e build (built first), so that a
 * reviewer can look at every change. Written to `screenshots/` (not in git): `popup-<lang>-<scheme>.png`,
 * `reader-<lang>-<theme>.png`, `reader-<lang>-end.png` (the reader scrolled to the end of the article) and
 * `popup-<lang>-<scheme>-restored.png` (a removed block shown again at its place in the article).
 * Then the interface in each of its languages (Chromium started with LANGUAGE=<locale>, as a reader whose
 * browser speaks it): `ui-<locale>-popup.png`, `ui-<locale>-popup-saved.png` (the answer of a save, with the
 * offer to keep the pictures), `ui-<locale>-reader.png` (on that language's seed page), `ui-<locale>-library.png`
 * and `ui-<locale>-library-import-error.png` (a file that is not a backup).
 * Options: `--no-build`, `--out DIR`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { keepOffline, launchWithExtension } from './chromium';
import { ROOT, startFixtureServer } from './fixture-server';

declare const chrome: typeof import('wxt/browser').browser;

const PAGES = [
  { lang: 'ro', path: '/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html' },
  { lang: 'el', path: '/fixtures/seeds/001_abf140b8d65e8e25/semantic.html' },
  { lang: 'ar', path: '/fixtures/seeds/002_02c41632957ec01c/semantic.html' },
  { lang: 'it', path: '/fixtures/seeds/004_b8ea717ec7a7f5de/semantic.html' },
];
const READER_THEMES = ['light', 'sepia', 'dark'] as const;
const SCHEMES = ['light', 'dark'] as const;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = path.resolve(outIndex >= 0 ? args[outIndex + 1]! : path.join(ROOT, 'screenshots'));
  if (!args.includes('--no-build')) {
    const build = spawnSync('npm', ['run', '-s', 'build:e2e'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:e2e failed');
  }
  mkdirSync(out, { recursive: true });
  const server = await startFixtureServer(0);
  const browser = await launchWithExtension({ extensionDir: path.join(ROOT, '.output', 'chrome-mv3-e2e'), headless: true });
  const { context, extensionId } = browser;
  await keepOffline(context, () => true);
  const popupUrl = (tabId: number) => `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
  const written: string[] = [];
  try {
    const helper = await context.newPage();
    await helper.goto(popupUrl(2 ** 31 - 1));
    for (const { lang, path: pagePath } of PAGES) {
      const page = await context.newPage();
      const url = server.url(pagePath);
      await page.goto(url);
      const tabId = await helper.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);

      for (const scheme of SCHEMES) {
        const popup = await context.newPage();
        await popup.setViewportSize({ width: 480, height: 600 });
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.goto(popupUrl(tabId));
        await popup.getByTestId('article-body').waitFor();
        const file = path.join(out, `popup-${lang}-${scheme}.png`);
        await popup.screenshot({ path: file });
        written.push(file);
        // "Show again" on the first removed block that had a place: it is back in the article, marked.
        await popup.getByTestId('removed-summary').click();
        const placed = popup.locator('[data-testid="show-removed"][aria-pressed]').first();
        if (await placed.count() > 0) {
          await placed.click();
          await popup.getByTestId('restored-in-place').waitFor();
          const restored = path.join(out, `popup-${lang}-${scheme}-restored.png`);
          await popup.screenshot({ path: restored });
          written.push(restored);
        }
        await popup.close();
      }

      for (const theme of READER_THEMES) {
        await helper.evaluate((t) => chrome.storage.local.set({ readerSettings: { theme: t, fontFamily: 'serif', fontSize: 19, lineWidth: 66, pictures: 'show' }, readerSettings$: { v: 3 } }), theme);
        const popup = await context.newPage();
        await popup.goto(popupUrl(tabId));
        await popup.getByTestId('reader-toggle').click();
        await popup.waitForFunction(() => document.querySelector('[data-testid="reader-toggle"]')?.getAttribute('aria-pressed') === 'true');
        await page.bringToFront();
        await page.waitForTimeout(300);
        const file = path.join(out, `reader-${lang}-${theme}.png`);
        await page.screenshot({ path: file });
        written.push(file);
        if (theme === 'light') {
          // The reader further down: the summary of what was removed and the end of the article.
          await page.keyboard.press('End');
          await page.waitForTimeout(200);
          const end = path.join(out, `reader-${lang}-end.png`);
          await page.screenshot({ path: end });
          written.push(end);
        }
        await page.keyboard.press('Escape');
        await popup.close();
      }
      await page.close();
    }
    await helper.evaluate(() => chrome.storage.local.remove(['readerSettings', 'readerSettings$']));
  } finally {
    await browser.close();
  }
  try {
    for (const { lang, path: pagePath } of PAGES) written.push(...await interfaceIn(lang, server.url(pagePath), out));
    console.log(`${written.length} screenshots in ${path.relative(process.cwd(), out) || '.'}/`);
  } finally {
    await server.close();
  }
}

/** The popup, the reader and the library with the browser's interface in `locale`, on `url` (a page in that language). */
async function interfaceIn(locale: string, url: string, out: string): Promise<string[]> {
  const browser = await launchWithExtension({ extensionDir: path.join(ROOT, '.output', 'chrome-mv3-e2e'), headless: true, env: { LANGUAGE: locale } });
  const { context, extensionId } = browser;
  await keepOffline(context, () => true);
  const file = (name: string): string => path.join(out, `ui-${locale}-${name}.png`);
  const files = { popup: file('popup'), saved: file('popup-saved'), reader: file('reader'), library: file('library'), importError: file('library-import-error') };
  try {
    const page = await context.newPage();
    await page.goto(url);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${2 ** 31 - 1}`);
    const tabId = await popup.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
    await popup.setViewportSize({ width: 480, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('article-body').waitFor();
    await popup.screenshot({ path: files.popup });
    await popup.getByTestId('save').click();
    await popup.getByTestId('save-status').waitFor();
    await popup.getByTestId('save-status').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: files.saved });
    await popup.getByTestId('reader-toggle').click();
    await popup.waitForFunction(() => document.querySelector('[data-testid="reader-toggle"]')?.getAttribute('aria-pressed') === 'true');
    await page.bringToFront();
    await page.waitForTimeout(300);
    await page.screenshot({ path: files.reader });
    const library = await context.newPage();
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    await library.waitForLoadState('networkidle');
    await library.screenshot({ path: files.library });
    await library.getByTestId('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "something else"}') });
    await library.getByTestId('import-error').waitFor();
    await library.screenshot({ path: files.importError });
  } finally {
    await browser.close();
  }
  return Object.values(files);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
