/**
 * End-to-end: the page under the reader is hostile.
 *  - A page that waits for the reader and then tries everything a page script can (test/e2e/pages/
 *    hostile-reader.html: forged clicks on every point of the toolbar, forged keys, a fake "log in
 *    again" link slipped into the reader's host, reading the host's text, a select-all, window.find,
 *    wrapping attachShadow before the reader runs) can neither save, update nor close anything, nor
 *    change or read what the reader shows. What the reader shows is checked through the DevTools DOM
 *    domain, which reaches the closed shadow root; the library is checked in the library page.
 *  - Even a click that does reach a button, but that the user did not make (dispatched by a script
 *    holding the root), does nothing: the reader's handlers act only on trusted events.
 *  - Nothing is said to the page: while the popup reads it, the page hears no message, no event and
 *    sees no change in its DOM; while the reader is shown and hidden, the only change is the reader's
 *    host element, added and removed. A control shows that the listener hears what an extension script
 *    posts or dispatches (WXT's content-script context did both: a window message and a document event
 *    named after the extension's id).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';
import { clickInReader, HOST, inReader, readerText, waitForReader } from './reader-dom';

const HOSTILE_PAGE = '/e2e/hostile-reader.html';
const TITLE = 'Harbour bridge to close for repairs next spring';
const ROMANIAN_PAGE = '/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html';

const harness = useHarness();

async function showReaderFromPopup(tabId: number): Promise<Page> {
  const popup = await harness().openPopup(tabId);
  await popup.getByTestId('reader-toggle').click();
  await popup.waitForFunction(() => document.querySelector('[data-testid="reader-toggle"]')?.getAttribute('aria-pressed') === 'true');
  return popup;
}

/** What the reader shows, read through the DOM domain: title, body, save status, links, anything with "log in". */
const readerContent = (page: Page) => inReader(page, (root) => ({
  title: root.querySelector('[data-testid="article-title"]')?.textContent ?? null,
  body: root.querySelector<HTMLElement>('[data-testid="reader-body"]')?.innerText ?? null,
  status: root.querySelector('[data-testid="save-status"] .cnr-drawn')?.getAttribute('data-text') ?? null,
  links: Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href')),
  fake: (root.querySelector<HTMLElement>('[data-testid="reader-view"]')?.innerText ?? '').includes('log in again'),
}));

async function libraryTitles(): Promise<string[]> {
  const library = await harness().context.newPage();
  await library.goto(`chrome-extension://${harness().extensionId}/library.html`);
  await library.getByTestId('library-item').first().waitFor();
  const titles = await library.getByTestId('library-item').locator('.item-title').allTextContents();
  await library.close();
  return titles;
}

describe('a hostile page under the reader', () => {
  it('cannot save, update, close, change or read the reader', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(HOSTILE_PAGE));
    const popup = await showReaderFromPopup(tabId);
    await waitForReader(page);
    await page.bringToFront();
    expect(await page.evaluate(() => (window as unknown as { __hostile: { roots: unknown[] } }).__hostile.roots.length),
      'wrapping attachShadow in the page catches nothing').toBe(0);

    // The user saves, with a real click: the only save there is.
    await clickInReader(page, '[data-testid="save"]');
    await expect.poll(() => readerText(page, '[data-testid="save-status"]')).toMatch(/saved to your library/i);
    const before = await readerContent(page);
    expect(before?.title).toBe(TITLE);

    const got = await page.evaluate(() => (window as unknown as { __attack: () => Promise<Record<string, unknown>> }).__attack());
    expect(got).toMatchObject({ shadowRoot: false, capturedRoots: 0, reattached: false, fakeLinkShown: false, readerStillShown: true });
    expect(got.forged, 'the page forged clicks').toBeGreaterThan(100);
    expect({ text: got.hostText, innerText: got.hostInnerText }, 'the host element holds no text of the reader').toEqual({ text: 'Your session expired: log in again', innerText: '' });
    expect(String(got.selection), 'a select-all in the page').not.toMatch(/saved to your library|removed|Reader/i);
    expect(got.findsSaveStatus, 'window.find of the save status').toBe(false);

    // Nothing changed in the reader: no second save ("already saved" / "update"), no fake link, same text.
    expect(await readerContent(page)).toEqual(before);
    await page.keyboard.press('Escape');
    await page.locator(HOST).waitFor({ state: 'detached' });
    expect(await libraryTitles()).toEqual([TITLE]);
    await popup.close();
    await page.close();
  });

  it('ignores a click that reaches the Save button but that the user did not make', async () => {
    const { page, tabId } = await harness().openTab(harness().server.url(ROMANIAN_PAGE));
    const popup = await showReaderFromPopup(tabId);
    await waitForReader(page);
    // A script that holds the closed root (the extension's own world can get it) clicks Save: untrusted.
    const clicked = await popup.evaluate(async (target) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: target },
        func: () => {
          const host = document.querySelector('[data-clean-news-reader]')!;
          const root = (chrome as unknown as { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } }).dom.openOrClosedShadowRoot(host);
          const save = root?.querySelector<HTMLButtonElement>('[data-testid="save"]');
          save?.click();
          save?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          return Boolean(save);
        },
      });
      return result?.result;
    }, tabId);
    expect(clicked, 'the script found the Save button').toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await readerText(page, '[data-testid="save-status"]'), 'no save happened').toBeNull();
    // The same button answers the user's own click.
    await page.bringToFront();
    await clickInReader(page, '[data-testid="save"]');
    await expect.poll(() => readerText(page, '[data-testid="save-status"]')).toMatch(/saved to your library|already saved/i);
    await page.keyboard.press('Escape');
    await popup.close();
    await page.close();
  });
});

/** Installed in the page's own world before its scripts: records messages, events and DOM changes. */
function listenInPage(extensionId: string): void {
  const heard: string[] = [];
  (window as unknown as { __heard: string[] }).__heard = heard;
  const types = new Set<string>(['message', 'wxt:locationchange']);
  for (const name of ['extractor', 'reader', 'content', 'reader-ui']) types.add(`${extensionId}:${name}:wxt:content-script-started`);
  for (const target of [window, document, HTMLElement.prototype]) {
    for (const key in target) if (key.startsWith('on')) types.add(key.slice(2));
  }
  // What opening and closing the popup does to any tab (it loses and regains focus), not what we say.
  const tabFocus = new Set(['blur', 'focus', 'focusin', 'focusout', 'visibilitychange', 'pagehide', 'pageshow', 'freeze', 'resume',
    'pointerover', 'pointerout', 'pointerenter', 'pointerleave', 'mouseover', 'mouseout', 'mouseenter', 'mouseleave', 'mousemove', 'pointermove', 'pointerrawupdate']);
  for (const type of types) {
    if (tabFocus.has(type)) continue;
    const record = (event: Event) => heard.push(`event ${type} on ${event.currentTarget === window ? 'window' : 'document'}${type === 'message' ? ` ${JSON.stringify((event as MessageEvent).data)}` : ''}`);
    window.addEventListener(type, record, true);
    document.addEventListener(type, record, true);
  }
  new MutationObserver((records) => {
    for (const r of records) {
      const what = r.type === 'childList'
        ? `${Array.from(r.addedNodes, (n) => `+${n.nodeName}`).join('')}${Array.from(r.removedNodes, (n) => `-${n.nodeName}`).join('')}`
        : r.type === 'attributes' ? `@${r.attributeName}` : 'text';
      heard.push(`mutation ${what} in ${r.target.nodeName}`);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.splice(0));

describe('nothing said to the page', () => {
  it('a popup read and a reader shown and hidden: no message, no event, no element but the reader', async () => {
    const page = await harness().context.newPage();
    await page.addInitScript(listenInPage, harness().extensionId);
    const { tabId } = await (async () => {
      await page.goto(harness().server.url(ROMANIAN_PAGE));
      const popupPage = await harness().context.newPage();
      await popupPage.goto(harness().popupUrl(2 ** 31 - 1));
      const id = await popupPage.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());
      await popupPage.close();
      return { tabId: id };
    })();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await heard(page); // whatever the page did while loading

    // The control: what an extension script posts or dispatches in the page is heard.
    const control = await harness().context.newPage();
    await control.goto(harness().popupUrl(2 ** 31 - 1));
    await control.evaluate(async ({ target, id }) => {
      await chrome.scripting.executeScript({
        target: { tabId: target },
        args: [id],
        func: (extensionId: string) => {
          window.postMessage({ type: `${extensionId}:extractor:wxt:content-script-started` }, '*');
          document.dispatchEvent(new CustomEvent(`${extensionId}:extractor:wxt:content-script-started`));
        },
      });
    }, { target: tabId, id: harness().extensionId });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.length)).toBeGreaterThanOrEqual(2);
    expect((await heard(page)).map((h) => h.split(' ').slice(0, 4).join(' '))).toEqual(expect.arrayContaining([
      'event message on window', `event ${harness().extensionId}:extractor:wxt:content-script-started on document`,
    ]));
    await control.close();

    // A popup read.
    const popup = await harness().openPopup(tabId);
    expect(await popup.getByTestId('article-title').count()).toBe(1);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await heard(page), 'the page heard the popup read it').toEqual([]);

    // The reader shown and hidden: its host element comes and goes, nothing else.
    await popup.getByTestId('reader-toggle').click();
    await waitForReader(page);
    await popup.getByTestId('reader-toggle').click();
    await page.locator(HOST).waitFor({ state: 'detached' });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await heard(page), 'the page heard the reader').toEqual(['mutation +CLEAN-NEWS-READER in HTML', 'mutation -CLEAN-NEWS-READER in HTML']);
    await popup.close();
    await page.close();
  });
});

declare const chrome: typeof import('wxt/browser').browser;
