/**
 * The library page in Chromium (Debian's, headless, the e2e build of the extension loaded as the e2e
 * tests do) while its search index is built over a full library: the main thread's long tasks
 * (PerformanceObserver 'longtask', tasks of 50 ms and more) from the moment the list shows until the
 * full-text search is ready (the list's own first drawing is not counted), on the first open (the index built from the articles) and on a later one
 * (the stored index loaded). Prints figures, decides nothing.
 *
 * The articles are written straight into the extension's IndexedDB by a script in the library page
 * (the records the store would write: article with its pictures' <img>, summary with their stats,
 * pictures as Blobs, change-log entry), so filling takes seconds, not a save each; then the stored
 * search index the empty page left is dropped, so that the first open builds the index from the
 * articles, as after an upgrade of the index's format.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../scripts/chromium';
import { ROOT } from '../scripts/fixture-server';
import { summaryOf, toSavedArticle } from '../lib/library/records';
import type { Article } from '../core/types';

export const E2E_BUILD = path.join(ROOT, '.output', 'chrome-mv3-e2e');

interface Timeline {
  longtasks: { start: number; duration: number }[];
  listShown: number | null;
  indexReady: number | null;
}

export interface OpenFigures {
  /** ms from navigation to the first list row, and to the full-text search being ready. */
  listShown: number;
  indexReady: number;
  /** Long tasks that started between the list showing and the search being ready. */
  longest: number;
  count: number;
  total: number;
  /** The longest long task of the whole visit (loading the page and the list included). */
  longestOverall: number;
  /** Articles found for a word of the text once the search is ready (the whole index answers). */
  matches: number;
}

/** A word of the Romanian articles' text (test/article-texts.ts), not of their titles. */
const QUERY = 'consilierii';

const messages = JSON.parse(readFileSync(path.join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const READY_PLACEHOLDER = messages.searchPlaceholder!.message;

/**
 * Runs in the library page before its own scripts: records long tasks and the two moments. A string,
 * not a function: tsx wraps named inner functions in a helper the page does not have.
 */
const OBSERVE = `
  const timeline = { longtasks: [], listShown: null, indexReady: null, rowsAdded: false };
  window.__timeline = timeline;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) timeline.longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    // The list counts as shown once a frame with its rows was drawn (their first layout is the list's cost).
    if (timeline.listShown === null && !timeline.rowsAdded && document.querySelector('[data-testid="library-item"]')) {
      timeline.rowsAdded = true;
      requestAnimationFrame(() => setTimeout(() => { timeline.listShown = performance.now(); }));
    }
    const input = document.querySelector('[data-testid="search"]');
    if (timeline.indexReady === null && input && input.placeholder === ${JSON.stringify(READY_PLACEHOLDER)}) timeline.indexReady = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['placeholder'] });
`;

/** The pictures the articles carry: how many each, and the bytes of each (a real JPEG, padded). */
export interface PictureLoad {
  perArticle: number;
  bytes: number;
}

const pictureUrl = (n: number, k: number): string => `https://cdn.example/${n}/${k}.jpg`;

async function fill(page: Page, articles: readonly Article[], start: number, pictures: PictureLoad): Promise<void> {
  for (let i = 0; i < articles.length; i += 200) {
    const batch = articles.slice(i, i + 200).map((article, j) => {
      const n = i + j;
      const urls = Array.from({ length: pictures.perArticle }, (_, k) => pictureUrl(n, k));
      const html = article.html + urls.map((url) => `<figure><img src="${url}" alt=""></figure>`).join('');
      const record = toSavedArticle({ ...article, html }, new Date(start + n * 60_000).toISOString());
      const stats = { saved: urls.length, missing: 0, bytes: urls.length * pictures.bytes };
      return { record, summary: urls.length ? { ...summaryOf(record), pictures: stats } : summaryOf(record), urls };
    });
    await page.evaluate(async ({ entries, bytes }) => {
      // One real JPEG (1,200 × 800), padded to the size asked for: decoders stop at its end marker.
      const holder = window as unknown as { __jpeg?: Promise<ArrayBuffer> };
      holder.__jpeg ??= (async () => {
        const canvas = new OffscreenCanvas(1200, 800);
        const context = canvas.getContext('2d')!;
        const gradient = context.createLinearGradient(0, 0, 1200, 800);
        gradient.addColorStop(0, '#2a6f97');
        gradient.addColorStop(1, '#f4a261');
        context.fillStyle = gradient;
        context.fillRect(0, 0, 1200, 800);
        return (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer();
      })();
      const jpeg = await holder.__jpeg;
      const padding = new Uint8Array(Math.max(0, bytes - jpeg.byteLength));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('clean-news-reader');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['articles', 'summaries', 'changes', 'pictures', 'search'], 'readwrite');
        for (const { record, summary, urls } of entries) {
          tx.objectStore('articles').put(record);
          tx.objectStore('summaries').put(summary);
          tx.objectStore('changes').add({ id: record.id });
          urls.forEach((url, order) => tx.objectStore('pictures').put({
            articleId: record.id, url, order, width: 1200, height: 800, missing: null,
            blob: new Blob([jpeg, padding], { type: 'image/jpeg' }),
          }));
        }
        tx.objectStore('search').clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, { entries: batch, bytes: pictures.bytes });
  }
}

/** The trace categories of DevTools' Performance panel. */
const TRACE_CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack', 'disabled-by-default-v8.cpu_profiler', 'v8.execute', 'blink.user_timing', 'toplevel',
].join(',');

async function visit(context: BrowserContext, url: string, traceFile?: string): Promise<OpenFigures> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const trace: unknown[] = [];
  const cdp = traceFile ? await context.newCDPSession(page) : null;
  if (cdp) {
    cdp.on('Tracing.dataCollected', ({ value }: { value: unknown[] }) => trace.push(...value));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  }
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __timeline: Timeline }).__timeline.indexReady !== null, null, { timeout: 600_000, polling: 500 });
  await page.getByTestId('search').fill(QUERY);
  await page.waitForTimeout(1_000);
  const matches = Number(await page.getByTestId('library-item').first().getAttribute('aria-setsize', { timeout: 60_000 }));
  // Writing the index's snapshot follows the first build (in the worker, 5 s later): let it finish, and
  // show up as tasks if it runs on the page's thread.
  await page.waitForTimeout(20_000);
  const timeline = await page.evaluate(() => (window as unknown as { __timeline: Timeline }).__timeline);
  if (cdp && traceFile) {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    writeFileSync(traceFile, JSON.stringify({ traceEvents: trace }));
  }
  await page.close();
  const during = timeline.longtasks.filter((task) => task.start >= timeline.listShown! && task.start <= timeline.indexReady! + 21_000);
  return {
    listShown: timeline.listShown!,
    indexReady: timeline.indexReady!,
    longest: Math.max(0, ...during.map((task) => task.duration)),
    count: during.length,
    total: during.reduce((sum, task) => sum + task.duration, 0),
    longestOverall: Math.max(0, ...timeline.longtasks.map((task) => task.duration)),
    matches,
  };
}

/**
 * Fills the library of a fresh profile with `articles` (and their pictures), restarts the browser (so
 * that the page measured does not share a heap with the hundreds of megabytes the filling passed
 * through), then opens the library page twice. `traceDir`: a Chromium trace of each visit goes there
 * (open it in DevTools' Performance panel to see what the long tasks were).
 */
export async function measureIndexInChromium(articles: readonly Article[], pictures: PictureLoad, extensionDir = E2E_BUILD, traceDir?: string): Promise<{ first: OpenFigures; later: OpenFigures }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'clean-news-reader-bench-'));
  try {
    const filling = await launchWithExtension({ extensionDir, headless: true, userDataDir: profile });
    try {
      const setup = await filling.context.newPage();
      await setup.goto(`chrome-extension://${filling.extensionId}/library.html`); // creates the database at the current version
      await setup.getByText(messages.libraryEmpty!.message).waitFor();
      await fill(setup, articles, Date.UTC(2024, 0, 1), pictures);
    } finally {
      await filling.close();
    }
    const browser = await launchWithExtension({ extensionDir, headless: true, userDataDir: profile });
    try {
      const url = `chrome-extension://${browser.extensionId}/library.html`;
      const first = await visit(browser.context, url, traceDir && path.join(traceDir, 'library-first-open.json'));
      const later = await visit(browser.context, url, traceDir && path.join(traceDir, 'library-later-open.json'));
      return { first, later };
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}
