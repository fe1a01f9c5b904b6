/**
 * What the e2e tests on the 223 XSS payload pages share (test/e2e/hostile.test.ts: popup and reader
 * overlay; test/e2e/hostile-library.test.ts: the library page): the vectors, the CSP-violation trap,
 * the structural checker for whole documents and shadow roots, the page's own facts (its metadata,
 * which story paragraphs it really holds, whether its canary script ran) and the expected title and
 * byline, and one tab plus one popup page reused for every payload.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach } from 'vitest';
import { XSS_VECTORS_FILE, xssPage } from '../../scripts/fixture-server';
import { bylineAndSite } from '../../core/text';
import { extractArticle } from '../helpers';
import { ARTICLE_TEXTS } from '../article-texts';
import { unsafeNodeParts } from '../unsafe-html';
import { type Harness, useHarness } from './harness';

/** The 223 vectors, each with its index (its page is /xss/<index>.html) and a test name. */
export const vectors = (JSON.parse(readFileSync(XSS_VECTORS_FILE, 'utf8')) as { title?: string; payload: string }[])
  .map(({ title, payload }, index) => ({ index, payload, name: `#${index} ${(title ?? payload).replace(/\s+/g, ' ').slice(0, 80)}` }));

/** The reader overlay's host element in the page. */
export const HOST = '[data-clean-news-reader]';
/** The story every payload page tells (scripts/fixture-server.ts xssPage). */
export const PARAGRAPHS = ARTICLE_TEXTS.en.paragraphs;

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  /** The event's path went through our overlay's host element: something we rendered tried it. */
  inOverlay: boolean;
}

/**
 * Runs in every page and extension page before anything else (CDP, not subject to the page's CSP):
 * records CSP violations in `window.__cnrTrap`. Install with `harness.context.addInitScript(installTrap)`.
 */
export function installTrap(): void {
  const seen: Violation[] = [];
  Object.defineProperty(window, '__cnrTrap', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    const inOverlay = event.composedPath().some((node) => node instanceof Element && node.hasAttribute('data-clean-news-reader'));
    seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, inOverlay });
  }, true);
}

/**
 * Everything under `root` — our own UI around the content included — that could run or load code:
 * handler attributes, frames, objects, forms, base, meta refresh, scripts from anywhere but the
 * extension, script-capable addresses. Self-contained: it is evaluated in the page.
 */
export function scriptableParts(root: Document | ShadowRoot): string[] {
  const problems: string[] = [];
  const banned = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'base', 'portal', 'fencedframe']);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (banned.has(tag)) problems.push(`<${tag}>`);
    if (tag === 'script') {
      const src = (el as HTMLScriptElement).src;
      if (!src || new URL(src).origin !== location.origin || root instanceof ShadowRoot) problems.push(`script ${src || 'inline'}`);
    }
    if (tag === 'meta' && el.hasAttribute('http-equiv')) problems.push(`<meta http-equiv="${el.getAttribute('http-equiv')}">`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} on <${tag}>`);
      if (/^(href|src|action|formaction|xlink:href|data|poster|background)$/.test(name) && /^\s*(javascript|vbscript|data):/i.test(attr.value)) {
        problems.push(`${name}="${attr.value.slice(0, 60)}" on <${tag}>`);
      }
    }
  }
  return problems;
}

/** Evaluates `fn(unsafeNodeParts, scriptableParts, arg)` in the page, as source text: page CSPs forbid eval, CDP is not bound by them. */
export function evaluateWithCheckers<A, R>(page: Page, fn: (unsafe: typeof unsafeNodeParts, scriptable: typeof scriptableParts, arg: A) => R, arg: A): Promise<Awaited<R>> {
  return page.evaluate(`(${fn.toString()})(${unsafeNodeParts.toString()}, ${scriptableParts.toString()}, ${JSON.stringify(arg)})`) as Promise<Awaited<R>>;
}

/** The CSP violations the trap recorded in this page so far. */
export const trapped = (page: Page): Promise<Violation[]> =>
  page.evaluate(() => (window as unknown as { __cnrTrap: Violation[] }).__cnrTrap.slice());


export interface PageFacts {
  /**
   * Story paragraphs the browser parsed as ordinary <p> elements of the page: a payload may swallow
   * the ones after it (an unclosed <textarea>) or pull them into its SVG or MathML, which the
   * sanitizer drops whole, by design.
   */
  paragraphs: string[];
  canaryRan: boolean;
  violations: Violation[];
}

/** What the payload page itself holds, read in the page. */
export const pageFacts = (page: Page): Promise<PageFacts> => page.evaluate((story) => {
  const texts = new Set(Array.from(document.querySelectorAll('p'), (p) => (p.closest('svg, math') ? null : p.textContent)));
  return {
    paragraphs: story.filter((p) => texts.has(p)),
    canaryRan: document.documentElement.dataset.pageScript === 'ran',
    violations: (window as unknown as { __cnrTrap: Violation[] }).__cnrTrap.slice(),
  };
}, [...PARAGRAPHS]);

/**
 * The title, site name and byline line the extension must show, as text, for payload page `index` at
 * `url`: what the extraction core makes of that page (which headline and which names it keeps is the
 * metadata's own business, unit-tested in test/metadata.test.ts), with the byline line as the header
 * composes it. The point here is that every view shows exactly those strings, payload and all, as text.
 */
export function expectedMetadata(index: number, url: string): { title: string; siteName: string; byline: string; author: string } {
  const article = extractArticle(xssPage(index)!, url);
  return {
    title: article.title,
    siteName: article.siteName ?? '',
    author: article.byline ?? '',
    byline: bylineAndSite(article.byline, article.siteName).join(' · '),
  };
}

/** What a view of one article rendered, read in the page that shows it (the overlay, the library page). */
export interface RenderedArticle {
  /** Why the article is not shown, if it is not after 10 s. */
  missing: string | null;
  title: { text: string; elements: number } | null;
  byline: { text: string; elements: number } | null;
  source: string | null;
  bodyText: string;
  bodyHtml: string;
  liveUnsafe: string[];
  scriptable: string[];
  violations: Violation[];
}

export interface TabAndPopup {
  /** The tab the payload pages are opened in, and its id. */
  tab: Page;
  tabId: number;
  /** A page for the popup (`harness.popupUrl(tabId)`), reloaded for each payload. */
  popup: Page;
}

/**
 * One tab and one popup page for all the tests of a file (speed), opened before the first test on
 * `firstPath`; after a failed test the next one gets a fresh pair, in case the tab froze or is elsewhere.
 * Call at the top level of a test file, after `useHarness()`.
 */
export function useTabAndPopup(harness: () => Harness, firstPath: string): TabAndPopup {
  const shared = {} as TabAndPopup;
  let fresh = true;
  beforeEach(async ({ onTestFailed }) => {
    if (fresh) {
      await shared.tab?.close({ runBeforeUnload: false }).catch(() => undefined);
      await shared.popup?.close({ runBeforeUnload: false }).catch(() => undefined);
      ({ page: shared.tab, tabId: shared.tabId } = await harness().openTab(harness().server.url(firstPath)));
      shared.popup = await harness().context.newPage();
      fresh = false;
    }
    onTestFailed(() => {
      fresh = true;
    });
  });
  return shared;
}

/**
 * The setup both payload files share: a harness whose every page gets the CSP-violation trap, one tab
 * and one popup reused across payloads (from /xss/0.html), and the seconds since the run started.
 */
export function useHostileRun(): { harness: () => Harness; shared: TabAndPopup; seconds: () => string | null } {
  let started = 0;
  beforeAll(() => {
    started = Date.now();
  });
  const harness = useHarness();
  beforeAll(async () => {
    await harness().context.addInitScript(installTrap);
  });
  const shared = useTabAndPopup(harness, '/xss/0.html');
  return { harness, shared, seconds: () => (started ? ((Date.now() - started) / 1000).toFixed(1) : null) };
}
