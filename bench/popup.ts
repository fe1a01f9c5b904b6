/**
 * `npm run bench:popup`: how long the popup takes from opening to the article on screen, in headless
 * Debian Chromium with the e2e build (built first), on every fixture page (the seed variants and the
 * extra pages). Prints figures only; nothing here passes or fails.
 *
 * The time is the popup's own: from its navigation start to the `article-shown` performance mark it
 * sets in the first animation frame after the article is rendered. That covers loading the popup,
 * injecting the extractor, extraction in the page, language detection and rendering. Each page is
 * measured RUNS times after one warm-up; the browser is otherwise idle.
 *
 * Then the reader, on the same pages: from the click on "Reader view" in the popup to the first frame
 * after the reader's element entered the page (the reader renders its article synchronously in the
 * task that inserts it, so that frame shows the article). The click time is taken in the popup, the
 * frame in the page (an observer this benchmark adds to the page's own world), both on the shared
 * clock (performance.timeOrigin + performance.now()).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { keepOffline, launchWithExtension } from '../scripts/chromium';
import { demoPages, ROOT, startFixtureServer } from '../scripts/fixture-server';
import { median, percentile } from './score';

const RUNS = Number(process.env.RUNS ?? 5);
const GOAL_MS = 150;
const GOAL_P95_MS = 250;
const READER_GOAL_MS = 100;

declare const chrome: typeof import('wxt/browser').browser;

async function main(): Promise<void> {
  const build = spawnSync('npm', ['run', '-s', 'build:e2e'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:e2e failed');

  const server = await startFixtureServer(0);
  const browser = await launchWithExtension({ extensionDir: path.join(ROOT, '.output', 'chrome-mv3-e2e'), headless: true });
  const { context, extensionId } = browser;
  await keepOffline(context, () => true);
  try {
    const helper = await context.newPage();
    await helper.goto(`chrome-extension://${extensionId}/popup.html?tabId=${2 ** 31 - 1}`);
    await helper.getByTestId('error').waitFor();

    const rows: { page: string; times: number[]; readerTimes: number[] }[] = [];
    for (const demo of demoPages()) {
      const url = server.url(demo.path);
      const tab = await context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      const tabId = await helper.evaluate(async (pageUrl) => (await chrome.tabs.query({})).find((t) => t.url === pageUrl)?.id ?? -1, url);
      const times: number[] = [];
      for (let run = 0; run <= RUNS; run++) {
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
        await popup.getByTestId('article-body').or(popup.getByTestId('error')).first().waitFor();
        const shown = await popup.evaluate(async () => {
          for (let i = 0; i < 50 && performance.getEntriesByName('article-shown').length === 0; i++) await new Promise((r) => setTimeout(r, 10));
          return performance.getEntriesByName('article-shown')[0]?.startTime ?? null;
        });
        await popup.close();
        if (shown === null) throw new Error(`no article shown for ${demo.path}`);
        if (run > 0) times.push(shown); // run 0 warms up the page's and the popup's caches
      }
      const readerTimes: number[] = [];
      for (let run = 0; run <= RUNS; run++) {
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
        await popup.getByTestId('article-body').waitFor();
        await popup.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="reader-toggle"]')?.disabled);
        await tab.evaluate(() => {
          const w = window as unknown as { __readerFrame?: number };
          delete w.__readerFrame;
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-clean-news-reader]')) return;
            observer.disconnect();
            requestAnimationFrame(() => { w.__readerFrame = performance.timeOrigin + performance.now(); });
          });
          observer.observe(document.documentElement, { childList: true });
        });
        const clicked = await popup.evaluate(() => {
          const at = performance.timeOrigin + performance.now();
          document.querySelector<HTMLButtonElement>('[data-testid="reader-toggle"]')!.click();
          return at;
        });
        const frame = await tab.waitForFunction(() => (window as unknown as { __readerFrame?: number }).__readerFrame, null, { timeout: 10_000 });
        const shownAt = (await frame.jsonValue()) as number;
        await popup.getByTestId('reader-toggle').click(); // hide it again
        await popup.waitForFunction(() => document.querySelector('[data-testid="reader-toggle"]')?.getAttribute('aria-pressed') === 'false');
        await popup.close();
        if (run > 0) readerTimes.push(shownAt - clicked);
      }
      await tab.close();
      rows.push({ page: demo.path.replace('/fixtures/', ''), times, readerTimes });
    }

    const all = rows.flatMap((row) => row.times);
    console.log(`Popup: opening → article on screen, headless Chromium, ${rows.length} fixture pages × ${RUNS} runs\n`);
    for (const row of rows) {
      console.log(`  ${row.page.padEnd(52)} popup median ${median(row.times).toFixed(0).padStart(4)} ms, reader median ${median(row.readerTimes).toFixed(0).padStart(4)} ms`);
    }
    const med = median(all);
    console.log(`\n  all: median ${med.toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms, max ${Math.max(...all).toFixed(0)} ms`);
    const p95 = percentile(all, 95);
    console.log(`  goal: median under ${GOAL_MS} ms, p95 under ${GOAL_P95_MS} ms — ${med < GOAL_MS && p95 < GOAL_P95_MS ? 'met' : 'NOT met'}`);
    const reader = rows.flatMap((row) => row.readerTimes);
    const readerMedian = median(reader);
    console.log(`\nReader: click on "Reader view" → article on screen, ${rows.length} pages × ${RUNS} runs`);
    console.log(`  all: median ${readerMedian.toFixed(0)} ms, p95 ${percentile(reader, 95).toFixed(0)} ms, max ${Math.max(...reader).toFixed(0)} ms`);
    console.log(`  goal: median under ${READER_GOAL_MS} ms — ${readerMedian < READER_GOAL_MS ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
