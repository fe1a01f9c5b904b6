/**
 * End-to-end: remote content and the pictures setting, with a tracker. One loopback server plays two
 * sites: the news page at http://127.0.0.1:<port>/article.html, and a tracker at
 * http://localhost:<port> that the user visited before (it set a SameSite=None cookie and a Lax one)
 * and whose pictures, lazy picture and video the article embeds. The tracker logs every request it
 * gets, with its Cookie, Referer and Origin headers.
 *
 * A second article (/own-….html) has one picture from its own site only (127.0.0.1, which the e2e build
 * may fetch from, as if the user had allowed pictures to be saved): a save downloads it, unless
 * pictures are "never". (An article with a picture the extension may not fetch is saved as text.)
 *
 * - "show" (the default): the popup shows the pictures, and no request from it carries a cookie, a
 *   referrer or an Origin; the video waits behind a click-to-load placeholder. The saved article in
 *   the library shows its own copy and sends no request at all.
 * - "click": nothing is fetched until a placeholder is clicked; then that one picture, cookie-free.
 * - "never": nothing at all is fetched, saving included (and the pages carry the stricter CSP).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_REMOTE_PICTURES_CSP } from '../../components/pictures-policy';
import { ARTICLE_TEXTS } from '../article-texts';
import { articlePage } from '../helpers';
import { useHarness } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

const harness = useHarness();
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

interface Seen { path: string; cookie?: string; referer?: string; origin?: string }
let server: Server;
let port = 0;
/** Requests the tracker (http://localhost:<port>) received. */
const seen: Seen[] = [];
/** Requests for the article site's own picture (http://127.0.0.1:<port>/own/…). */
const own: string[] = [];
const ownRequests = (): string[] => [...own];

function page(tracker: string): string {
  const { title, paragraphs } = ARTICLE_TEXTS.en;
  return articlePage({
    lang: 'en', title, paragraphs, after: 2,
    clutter: `<figure><img src="${tracker}/img/lead.gif" alt="The council chamber" width="600" height="400"><figcaption>The council chamber.</figcaption></figure>
<p>${paragraphs[0]} <img data-src="${tracker}/img/lazy.gif" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Lazy"></p>
<video src="${tracker}/media/clip.mp4" poster="${tracker}/img/poster.gif" controls autoplay preload="auto" crossorigin="use-credentials"></video>`,
  });
}

/** An article whose one picture is on its own site. */
function ownPicturePage(): string {
  const { title, paragraphs } = ARTICLE_TEXTS.en;
  return articlePage({ lang: 'en', title, paragraphs, after: 2, clutter: '<figure><img src="/own/photo.gif" alt="The mayor"><figcaption>The mayor.</figcaption></figure>' });
}

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    const host = request.headers.host ?? '';
    if (host.startsWith('localhost:')) {
      seen.push({ path: request.url ?? '', cookie: request.headers.cookie, referer: request.headers.referer, origin: request.headers.origin });
      if (request.url === '/set') {
        response.setHeader('Set-Cookie', ['tracker=1; SameSite=None; Secure; Path=/', 'lax=1; SameSite=Lax; Path=/']);
        response.end('cookies set');
        return;
      }
      response.setHeader('Content-Type', request.url?.startsWith('/img/') ? 'image/gif' : 'video/mp4');
      response.end(request.url?.startsWith('/img/') ? GIF : Buffer.alloc(0));
      return;
    }
    if (request.url?.startsWith('/own/')) {
      own.push(request.url);
      response.setHeader('Content-Type', 'image/gif');
      response.end(GIF);
      return;
    }
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(request.url?.startsWith('/own-') ? ownPicturePage() : page(`http://localhost:${port}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  // The user has visited the tracker's site: its cookies are in the browser.
  const visit = await harness().context.newPage();
  await visit.goto(`http://localhost:${port}/set`);
  await visit.close();
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Stores the pictures setting as the reader view's control does (WXT storage, version 3). */
async function setPictures(pictures: 'show' | 'click' | 'never'): Promise<void> {
  const helper = await harness().context.newPage();
  await helper.goto(harness().popupUrl(2 ** 31 - 2));
  await helper.getByTestId('error').waitFor();
  await helper.evaluate(async (value) => {
    const { readerSettings } = await chrome.storage.local.get('readerSettings');
    await chrome.storage.local.set({ readerSettings: { ...(readerSettings as object | undefined), pictures: value }, readerSettings$: { v: 3 } });
  }, pictures);
  await helper.close();
}

/** The news page in a tab, loaded (its own requests done), and the logs emptied. */
async function openArticle(name = 'article'): Promise<{ tab: Page; tabId: number }> {
  const { page: tab, tabId } = await harness().openTab(`http://127.0.0.1:${port}/${name}.html`);
  await tab.waitForTimeout(300);
  seen.length = 0;
  own.length = 0;
  return { tab, tabId };
}

async function openSaved(name: string): Promise<Page> {
  const library = await harness().context.newPage();
  await library.goto(`chrome-extension://${harness().extensionId}/library.html#/article/${encodeURIComponent(`http://127.0.0.1:${port}/${name}.html`)}`);
  await library.getByTestId('reader-body').waitFor();
  return library;
}

const settle = (page: Page): Promise<void> => page.waitForTimeout(800);

describe('remote content in extension pages', () => {
  it('"show": pictures load without cookie, referrer or Origin; the video waits for a click', async () => {
    await setPictures('show');
    const { tab, tabId } = await openArticle();
    const popup = await harness().openPopup(tabId);
    const body = popup.getByTestId('article-body');
    await expect.poll(() => body.locator('img[src$="/img/lead.gif"]').count()).toBe(1);
    await settle(popup);
    expect(seen.map((s) => s.path)).toContain('/img/lead.gif');
    expect(seen.filter((s) => s.cookie || s.referer || s.origin), 'requests with a cookie, referrer or origin').toEqual([]);
    // The video (and its poster) is a placeholder, its attributes that load or play by themselves gone.
    expect(await body.locator('video').count()).toBe(0);
    const placeholder = body.locator('[data-cnr-held]');
    expect(await placeholder.textContent()).toMatch(/Video .*load/);
    await placeholder.click();
    const video = body.locator('video');
    await video.waitFor();
    expect(await video.evaluate((v) => ['autoplay', 'preload', 'crossorigin', 'loop'].filter((a) => v.hasAttribute(a)))).toEqual([]);
    await settle(popup);
    expect(seen.filter((s) => s.cookie || s.referer || s.origin), 'requests with a cookie, referrer or origin').toEqual([]);
    expect(seen.some((s) => s.path === '/img/poster.gif' || s.path === '/media/clip.mp4')).toBe(true);

    // Saved (as text: the extension may not fetch from the tracker's site): in the library the article
    // shows no remote picture and sends no request; its video is named as not saved.
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent()).toMatch(/saved/i);
    seen.length = 0;
    const library = await openSaved('article');
    const saved = library.getByTestId('reader-body');
    expect(await saved.locator('img[src], video, audio').count()).toBe(0);
    expect(await saved.getByText(/Video .*not saved/).count()).toBe(1);
    await settle(library);
    expect(seen, 'library requests to the tracker').toEqual([]);
    await Promise.all([library.close(), popup.close(), tab.close()]);
  });

  it('"show": a save downloads the pictures it may, once; the library shows that copy and asks no site', async () => {
    await setPictures('show');
    const { tab, tabId } = await openArticle('own-show');
    const popup = await harness().openPopup(tabId);
    await popup.getByTestId('article-body').locator('img[src$="/own/photo.gif"]').waitFor();
    await settle(popup);
    own.length = 0; // the popup showed the picture: only the save's download counts now
    await popup.getByTestId('save').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent()).toMatch(/1 picture saved/);
    expect(own).toEqual(['/own/photo.gif']);
    own.length = 0;
    const library = await openSaved('own-show');
    await expect.poll(() => library.getByTestId('reader-body').locator('img[src^="blob:"]').count()).toBe(1);
    await settle(library);
    expect(own, 'library requests to the site').toEqual([]);
    await Promise.all([library.close(), popup.close(), tab.close()]);
  });

  it('"click": nothing is fetched until a placeholder is clicked, then only that picture, cookie-free', async () => {
    await setPictures('click');
    const { tab, tabId } = await openArticle();
    const popup = await harness().openPopup(tabId);
    const body = popup.getByTestId('article-body');
    await settle(popup);
    expect(seen, 'requests before any click').toEqual([]);
    expect(await body.locator('img').count()).toBe(0);
    await body.locator('[data-cnr-held]', { hasText: 'The council chamber' }).click();
    await body.locator('img[src$="/img/lead.gif"]').waitFor();
    await settle(popup);
    expect(seen).toEqual([{ path: '/img/lead.gif' }]);
    await Promise.all([popup.close(), tab.close()]);
  });

  it('"never": no request leaves for any site, in the popup, when saving or in the library; the pages have the stricter CSP', async () => {
    await setPictures('never');
    const { tab, tabId } = await openArticle('never');
    const popup = await harness().openPopup(tabId);
    const library = await openSaved('article'); // saved by the first test, with a video
    await Promise.all([settle(popup), settle(library)]);
    expect(seen, 'requests to the tracker').toEqual([]);
    for (const shown of [popup, library]) {
      expect(await shown.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(NO_REMOTE_PICTURES_CSP);
      expect(await shown.locator('img[src], video, audio, [data-cnr-held]').count()).toBe(0);
    }
    expect(await popup.getByText(/Picture: The council chamber .* not shown/).count()).toBe(1);
    expect(await popup.getByText(/Video .* not shown/).count()).toBe(1);
    await Promise.all([library.close(), popup.close(), tab.close()]);

    // A save downloads nothing, even where it may; the library does not offer to fetch what is missing.
    const own = await openArticle('own-never');
    const ownPopup = await harness().openPopup(own.tabId);
    await ownPopup.getByTestId('save').click();
    await expect.poll(() => ownPopup.getByTestId('save-status').textContent()).toMatch(/No pictures/);
    expect(await ownPopup.getByTestId('picture-offer').count()).toBe(0);
    const ownLibrary = await openSaved('own-never');
    await settle(ownLibrary);
    expect(ownRequests(), 'requests for the site\'s picture').toEqual([]);
    expect(await ownLibrary.locator('img[src]').count()).toBe(0);
    expect(await ownLibrary.getByTestId('fetch-pictures').count()).toBe(0);
    expect(await ownLibrary.getByTestId('pictures-off').textContent()).toMatch(/No pictures/);
    await Promise.all([ownLibrary.close(), ownPopup.close(), own.tab.close()]);
  });
});
