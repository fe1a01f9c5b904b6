/**
 * Huge and odd pages at the core level: each ends with a result or a clear message, within a bound.
 *
 * The bounds are ceilings, about ten times what jsdom takes on a 2-core machine, so that only a real
 * regression (work that grows with the page again, a refusal that comes after the heavy work) fails
 * them; `npm run bench:huge` prints the actual timings. Building the page (parsing) is not counted.
 *
 * Decisions the tests pin:
 * - Pages are measured (elements, nesting depth) on the live page in one iterative walk, before
 *   anything is copied; too many elements or levels is refused with PageTooLargeError.
 * - Frames have their own documents and are not read: neither a frame's text nor the frame comes back.
 * - Open shadow roots are not read either: Readability and our rules walk child nodes, and widgets
 *   (comments, consent dialogs, players) are what usually lives in shadow roots on news pages. A
 *   page whose article is only inside a shadow root gets the no-article message.
 * - Extraction works on a snapshot: a page that keeps changing gets the story on screen when asked,
 *   and extraction changes nothing in the live page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toArticle } from '../core/article';
import { pageShape } from '../core/dom';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS } from '../core/extract';
import { runSavedPage } from './deep-pages.task';
import { withDocument } from './helpers';
import { runInWorker } from './in-worker';
import {
  ARTICLE, articleOnlyInFramePage, articleOnlyInShadowPage, attachShadowContent, bigTextPage, deepPage, deepPageLevels,
  fillFrames, FRAME_TEXT, framesPage, manyElementsPage, type Outcome, PAGE_URL, SECOND_STORY, SHADOW_TEXT, shadowWidgetPage,
  singlePageApp, storyElement, timedExtract,
} from './odd-pages';

const NO_ARTICLE = 'No article text was found on this page.';

/** extractContent on the page, with a record of whether the page was copied (cloneNode) at all. */
function extractWatchingCopies(doc: Document): Outcome & { cloned: boolean } {
  const cloneNode = vi.spyOn(doc, 'cloneNode');
  const outcome = timedExtract(doc);
  return { ...outcome, cloned: cloneNode.mock.calls.length > 0 };
}

function expectRefused(outcome: Outcome, message: RegExp): void {
  expect(outcome.ok ? 'a result' : `${outcome.name}: ${outcome.message}`).toMatch(message);
}

function expectArticle(outcome: Outcome, story: { title: string; paragraphs: readonly string[] } = ARTICLE): string {
  if (!outcome.ok) throw new Error(`expected the article, got ${outcome.name}: ${outcome.message}`);
  expect(outcome.content.title).toBe(story.title);
  for (const paragraph of story.paragraphs) expect(outcome.content.text).toContain(paragraph);
  return outcome.content.text;
}

describe('pageShape, what the limits measure', () => {
  it('counts the elements the pipeline keeps and finds the deepest level, <html> being level 1', () => {
    const html = '<!doctype html><html><head><title>t</title><script>x()</script><script type="application/ld+json">{}</script>'
      + '<style>p{}</style></head><body><div><p><b>deep</b></p></div>'
      + '<svg><g><g><g><rect/></g></g></g></svg><template><p><b><i>x</i></b></p></template></body></html>';
    // html, head, title, the JSON-LD script, body, div, p, b; the SVG would reach level 7 if it were walked.
    expect(withDocument(html, PAGE_URL, pageShape)).toEqual({ elements: 8, depth: 5 });
  });
});

describe('huge pages', () => {
  it('100,000 elements: refused with the count, before the page is copied (bound 5 s)', () => {
    const outcome = withDocument(manyElementsPage(50_000), PAGE_URL, extractWatchingCopies);
    expectRefused(outcome, new RegExp(`^PageTooLargeError: This page is too large to simplify \\(100\\d{3} elements; the limit is ${DEFAULT_MAX_ELEMENTS}\\)\\.$`));
    expect(outcome.cloned).toBe(false);
    expect(outcome.ms).toBeLessThan(5_000);
  });

  it('a 10 MB text node: the whole text comes back (bound 60 s); the language is read from a prefix (bound 2 s)', () => {
    const bytes = 10_000_000;
    const outcome = withDocument(bigTextPage(bytes), PAGE_URL, (doc) => timedExtract(doc));
    if (!outcome.ok) throw new Error(`expected the article, got ${outcome.name}: ${outcome.message}`);
    expect(outcome.ms).toBeLessThan(60_000);
    expect(outcome.content.text.length).toBeGreaterThan(bytes * 0.99);
    expect(outcome.content.wordCount).toBeGreaterThan(1_500_000);

    const started = performance.now();
    const article = toArticle(outcome.content);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(article.language.code).toBe('eng');
  }, 180_000);
});

describe('deep nesting', () => {
  it(`5,000 levels: refused with the depth, before the page is copied (bound 5 s)`, () => {
    const outcome = withDocument(deepPage(4_996), PAGE_URL, extractWatchingCopies);
    expectRefused(outcome, new RegExp(`^PageTooLargeError: This page is nested too deeply to simplify \\(5000 levels; the limit is ${DEFAULT_MAX_DEPTH}\\)\\.$`));
    expect(outcome.cloned).toBe(false);
    expect(outcome.ms).toBeLessThan(5_000);
  }, 60_000);

  it(`${DEFAULT_MAX_DEPTH} levels, the deepest page accepted: the article comes back whole, without a stack overflow (bound 60 s)`, () => {
    const wrappers = DEFAULT_MAX_DEPTH - deepPageLevels(0);
    expect(deepPageLevels(wrappers)).toBe(DEFAULT_MAX_DEPTH);
    const outcome = withDocument(deepPage(wrappers), PAGE_URL, (doc) => timedExtract(doc));
    expectArticle(outcome);
    expect(outcome.ms).toBeLessThan(60_000);
  }, 120_000);

  it('20,000 levels, built where jsdom has stack room: refused with the depth, before the page is copied (bound 5 s)', async () => {
    const report = await runInWorker('extractBuiltDeepPage', 19_996, 256);
    expect(report.levels).toBe(20_000);
    expect(report.error).toEqual({
      name: 'PageTooLargeError',
      message: `This page is nested too deeply to simplify (20000 levels; the limit is ${DEFAULT_MAX_DEPTH}).`,
    });
    expect(report.cloned).toBe(false);
    expect(report.ms).toBeLessThan(5_000);
  }, 60_000);

  describe('saved pages in the CLI', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'cnr-deep-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    function save(name: string, html: string): string {
      const file = path.join(dir, name);
      writeFileSync(file, html);
      return file;
    }

    it('5,000 levels: the depth message, not an error from closing the page (bound 30 s with parsing)', () => {
      const { message, ms } = runSavedPage(save('deep-5000.html', deepPage(4_996)));
      expect(message).toBe(`This page is nested too deeply to simplify (5000 levels; the limit is ${DEFAULT_MAX_DEPTH}).`);
      expect(ms).toBeLessThan(30_000);
    }, 60_000);

    it('deeper than jsdom can parse: said plainly (provoked in a 0.5 MB stack; bound 30 s)', async () => {
      const file = save('deep-20000.html', deepPage(19_996));
      const { message, ms } = await runInWorker('runSavedPage', file, 0.5);
      expect(message).toBe('This page is nested too deeply for jsdom to parse (its stack overflowed).');
      expect(ms).toBeLessThan(30_000);
    }, 60_000);
  });
});

describe('frames', () => {
  it('the article comes back without frames, embeds or the text of a framed document (bound 30 s)', () => {
    const outcome = withDocument(framesPage(), PAGE_URL, (doc) => {
      expect(fillFrames(doc)).toBe(2);
      return timedExtract(doc);
    });
    const text = expectArticle(outcome);
    expect(text).not.toContain(FRAME_TEXT);
    if (outcome.ok) expect(outcome.content.html).not.toMatch(/<(iframe|frame|object|embed)\b|srcdoc/i);
    expect(outcome.ms).toBeLessThan(30_000);
  });

  it('an article that is only inside a frame is not found: the no-article message (bound 30 s)', () => {
    const outcome = withDocument(articleOnlyInFramePage(), PAGE_URL, (doc) => timedExtract(doc));
    expectRefused(outcome, new RegExp(`^NotAnArticleError: ${NO_ARTICLE}$`));
    expect(outcome.ms).toBeLessThan(30_000);
  });
});

describe('shadow DOM', () => {
  it('an open shadow root is not read: a widget rendered in one stays out of the article (bound 30 s)', () => {
    const outcome = withDocument(shadowWidgetPage(), PAGE_URL, (doc) => {
      expect(attachShadowContent(doc, 'comment-widget')).toBe(1);
      return timedExtract(doc);
    });
    expect(expectArticle(outcome)).not.toContain(SHADOW_TEXT);
    expect(outcome.ms).toBeLessThan(30_000);
  });

  it('an article that is only inside an open shadow root is not found: the no-article message (bound 30 s)', () => {
    const outcome = withDocument(articleOnlyInShadowPage(), PAGE_URL, (doc) => {
      expect(attachShadowContent(doc, 'news-story', (owner) => storyElement(owner))).toBe(1);
      return timedExtract(doc);
    });
    expectRefused(outcome, new RegExp(`^NotAnArticleError: ${NO_ARTICLE}$`));
    expect(outcome.ms).toBeLessThan(30_000);
  });
});

describe('a page that changes after load', () => {
  interface AppWindow {
    render(route: string): void;
    /** Changes to the page's document since the last call, as its own MutationObserver saw them. */
    __mutations(): number;
  }

  async function waitFor(condition: () => boolean): Promise<void> {
    for (let waited = 0; !condition(); waited += 10) {
      if (waited > 5_000) throw new Error('the page never got there');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('gets the story on screen when asked, from a snapshot, and leaves the live page untouched (bound 30 s)', async () => {
    // The page's own script runs here (jsdom), as it would in the tab: it renders, ticks and observes.
    const dom = new JSDOM(singlePageApp(), { url: PAGE_URL, runScripts: 'dangerously' });
    try {
      const doc = dom.window.document;
      const app = dom.window as unknown as AppWindow;
      await waitFor(() => doc.querySelector('#app article') !== null);

      app.__mutations();
      const first = timedExtract(doc);
      expect(app.__mutations(), 'changes to the live page during extraction').toBe(0);
      expect(expectArticle(first)).not.toContain('Loading');
      expect(first.ms).toBeLessThan(30_000);

      // The page keeps changing: its ticker runs and its observer sees it (so the 0 above means something).
      await waitFor(() => app.__mutations() > 0);

      app.render('/weather');
      const second = timedExtract(doc);
      expectArticle(second, SECOND_STORY);
      expect(second.ms).toBeLessThan(30_000);
    } finally {
      dom.window.close();
    }
  });
});
