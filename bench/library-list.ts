/**
 * The library list at 100,000 saved articles (short generated ones: the list reads only summaries,
 * whose size does not depend on the text). Part of `npm run bench:library`; prints figures only.
 *
 * - Node, fake-indexeddb: reading every summary (`list`), and the first screen (`newest`).
 * - Chromium (the e2e build in .output/chrome-mv3-e2e, if built): the library page opened on a
 *   library of that size, from navigation to the first rows on screen and to the whole count shown.
 *   The records are written straight into the extension's IndexedDB from the library page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { IDBFactory } from 'fake-indexeddb';
import { summaryOf, toSavedArticle } from '../lib/library/records';
import { DB_NAME, type SavedArticle } from '../lib/library/schema';
import { openLibrary } from '../lib/library/store';
import { launchWithExtension } from '../scripts/chromium';
import { ROOT } from '../scripts/fixture-server';
import { generateArticles } from '../test/library/generate';

const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

function records(count: number): SavedArticle[] {
  const start = Date.UTC(2020, 0, 1);
  return generateArticles(count, { seed: 11, minWords: 20, maxWords: 40 })
    .map((article, i) => toSavedArticle(article, new Date(start + i * 60_000).toISOString()));
}

/** `build`: the unpacked extension to measure in Chromium (default: the e2e build). */
export async function benchLargeList(count: number, line: (label: string, value: string) => void, build = path.join(ROOT, '.output', 'chrome-mv3-e2e')): Promise<void> {
  console.log(`\nThe list at ${count.toLocaleString('en')} articles`);
  const saved = records(count);

  const library = await openLibrary({ indexedDB: new IDBFactory() });
  for (let i = 0; i < saved.length; i += 2_000) {
    await library.putImported(saved.slice(i, i + 2_000).map((record) => ({ record, expectedUpdatedAt: null })));
  }
  let start = performance.now();
  const all = await library.list();
  line(`Node: list all ${all.length.toLocaleString('en')} summaries`, ms(performance.now() - start));
  start = performance.now();
  const first = await library.newest(100);
  line(`Node: the first screen (newest ${first.length})`, ms(performance.now() - start));
  library.close();

  if (!existsSync(path.join(build, 'manifest.json'))) {
    console.log('Chromium: skipped (run `npm run build:e2e` first)');
    return;
  }
  const browser = await launchWithExtension({ extensionDir: build, headless: true });
  try {
    const page = await browser.context.newPage();
    const url = `chrome-extension://${browser.extensionId}/library.html`;
    await page.goto(url);
    await page.getByTestId('storage').waitFor();
    for (let i = 0; i < saved.length; i += 5_000) {
      const chunk = saved.slice(i, i + 5_000);
      await page.evaluate(async ({ name, chunk: rows }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['articles', 'summaries'], 'readwrite');
        for (const { record, summary } of rows) {
          tx.objectStore('articles').put(record);
          tx.objectStore('summaries').put(summary);
        }
        await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
        db.close();
      }, { name: DB_NAME, chunk: chunk.map((record) => ({ record, summary: summaryOf(record) })) });
    }
    for (let run = 1; run <= 2; run++) {
      const opened = performance.now();
      await page.goto(url);
      await page.getByTestId('library-item').first().waitFor({ timeout: 300_000 });
      const firstRows = performance.now() - opened;
      await page.getByTestId('storage').filter({ hasText: count.toLocaleString('en') }).or(page.getByTestId('storage').filter({ hasText: String(count) }))
        .first().waitFor({ timeout: 300_000 });
      const counted = performance.now() - opened;
      const rows = await page.getByTestId('library-item').count();
      line(`Chromium: open library.html, first rows on screen (run ${run})`, `${ms(firstRows)}; whole count shown ${ms(counted)}; ${rows.toLocaleString('en')} rows in the DOM`);
    }
  } finally {
    await browser.close();
  }
}
