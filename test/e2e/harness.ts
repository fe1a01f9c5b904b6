/**
 * The e2e harness: the fixture server on a random loopback port, Debian's Chromium (headless) with the
 * e2e build of the extension, and helpers to open a page in a tab, find its tab id and open the popup
 * for that tab as an ordinary page (`popup.html?tabId=N`; the real toolbar popup cannot be automated).
 *
 * Every page is watched: a JavaScript dialog anywhere, or a console error / uncaught exception in an
 * extension page, is recorded and fails the test that caused it.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { keepOffline, launchWithExtension, type LaunchedBrowser } from '../../scripts/chromium';
import { ROOT, startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';

/** Types for code that runs inside extension pages via page.evaluate. */
declare const chrome: typeof import('wxt/browser').browser;

export const E2E_BUILD = path.join(ROOT, '.output', 'chrome-mv3-e2e');
export const PROD_BUILD = path.join(ROOT, '.output', 'chrome-mv3');

export interface Harness {
  server: FixtureServer;
  browser: LaunchedBrowser;
  context: BrowserContext;
  extensionId: string;
  /** Dialogs (alert/confirm/prompt/beforeunload) seen on any page since the last `takeProblems()`. */
  dialogs: string[];
  /** Console errors and uncaught exceptions of extension pages since the last `takeProblems()`. */
  extensionErrors: string[];
  /** Opens `url` in a new tab (waiting for `load`, or less) and returns the page with its tab id. */
  openTab(url: string, waitUntil?: 'load' | 'domcontentloaded' | 'commit'): Promise<{ page: Page; tabId: number }>;
  /** Opens the popup for `tabId` as a page and waits until it shows an article or an error. */
  openPopup(tabId: number): Promise<Page>;
  /** The popup's address for `tabId`, to open it without waiting for anything. */
  popupUrl(tabId: number): string;
  /** Returns and clears the recorded dialogs and extension-page errors. */
  takeProblems(): { dialogs: string[]; extensionErrors: string[] };
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra Chromium switches (e.g. --enable-speech-dispatcher for the system's voices). */
  args?: string[];
  /** Environment of the browser process (e.g. LANGUAGE for its interface language). */
  env?: Record<string, string>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const server = await startFixtureServer(0);
  const browser = await launchWithExtension({
    extensionDir: E2E_BUILD,
    headless: true,
    // Belt and braces for the closed network: no name but the loopback addresses resolves ("localhost"
    // is a second site on this computer, for the tracker of test/e2e/remote-content.test.ts).
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost', ...(options.args ?? [])],
    env: options.env,
  });
  const { context, extensionId } = browser;
  await keepOffline(context, () => true);

  const dialogs: string[] = [];
  const extensionErrors: string[] = [];
  const watch = (page: Page): void => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()} on ${page.url()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      // A missing article image (the page's own broken link) is logged as an error but is not ours.
      if (message.type() === 'error' && page.url().startsWith('chrome-extension://') && !message.text().startsWith('Failed to load resource')) {
        extensionErrors.push(`console.error on ${page.url()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => {
      if (page.url().startsWith('chrome-extension://')) extensionErrors.push(`uncaught on ${page.url()}: ${error.message}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  const popupUrl = (tabId: number): string => `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;

  // An extension page to call chrome.tabs from. The extension has no background service worker, so
  // the popup page itself serves: opened for a tab id that cannot exist, it just shows an error.
  const helper = await context.newPage();
  await helper.goto(popupUrl(2 ** 31 - 1));
  await helper.getByTestId('error').waitFor();
  if ((await helper.evaluate(() => chrome.runtime.id)) !== extensionId) throw new Error('extension id mismatch');

  const tabIds = (): Promise<{ id: number; url: string | null }[]> =>
    helper.evaluate(async () => (await chrome.tabs.query({})).map((tab) => ({ id: tab.id ?? -1, url: tab.url ?? null })));

  return {
    server,
    browser,
    context,
    extensionId,
    dialogs,
    extensionErrors,
    async openTab(url, waitUntil = 'load') {
      const before = new Set((await tabIds()).map((tab) => tab.id));
      const page = await context.newPage();
      await page.goto(url, { waitUntil });
      const tabs = (await tabIds()).filter((tab) => !before.has(tab.id));
      // The host permission lets us match http://127.0.0.1 tabs by URL; browser pages (chrome://…) keep
      // their URL hidden, so there the new tab is the one that was not there before.
      const tab = tabs.find((t) => t.url === page.url()) ?? (tabs.length === 1 ? tabs[0] : undefined);
      if (!tab) throw new Error(`no tab id found for ${url} (new tabs: ${JSON.stringify(tabs)})`);
      return { page, tabId: tab.id };
    },
    popupUrl,
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(popupUrl(tabId));
      await popup.getByTestId('article-title').or(popup.getByTestId('error')).first().waitFor({ timeout: 30_000 });
      return popup;
    },
    takeProblems() {
      const problems = { dialogs: dialogs.splice(0), extensionErrors: extensionErrors.splice(0) };
      return problems;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The hooks every e2e file needs: one harness for the file, closed at the end, and after each test no
 * dialog on any page and no error in any extension page. Returns the harness (set once beforeAll ran).
 */
export function useHarness(options: HarnessOptions = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    const { dialogs, extensionErrors } = harness!.takeProblems();
    expect(dialogs, 'dialogs').toEqual([]);
    expect(extensionErrors, 'extension page errors').toEqual([]);
  });
  return () => harness!;
}
