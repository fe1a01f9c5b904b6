/**
 * End-to-end: every payload of ../shared/security/xss-vectors.json (223), inside an ordinary news
 * article, through the built extension in real Chromium and every place it renders page content
 * today: the popup (title, byline, article, each removed block shown again) and the reader overlay
 * in the page (toggled from the popup).
 *
 * The pages come from the fixture server's /xss/<n>.html route (scripts/fixture-server.ts): the
 * English council-budget story with payload n as raw markup between its paragraphs and in a reader
 * comment the rules remove, and as text in <title>, og:title, the author and site-name metadata and a
 * byline line; the test adds it, URL-encoded, to the page's address (a link can carry anything). A
 * server route rather than Playwright interception: the pages are real HTTP responses with a real CSP
 * header, and any one of them can be opened by hand (`npm start -- --page /xss/17.html`).
 *
 * The payloads sit in the page, where they would run as the page's own scripts and raise dialogs
 * that are not the extension's doing; so the route sends the strict CSP of /csp/ (no script, no
 * style). Each page carries one inline script of its own as a canary: the test checks that the CSP
 * blocked it, i.e. that the page is really scriptless.
 *
 * What must hold, for every payload:
 *  - no JavaScript dialog on any page (the harness records them) and no console error in the popup;
 *  - the trap stays silent: an init script in every page and extension page records CSP violations
 *    (`securitypolicyviolation`). The popup's own CSP (MV3: `script-src 'self'`) refuses inline
 *    handlers and javascript: URLs, so any attempt to run page code in the popup is reported there,
 *    whether or not it would have called alert. In the page, a violation whose event path passes
 *    through our overlay's host element came from what we rendered (a positive control writes a
 *    handler into each rendering and checks that the trap sees it);
 *  - the HTML as rendered — the popup's article body, each restored removed block, the overlay's
 *    reader body — passes `unsafeParts` (test/unsafe-html.ts), both on the live DOM (no re-parse)
 *    and re-parsed from its innerHTML in jsdom (what a stored copy would become);
 *  - the popup document and the overlay's whole shadow root hold no handler attribute, frame,
 *    object, form, foreign script or javascript:/data: address anywhere, around the content too;
 *  - title, byline and site name are text: the shown title equals the page's title text (its
 *    og:title, with the entity decoding Readability applies to metadata) and has no element
 *    children, in the popup and in the overlay; the overlay shows the page address as text;
 *  - the comment below the article is removed, and every removed block can be shown again;
 *  - the popup shows the article for every payload page: the three paragraphs before the payload,
 *    and every later one that Chromium parsed as an ordinary paragraph of the page, are in the popup
 *    and in the overlay.
 *
 * Why the overlay needs the structural check: the page's CSP also governs markup inside our overlay's
 * shadow root. A handler that our content script writes there (from the extension's isolated world)
 * still compiles and runs in the page's main world, under the page's CSP: on these pages it is
 * blocked (and reported to the trap), on a page without CSP it runs (a second control shows that).
 * So "no dialog" in the overlay of a CSP page proves little by itself; the proof that the overlay
 * could not run anything on any page is `unsafeParts` on its live DOM: no handler, script, frame or
 * script URL in it. (Images in the overlay load under the extension's rules, not the page's img-src.)
 *
 * Speed: one tab and one popup page for all payloads (a fresh pair after a failure, in case the tab
 * froze). The tab goes to the next payload page, the popup is reloaded for the same tab id; buttons
 * are clicked and the results read with one evaluate call each rather than many Playwright actions.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../bench/score';
import { unsafeParts } from '../unsafe-html';
import type { Harness } from './harness';
import {
  evaluateWithCheckers, expectedMetadata, HOST, pageFacts, PARAGRAPHS, type RenderedArticle, scriptableParts, useHostileRun, vectors, type Violation,
} from './hostile-helpers';
import { callInReader } from './reader-dom';
import { unsafeNodeParts } from '../unsafe-html';

interface Rendered {
  title: { text: string; elements: number } | null;
  byline: { text: string; elements: number } | null;
  bodyText: string;
  bodyHtml: string;
  liveUnsafe: string[];
  restored: { html: string; liveUnsafe: string[] }[];
  /** The marker lines of blocks shown again in the article (our markup, not the page's). */
  restoredBars: string[];
  scriptable: string[];
  violations: Violation[];
  error: string | null;
  removedCount: number;
}

/** Opens the removed list and clicks each "Show again" in turn (one DOM click each, waiting for its block); returns how many. */
function showRemovedAgain(popup: Page): Promise<number> {
  return popup.evaluate(async () => {
    const details = document.querySelector<HTMLDetailsElement>('[data-testid="removed"]');
    if (details) details.open = true;
    const count = document.querySelectorAll('[data-testid="show-removed"]').length;
    for (let i = 0; i < count; i++) {
      document.querySelectorAll<HTMLButtonElement>('[data-testid="show-removed"]')[i]!.click();
      const deadline = Date.now() + 2_000;
      while (document.querySelectorAll('[data-testid="restored-block"], [data-testid="restored-in-place"]').length <= i && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    return count;
  });
}

/** Reads what the popup rendered. */
function readPopup(popup: Page): Promise<Rendered> {
  return evaluateWithCheckers(popup, (unsafe, scriptable) => {
    const $ = (id: string): HTMLElement | null => document.querySelector(`[data-testid="${id}"]`);
    const textOf = (el: Element | null) => (el ? { text: el.textContent ?? '', elements: el.childElementCount } : null);
    const body = $('article-body');
    // A block shown again in the article carries our marker line (restore-in-place.ts: a label and a
    // "Remove again" button): checked to be exactly that, then left out of the checks of page markup.
    const bars = body ? Array.from(body.querySelectorAll('.cnr-restored-bar'), (bar) => bar.outerHTML) : [];
    const pageMarkup = (el: Element): Element => {
      const copy = el.cloneNode(true) as Element;
      for (const bar of Array.from(copy.querySelectorAll('.cnr-restored-bar'))) bar.remove();
      return copy;
    };
    return {
      title: textOf($('article-title')),
      byline: textOf($('article-byline')),
      bodyText: body?.innerText ?? '',
      bodyHtml: body ? pageMarkup(body).innerHTML : '',
      liveUnsafe: body ? unsafe(pageMarkup(body)) : ['no article body'],
      restoredBars: bars,
      restored: Array.from(document.querySelectorAll('[data-testid="restored-block"], [data-testid="restored-in-place"]'), (el) => ({ html: pageMarkup(el).innerHTML, liveUnsafe: unsafe(pageMarkup(el)) })),
      scriptable: scriptable(document),
      violations: (window as unknown as { __cnrTrap: Violation[] }).__cnrTrap.slice(),
      error: $('error')?.textContent ?? null,
      removedCount: Number($('removed')?.getAttribute('data-count') ?? 0),
    };
  }, null);
}

interface Overlay extends RenderedArticle {
  canaryRan: boolean;
}

/** What the overlay rendered, read on its (closed) shadow root; self-contained, it is sent as source. */
function readRoot(root: ShadowRoot, unsafe: typeof unsafeNodeParts, scriptable: typeof scriptableParts) {
  const $ = (selector: string): HTMLElement | null => root.querySelector(selector);
  const textOf = (el: Element | null) => (el ? { text: el.textContent ?? '', elements: el.childElementCount } : null);
  const body = $('[data-testid="reader-body"]');
  if (!body) return null;
  return {
    title: textOf($('[data-testid="article-title"]')),
    byline: textOf($('[data-testid="article-byline"]')),
    source: $('.cnr-source')?.textContent ?? null,
    bodyText: body.innerText,
    bodyHtml: body.innerHTML,
    liveUnsafe: unsafe(body),
    scriptable: scriptable(root),
  };
}

/**
 * Waits for the overlay and reads what it rendered in the page. Its shadow root is closed: it is
 * reached through the DevTools DOM domain (test/e2e/reader-dom.ts), which the page does not have.
 */
async function readOverlay(page: Page): Promise<Overlay> {
  const declaration = `function () { return (${readRoot.toString()})(this, ${unsafeNodeParts.toString()}, ${scriptableParts.toString()}); }`;
  const deadline = Date.now() + 10_000;
  let read = await callInReader<ReturnType<typeof readRoot>>(page, declaration);
  while (!read && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    read = await callInReader<ReturnType<typeof readRoot>>(page, declaration);
  }
  const inPage = await page.evaluate(() => ({
    violations: (window as unknown as { __cnrTrap: Violation[] }).__cnrTrap.slice(),
    canaryRan: document.documentElement.dataset.pageScript === 'ran',
    host: document.querySelector('[data-clean-news-reader]') !== null,
  }));
  return {
    title: null, byline: null, source: null, bodyText: '', bodyHtml: '', liveUnsafe: ['no reader body'], scriptable: [],
    ...read,
    violations: inPage.violations,
    canaryRan: inPage.canaryRan,
    missing: read ? null : `no reader overlay after 10 s (host element: ${inPage.host})`,
  };
}

/** Clicks the popup's reader toggle once it is enabled (it waits to learn whether the overlay is shown); returns why not, if it cannot. */
function toggleReader(popup: Page): Promise<string | null> {
  return popup.evaluate(async () => {
    const deadline = Date.now() + 10_000;
    const button = () => document.querySelector<HTMLButtonElement>('[data-testid="reader-toggle"]');
    while ((!button() || button()!.disabled) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    if (!button() || button()!.disabled) return 'the reader toggle is missing or stays disabled';
    button()!.click();
    return null;
  });
}

/** Writes `html` into the overlay's reader body from the extension's isolated world in the tab: where the overlay renders. */
async function writeIntoOverlay({ popup, tabId }: { popup: Page; tabId: number }, html: string): Promise<void> {
  await popup.evaluate(async ({ target, markup, host }) => {
    await chrome.scripting.executeScript({
      target: { tabId: target },
      args: [markup, host],
      func: (content: string, hostSelector: string) => {
        // The root is closed; the extension's own world can still open it.
        const dom = (chrome as unknown as { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot } }).dom;
        // eslint-disable-next-line no-unsanitized/property -- the point of the positive control
        dom.openOrClosedShadowRoot(document.querySelector(hostSelector)!).querySelector('[data-testid="reader-body"]')!.innerHTML = content;
      },
    });
  }, { target: tabId, markup: html, host: HOST });
}

const run = useHostileRun();
const { shared } = run;
let harness: Harness;
beforeAll(() => {
  harness = run.harness();
});
/** Payloads that swallowed some of the story's later paragraphs in the page itself (reported at the end). */
const swallowing: number[] = [];

afterAll(() => {
  const seconds = run.seconds();
  if (seconds) {
    console.log(`hostile.test.ts: ${vectors.length} payloads in ${seconds} s; `
      + `${swallowing.length} of them swallow later paragraphs of the page itself (${swallowing.map((i) => `#${i}`).join(' ')})`);
  }
});

describe('the hostile pages and the trap', () => {
  it('has the 223 vectors, and every payload page is served with the strict CSP', async () => {
    expect(vectors).toHaveLength(223);
    const response = await fetch(harness.server.url('/xss/0.html'));
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'none'/);
    expect((await fetch(harness.server.url(`/xss/${vectors.length}.html`))).status).toBe(404);
  });

  it('the trap reports code that tries to run in the popup and in the overlay (positive control)', async () => {
    const { tab, tabId, popup } = shared;
    await tab.goto(harness.server.url('/xss/0.html'));
    await popup.goto(harness.popupUrl(tabId));
    await popup.getByTestId('article-body').waitFor();
    expect(await toggleReader(popup)).toBeNull();
    expect((await readOverlay(tab)).missing).toBeNull();
    // A stand-in for an escape: markup with a handler written straight into both renderings, each
    // from the world that renders it (the popup page; the overlay's isolated world in the tab).
    const marker = '<img src="/nowhere.gif" onerror="void 0"><a href="javascript:void 0">x</a>';
    // eslint-disable-next-line no-unsanitized/property -- the point of this control
    await popup.evaluate((html) => { document.querySelector('[data-testid="article-body"]')!.innerHTML = html; }, marker);
    await writeIntoOverlay(shared, marker);
    const popupRead = await readPopup(popup);
    await expect.poll(async () => (await readPopup(popup)).violations.length).toBeGreaterThan(0);
    await expect.poll(async () => (await pageFacts(tab)).violations.filter((v) => v.inOverlay).length).toBeGreaterThan(0);
    expect(popupRead.liveUnsafe).toEqual(expect.arrayContaining(['onerror handler on <img>', 'href="javascript:void 0" on <a>']));
    expect(popupRead.scriptable).toEqual(expect.arrayContaining(['onerror on <img>']));
    expect((await readOverlay(tab)).liveUnsafe).toContain('onerror handler on <img>');
    const facts = await pageFacts(tab);
    expect(facts.canaryRan, 'the page CSP let the page script run').toBe(false);
    expect(facts.violations.some((v) => !v.inOverlay && v.directive.startsWith('script-src')), 'the canary script was reported').toBe(true);
    // The blocked handler is also a console error in the popup: expected here, cleared for the next test.
    await expect.poll(() => harness.extensionErrors.some((e) => /inline event handler/i.test(e))).toBe(true);
    harness.takeProblems();
  });

  it('on a page without CSP, a handler in the overlay would run: the structural check is what proves the overlay safe', async () => {
    const { tab, tabId, popup } = shared;
    // Written by the extension's isolated world, the handler still compiles and runs in the page's
    // main world; only the page's CSP stopped it above.
    await tab.goto(harness.server.url('/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html'));
    await popup.goto(harness.popupUrl(tabId));
    await popup.getByTestId('article-body').waitFor();
    expect(await toggleReader(popup)).toBeNull();
    expect((await readOverlay(tab)).missing).toBeNull();
    await writeIntoOverlay(shared, '<img src="/nowhere.gif" onerror="alert(\'a handler in the overlay ran\')">');
    await expect.poll(() => harness.dialogs.some((d) => d.includes('a handler in the overlay ran'))).toBe(true);
    harness.takeProblems();
  });
});

describe('XSS vectors in an article page: popup and reader overlay in Chromium', () => {
  for (const { index, name, payload } of vectors) {
    it(name, async () => {
      const { tab, tabId, popup } = shared;
      const url = harness.server.url(`/xss/${index}.html?from=${encodeURIComponent(payload)}`);
      await tab.goto(url, { waitUntil: 'domcontentloaded' });
      const facts = await pageFacts(tab);
      expect(facts.canaryRan, 'the page CSP let the page script run').toBe(false);
      expect(facts.paragraphs, 'the page itself holds the first three paragraphs').toEqual(expect.arrayContaining(PARAGRAPHS.slice(0, 3)));
      if (facts.paragraphs.length < PARAGRAPHS.length) swallowing.push(index);
      const { title: expectedTitle, byline: expectedByline } = expectedMetadata(index, url);

      // The popup.
      await popup.goto(harness.popupUrl(tabId), { waitUntil: 'commit' });
      await popup.getByTestId('article-title').or(popup.getByTestId('error')).first().waitFor({ state: 'attached', timeout: 30_000 });
      const shownAgain = await showRemovedAgain(popup);
      const shown = await readPopup(popup);
      expect(shown.error, 'the popup shows an error instead of the article').toBeNull();
      expect(shown.title).toEqual({ text: expectedTitle, elements: 0 });
      expect(shown.byline).toEqual({ text: expectedByline, elements: 0 });
      const bodyText = normalize(shown.bodyText);
      expect(facts.paragraphs.filter((p) => !bodyText.includes(normalize(p))), 'paragraphs missing from the popup').toEqual([]);
      expect(shown.liveUnsafe, 'popup article (live DOM)').toEqual([]);
      expect(unsafeParts(shown.bodyHtml), 'popup article (re-parsed)').toEqual([]);
      expect(shown.removedCount, 'the comment below the article is removed').toBeGreaterThan(0);
      expect(shownAgain, '"Show again" buttons').toBe(shown.removedCount);
      expect(shown.restored, 'removed blocks shown again').toHaveLength(shown.removedCount);
      for (const bar of shown.restoredBars) {
        expect(bar, 'the marker of a block shown again is ours alone').toMatch(/^<div class="cnr-restored-bar" dir="ltr" lang="en"><span>[^<]*<\/span> <button type="button" data-remove-again="\d+" data-testid="remove-again">[^<]*<\/button><\/div>$/);
      }
      for (const [i, block] of shown.restored.entries()) {
        expect(block.liveUnsafe, `removed block ${i} shown again (live DOM)`).toEqual([]);
        expect(unsafeParts(block.html), `removed block ${i} shown again (re-parsed)`).toEqual([]);
      }
      expect(shown.scriptable, 'popup document').toEqual([]);
      expect(shown.violations, 'CSP violations in the popup').toEqual([]);

      // The reader overlay in the page.
      expect(await toggleReader(popup)).toBeNull();
      const overlay = await readOverlay(tab);
      if (overlay.missing) {
        const problem = await popup.locator('.actions [role="alert"]').allTextContents();
        expect.fail(`${overlay.missing}; the popup says: ${JSON.stringify(problem)}`);
      }
      expect(overlay.title).toEqual({ text: expectedTitle, elements: 0 });
      expect(overlay.byline).toEqual({ text: expectedByline, elements: 0 });
      expect(overlay.source).toBe(tab.url());
      const readerText = normalize(overlay.bodyText);
      expect(facts.paragraphs.filter((p) => !readerText.includes(normalize(p))), 'paragraphs missing from the overlay').toEqual([]);
      expect(overlay.liveUnsafe, 'overlay article (live DOM)').toEqual([]);
      expect(unsafeParts(overlay.bodyHtml), 'overlay article (re-parsed)').toEqual([]);
      expect(overlay.scriptable, 'overlay shadow root').toEqual([]);
      // Images are allowed (http/https) and the page's img-src refuses other hosts; anything else from inside the overlay is ours.
      expect(overlay.violations.filter((v) => v.inOverlay && v.directive !== 'img-src'), 'CSP violations from the overlay').toEqual([]);
      expect(overlay.canaryRan).toBe(false);
    });
  }
});

declare const chrome: typeof import('wxt/browser').browser;
