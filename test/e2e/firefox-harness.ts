/**
 * The Firefox e2e harness: the fixture server on a random loopback port, Debian's Firefox ESR
 * (headless, over WebDriver BiDi with puppeteer-core) with the Firefox e2e build installed as a
 * temporary add-on, and helpers to open a page in a tab, find its tab id, open the popup for it as an
 * ordinary tab (`popup.html?tabId=N`, as the Chromium harness does) and look into the reader view.
 *
 * The reader view draws in a shadow root that a closed root would keep from the driver; the harness
 * reads it the way the extension itself can, from a script the extension injects into the tab
 * (`element.openOrClosedShadowRoot`, which Firefox gives extension scripts for open and closed roots alike).
 *
 * Every page is watched: a JavaScript dialog, or a console error / uncaught exception in an extension
 * page once it is ready, is recorded and fails the test that caused it.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchFirefoxWithExtension, type LaunchedFirefox } from '../../scripts/firefox';
import { ROOT, startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';

/** The WebExtension API in extension pages (Firefox's `browser` namespace). */
declare const browser: typeof import('wxt/browser').browser;

export const FIREFOX_E2E_BUILD = path.join(ROOT, '.output', 'firefox-mv2-e2e');
export const FIREFOX_PROD_BUILD = path.join(ROOT, '.output', 'firefox-mv2');

/** What the reader view shows, read from inside its shadow root. */
export interface ReaderProbe {
  /** The host element is in the page. */
  present: boolean;
  mode: string | null;
  title: string | null;
  /** The article's text as rendered (innerText of the reader body). */
  text: string | null;
  dir: string | null;
  /** getComputedStyle(body).direction */
  direction: string | null;
  /** Elements in the reader that could run or submit anything. */
  unsafe: number;
}

export interface FirefoxHarness {
  server: FixtureServer;
  firefox: LaunchedFirefox;
  /** moz-extension://<uuid> */
  origin: string;
  /** Opens `url` in a new tab (waiting for `load`) and returns the page with its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens an extension page (`/library.html`…) in a new tab and waits for `selector` in it. */
  openExtensionPage(pagePath: string, selector: string): Promise<Page>;
  /** Opens the popup for `tabId` as a tab and waits until it shows an article or an error. */
  openPopup(tabId: number): Promise<Page>;
  /** What the reader view in `tabId` shows. */
  probeReader(tabId: number): Promise<ReaderProbe>;
  /** Returns and clears the dialogs and extension-page errors recorded so far. */
  takeProblems(): Promise<{ dialogs: string[]; extensionErrors: string[] }>;
  close(): Promise<void>;
}

export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  const server = await startFixtureServer(0);
  let firefox: LaunchedFirefox;
  try {
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
  } catch (error) {
    await server.close();
    throw error;
  }
  const origin = firefox.extensionOrigin;
  const dialogs: string[] = [];
  const extensionErrors: string[] = [];

  const watchDialogs = (page: Page, label: string): void => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()} on ${label}: ${dialog.message()}`);
      dialog.dismiss().catch(() => undefined);
    });
  };

  // The driver reports no console messages or errors from moz-extension:// pages (nor runs preload
  // scripts there), so each extension page records its own from the moment it is ready: console.error
  // calls, uncaught errors, unhandled rejections. They are collected when the test asks and when the
  // page closes. What happens before the page is ready shows in what it renders, which the tests check.
  const extensionPages = new Map<Page, string>();
  const collect = async (page: Page, label: string): Promise<void> => {
    const found = await page
      .evaluate(() => ((window as unknown as { cnrProblems?: string[] }).cnrProblems ?? []).splice(0))
      .catch(() => [] as string[]);
    extensionErrors.push(...found.filter((problem) => !/^console\.error: (Failed to load resource|Loading failed)/.test(problem)).map((problem) => `${problem} on ${label}`));
  };
  const recordProblems = async (page: Page, label: string): Promise<void> => {
    await page.evaluate(() => {
      const problems: string[] = [];
      (window as unknown as { cnrProblems: string[] }).cnrProblems = problems;
      const consoleError = console.error.bind(console);
      console.error = (...args: unknown[]) => {
        problems.push(`console.error: ${args.map(String).join(' ')}`);
        consoleError(...args);
      };
      window.addEventListener('error', (event) => problems.push(`uncaught: ${event.message}`));
      window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
    });
    extensionPages.set(page, label);
    const close = page.close.bind(page);
    page.close = async (options) => {
      extensionPages.delete(page);
      await collect(page, label);
      return close(options);
    };
  };

  /**
   * A tab on an extension page. The driver's navigation to moz-extension:// switches the tab to the
   * extension's process and never reports the load, so the navigation is not awaited: the page is
   * ready when `selector` appears in it. A query that lands on the blank page while it is being
   * replaced fails with a protocol error; it is asked again until the deadline.
   */
  const openExtensionPage = async (pagePath: string, selector: string): Promise<Page> => {
    const page = await firefox.browser.newPage();
    watchDialogs(page, pagePath);
    page.goto(`${origin}${pagePath}`, { timeout: 0 }).catch(() => undefined);
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
        await recordProblems(page, pagePath);
        return page;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };

  // An extension page to call the tabs and scripting APIs from: the popup for a tab that cannot exist.
  const helper = await openExtensionPage(`/popup.html?tabId=${2 ** 31 - 1}`, '[data-testid="error"]');

  const tabIds = (): Promise<{ id: number; url: string | null }[]> =>
    helper.evaluate(async () => (await browser.tabs.query({})).map((tab) => ({ id: tab.id ?? -1, url: tab.url ?? null })));

  return {
    server,
    firefox,
    origin,
    async openTab(url) {
      const before = new Set((await tabIds()).map((tab) => tab.id));
      const page = await firefox.browser.newPage();
      watchDialogs(page, url);
      await page.goto(url, { waitUntil: 'load' });
      const tab = (await tabIds()).find((t) => !before.has(t.id) && t.url === url);
      if (!tab) throw new Error(`no tab id found for ${url}`);
      return { page, tabId: tab.id };
    },
    openExtensionPage,
    openPopup(tabId) {
      return openExtensionPage(`/popup.html?tabId=${tabId}`, '[data-testid="article-title"], [data-testid="error"]');
    },
    async probeReader(tabId) {
      return helper.evaluate(async (id) => {
        const [injection] = await browser.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            const host = document.querySelector('[data-clean-news-reader]');
            const root = (host as (Element & { openOrClosedShadowRoot?: ShadowRoot | null }) | null)?.openOrClosedShadowRoot ?? null;
            const body = root?.querySelector<HTMLElement>('[data-testid="reader-body"]') ?? null;
            return {
              present: host !== null,
              mode: root?.mode ?? null,
              title: root?.querySelector('[data-testid="article-title"]')?.textContent ?? null,
              text: body?.innerText ?? null,
              dir: body?.getAttribute('dir') ?? null,
              direction: body ? getComputedStyle(body).direction : null,
              unsafe: root?.querySelectorAll('script, iframe, object, embed, form').length ?? 0,
            };
          },
        });
        return injection!.result as ReaderProbe;
      }, tabId);
    },
    async takeProblems() {
      for (const [page, label] of extensionPages) await collect(page, label);
      return { dialogs: dialogs.splice(0), extensionErrors: extensionErrors.splice(0) };
    },
    async close() {
      await firefox.close();
      await server.close();
    },
  };
}

/** One harness per file, closed at the end; after each test no dialog anywhere and no error in an extension page. */
export function useFirefoxHarness(): () => FirefoxHarness {
  let harness: FirefoxHarness | undefined;
  beforeAll(async () => {
    harness = await startFirefoxHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(async () => {
    const { dialogs, extensionErrors } = await harness!.takeProblems();
    expect(dialogs, 'dialogs').toEqual([]);
    expect(extensionErrors, 'extension page errors').toEqual([]);
  });
  return () => harness!;
}
