/**
 * End-to-end: every payload of ../shared/security/xss-vectors.json (223), inside an ordinary news
 * article (the fixture server's /xss/<n>.html, strict CSP; see test/e2e/hostile.test.ts), saved to the
 * library from the popup in real Chromium and read back in the library page (library.html), which
 * renders stored page content in a privileged extension page.
 *
 * For each payload page: the popup opens for the tab and its Save button is clicked; the library page
 * (opened once, on a library emptied at the start) goes to `#/article/<id>` (the id is the page's
 * address without fragment) and must show, for that article:
 *  - the title and the byline line (author · site) as text: exactly the page's metadata text, no
 *    element children; the source line is the page's address;
 *  - the article body (`reader-body`) passing `unsafeNodeParts` on the live DOM and `unsafeParts` on
 *    its HTML re-parsed (test/unsafe-html.ts); the story's paragraphs that the page really holds;
 *  - its Markdown and standalone HTML exports, made by the library page's own buttons in Chromium (the
 *    test catches the file at the `<a download>` click, so no file is written), passing the checks of
 *    test/export-checks.ts against the record stored in IndexedDB, as the unit test
 *    test/hostile-exports.test.ts does on exports made in jsdom; the file name holds no path or
 *    reserved character. The style sheet and CSP of the HTML export must be those of the export of an
 *    ordinary article (a seed fixture page saved first);
 *  - nothing scriptable anywhere in the library document (handlers, frames, forms, foreign scripts,
 *    script addresses: `scriptableParts`), no CSP violation in the library page or the popup (the
 *    trap: the extension pages' CSP refuses inline handlers and javascript: URLs, and reports them),
 *    no dialog on any page and no console error in an extension page (the harness).
 * A few payloads make the page's byline or site name longer than the library keeps (records.ts
 * LIMITS): the library saves those shortened, and the library page must show them shortened. At
 * the end the library list must hold every saved article once, each title and site name as text, each
 * link to its article's own `#/article/<id>`.
 *
 * Speed: one tab and one popup page for all payloads (test/e2e/hostile-helpers.ts), one library page
 * moved from article to article by its hash; each step is one evaluate call.
 */
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../bench/score';
import { bylineAndSite } from '../../core/text';
import { clipLabel, LIMITS } from '../../lib/library/records';
import type { SavedArticle } from '../../lib/library/schema';
import { htmlExportProblems, markdownHeaderProblems, markdownProblems } from '../export-checks';
import { unsafeParts } from '../unsafe-html';
import type { Harness } from './harness';
import {
  evaluateWithCheckers, expectedMetadata, pageFacts, type RenderedArticle, trapped, useHostileRun, vectors, type Violation,
} from './hostile-helpers';

const run = useHostileRun();
const { shared } = run;
let harness: Harness;
beforeAll(() => {
  harness = run.harness();
});

/** The library page, opened once. */
let library: Page;
/** An ordinary article saved first: its HTML export's style sheet and CSP are what every export must have. */
const CONTROL = '/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html';
let reference: { style: string; csp: string } | undefined;
/** The popup's answer to a save; the e2e build may fetch the loopback pages' pictures (see SaveButton). */
const SAVED = /^Saved to your library\.(?: Its pictures were not saved\.| \d+ pictures? saved(?:; \d+ could not be downloaded \(the library can try again\))?\.| Its pictures could not be downloaded; the library can try again\.)?$/;
/** What each saved payload page must look like in the library list. */
const saved: { index: number; id: string; title: string; siteName: string }[] = [];
/** CSP violations the library page's trap had recorded before the current test (each test checks only its own). */
let libraryViolations = 0;

afterAll(() => {
  const seconds = run.seconds();
  if (seconds) {
    console.log(`hostile-library.test.ts: ${vectors.length} payloads in ${seconds} s; `
      + `${saved.length} saved and read in the library`);
  }
});

const libraryUrl = (): string => `chrome-extension://${harness.extensionId}/library.html`;

/** Waits for the popup's Save button, clicks it, and returns the status it then shows (or why there is none). */
function save(popup: Page): Promise<{ status: string | null; error: string | null }> {
  return popup.evaluate(async () => {
    const $ = (id: string): HTMLElement | null => document.querySelector(`[data-testid="${id}"]`);
    const until = async (done: () => boolean): Promise<boolean> => {
      const deadline = Date.now() + 30_000;
      while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      return done();
    };
    const button = () => $('save') as HTMLButtonElement | null;
    if (!(await until(() => Boolean((button() && !button()!.disabled) || $('error'))))) return { status: null, error: 'no Save button after 30 s' };
    if ($('error')) return { status: null, error: $('error')!.textContent };
    button()!.click();
    await until(() => Boolean($('save-status')?.textContent));
    return { status: $('save-status')?.textContent ?? null, error: null };
  });
}

interface LibraryArticle extends RenderedArticle {
  /** The article as stored in IndexedDB. */
  record: SavedArticle | null;
  /** The files the Markdown and HTML buttons made: name and content, or why there is none. */
  markdown: { name: string; text: string } | string;
  html: { name: string; text: string } | string;
}

/**
 * Moves the library page to the article `id`, reads what it rendered once the article at `url` is
 * shown, clicks its Markdown and HTML export buttons and reads the files, and reads the stored record.
 */
function readLibraryArticle(page: Page, id: string, url: string): Promise<LibraryArticle> {
  return evaluateWithCheckers(page, async (unsafe, scriptable, { id: articleId, url: address }) => {
    location.hash = `#/article/${encodeURIComponent(articleId)}`;
    const $ = (selector: string): HTMLElement | null => document.querySelector(selector);
    const shown = () => $('.cnr-source')?.textContent === address && Boolean($('[data-testid="reader-body"]'));
    const deadline = Date.now() + 10_000;
    while (!shown() && !$('[data-testid="error"]') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    const textOf = (el: Element | null) => (el ? { text: el.textContent ?? '', elements: el.childElementCount } : null);
    const body = $('[data-testid="reader-body"]');

    // A download is a click on a temporary <a download href="blob:…"> (entrypoints/library/downloads.ts):
    // catch it there and read the blob instead of saving a file.
    const hook = window as unknown as { __cnrDownloads?: { name: string; href: string }[] };
    if (!hook.__cnrDownloads) {
      const downloads: { name: string; href: string }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) downloads.push({ name: this.download, href: this.href });
        else click.call(this);
      };
      hook.__cnrDownloads = downloads;
    }
    const exported = async (button: string): Promise<{ name: string; text: string } | string> => {
      const before = hook.__cnrDownloads!.length;
      const target = $(`[data-testid="${button}"]`);
      if (!target) return `no ${button} button`;
      target.click();
      // The file is made after reading the article's pictures: it comes a moment after the click.
      for (const until = Date.now() + 5_000; hook.__cnrDownloads!.length <= before && Date.now() < until;) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const file = hook.__cnrDownloads![before];
      if (!file) return `${button} made no file`;
      return { name: file.name, text: await (await fetch(file.href)).text() };
    };
    const stored = (): Promise<SavedArticle | null> => new Promise((resolve) => {
      const open = indexedDB.open('clean-news-reader');
      open.onerror = () => resolve(null);
      open.onsuccess = () => {
        const get = open.result.transaction('articles').objectStore('articles').get(articleId);
        get.onsuccess = () => {
          resolve((get.result as SavedArticle | undefined) ?? null);
          open.result.close();
        };
        get.onerror = () => resolve(null);
      };
    });
    const ready = shown();
    return {
      record: ready ? await stored() : null,
      markdown: ready ? await exported('export-markdown') : 'not shown',
      html: ready ? await exported('export-html') : 'not shown',
      missing: shown() ? null : `not shown after 10 s (error: ${JSON.stringify($('[data-testid="error"]')?.textContent ?? null)}, source line: ${JSON.stringify($('.cnr-source')?.textContent ?? null)})`,
      title: textOf($('[data-testid="article-title"]')),
      byline: textOf($('[data-testid="article-byline"]')),
      source: $('.cnr-source')?.textContent ?? null,
      bodyText: body?.innerText ?? '',
      bodyHtml: body?.innerHTML ?? '',
      liveUnsafe: body ? unsafe(body) : ['no reader body'],
      scriptable: scriptable(document),
      violations: (window as unknown as { __cnrTrap: Violation[] }).__cnrTrap.slice(),
    };
  }, { id, url });
}

/** What is wrong with the two exported files of `record`. */
function exportProblems(shown: LibraryArticle): string[] {
  const problems: string[] = [];
  const { record, markdown, html } = shown;
  if (!record) return ['the article is not in IndexedDB'];
  if (!reference) return ['no reference style sheet and CSP (the control test failed)'];
  for (const file of [markdown, html]) {
    if (typeof file === 'string') problems.push(file);
    else if (/[\\/:*?"<>|\p{Cc}]/u.test(file.name)) problems.push(`file name ${JSON.stringify(file.name)}`);
  }
  if (typeof markdown !== 'string') problems.push(...markdownProblems(markdown.text), ...markdownHeaderProblems(markdown.text, record));
  if (typeof html !== 'string') problems.push(...htmlExportProblems(html.text, record, reference));
  return problems;
}

/** Opens `path` in the tab and saves it from the popup; returns the popup's status line. */
async function saveFromPopup({ tab, tabId, popup }: { tab: Page; tabId: number; popup: Page }, path: string): Promise<string | null> {
  await tab.goto(harness.server.url(path), { waitUntil: 'domcontentloaded' });
  await popup.goto(harness.popupUrl(tabId), { waitUntil: 'commit' });
  const { status, error } = await save(popup);
  expect(error, 'the popup shows an error instead of the article').toBeNull();
  return status;
}

describe('XSS vectors saved to the library from the popup and read in the library page, in Chromium', () => {
  it('starts from an empty library', async () => {
    const { tabId, popup } = shared;
    // An extension page, without the library open anywhere: delete the database (a fresh profile has none; a rerun in one might).
    await popup.goto(harness.popupUrl(tabId));
    await popup.getByTestId('article-title').or(popup.getByTestId('error')).first().waitFor();
    expect(await popup.evaluate(() => new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase('clean-news-reader');
      request.onsuccess = () => resolve('deleted');
      request.onerror = () => resolve(`error: ${String(request.error)}`);
      request.onblocked = () => resolve('blocked by an open connection');
    }))).toBe('deleted');
    library = await harness.context.newPage();
    await library.goto(libraryUrl());
    await expect.poll(() => library.getByTestId('storage').textContent()).toMatch(/^0 articles/);
  });

  it('exports an ordinary article (the control: its style sheet and CSP are the reference)', async () => {
    expect(await saveFromPopup(shared, CONTROL)).toMatch(SAVED);
    const url = harness.server.url(CONTROL);
    const control = await readLibraryArticle(library, url, url);
    expect(control.missing).toBeNull();
    if (typeof control.html === 'string') expect.fail(control.html);
    const doc = new JSDOM(control.html.text).window.document;
    reference = {
      style: doc.querySelector('style')?.textContent ?? '',
      csp: doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    };
    expect(reference.style).toMatch(/body \{/);
    expect(doc.querySelector('article > *:not(header)'), 'the HTML export carries the article').not.toBeNull();
    if (typeof control.markdown === 'string') expect.fail(control.markdown);
    expect(control.markdown.text.split('\n').length, 'the Markdown export carries the article').toBeGreaterThan(10);
    expect(exportProblems(control)).toEqual([]);
  });

  for (const { index, name } of vectors) {
    it(name, async () => {
      const { tab, popup } = shared;
      const url = harness.server.url(`/xss/${index}.html`);
      const status = await saveFromPopup(shared, `/xss/${index}.html`);
      const facts = await pageFacts(tab);
      expect(facts.canaryRan, 'the page CSP let the page script run').toBe(false);
      const expected = savedMetadata(expectedMetadata(index, url));
      expect(await trapped(popup), 'CSP violations in the popup').toEqual([]);
      expect(status, 'the save status').toMatch(SAVED);
      const id = new URL(url).href;
      saved.push({ index, id, title: expected.title, siteName: expected.siteName });

      // Read it in the library page.
      const shown = await readLibraryArticle(library, id, url);
      expect(shown.missing).toBeNull();
      expect(shown.title).toEqual({ text: expected.title, elements: 0 });
      expect(shown.byline).toEqual({ text: expected.byline, elements: 0 });
      expect(shown.source).toBe(url);
      const text = normalize(shown.bodyText);
      expect(facts.paragraphs.filter((p) => !text.includes(normalize(p))), 'paragraphs missing from the library page').toEqual([]);
      expect(shown.liveUnsafe, 'library article (live DOM)').toEqual([]);
      expect(unsafeParts(shown.bodyHtml), 'library article (re-parsed)').toEqual([]);
      expect(shown.scriptable, 'library document').toEqual([]);
      expect(exportProblems(shown), 'Markdown and HTML exports').toEqual([]);
      const violations = shown.violations.slice(libraryViolations);
      libraryViolations = shown.violations.length;
      expect(violations, 'CSP violations in the library page').toEqual([]);
    });
  }

  it('lists every saved article once, its title and site as text, linking to its own page', async () => {
    expect(saved.length).toBe(vectors.length);
    await library.goto(`${libraryUrl()}#`);
    // The list draws only the rows near the window (VirtualList): a window as tall as the list shows them all.
    await library.setViewportSize({ width: 1280, height: (saved.length + 1) * 112 + 400 }); // ROW_HEIGHT in ListItem.tsx
    await library.reload();
    await expect.poll(() => library.getByTestId('library-item').count()).toBe(saved.length + 1); // and the control
    const list = await evaluateWithCheckers(library, (_unsafe, scriptable) => ({
      items: Array.from(document.querySelectorAll('[data-testid="library-item"]'), (item) => {
        const title = item.querySelector('.item-title')!;
        const site = item.querySelector('.muted bdi')!;
        return {
          title: title.textContent ?? '', titleElements: title.childElementCount, href: title.getAttribute('href'),
          site: site.textContent ?? '', siteElements: site.childElementCount,
        };
      }),
      scriptable: scriptable(document),
      violations: (window as unknown as { __cnrTrap: Violation[] }).__cnrTrap.slice(),
    }), null);
    const byHref = new Map(list.items.map((item) => [item.href, item]));
    expect(byHref.size, 'one item per article').toBe(saved.length + 1);
    for (const { index, id, title, siteName } of saved) {
      expect(byHref.get(`#/article/${encodeURIComponent(id)}`), `#${index} in the list`)
        .toEqual({ title, titleElements: 0, href: `#/article/${encodeURIComponent(id)}`, site: siteName, siteElements: 0 });
    }
    expect(list.scriptable, 'library list document').toEqual([]);
    expect(list.violations, 'CSP violations in the library page').toEqual([]);
  });
});

/** The metadata as the library keeps it: over-long labels shortened (records.ts toSavedArticle). */
function savedMetadata(shown: ReturnType<typeof expectedMetadata>): { title: string; siteName: string; byline: string } {
  const siteName = clipLabel(shown.siteName, LIMITS.siteName);
  const author = shown.author ? clipLabel(shown.author, LIMITS.byline) : null;
  return { title: clipLabel(shown.title, LIMITS.title), siteName, byline: bylineAndSite(author, siteName || null).join(' · ') };
}
