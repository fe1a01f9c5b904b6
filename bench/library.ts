/**
 * The offline library with 10,000 saved articles and their pictures, on fake-indexeddb in Node: how
 * long listing, searching, opening, exporting and importing take, against the goals (list < 200 ms,
 * search < 50 ms), and the storage the articles and pictures take. Prints figures, decides nothing.
 *
 *   npm run bench:library [-- --articles N] [--pictures N (per article, default 2)] [--picture-kb N (default 60)]
 *     [--list-articles N] [--list-only] [--chromium-build DIR] [--no-browser] [--browser-only] [--trace DIR]
 *
 * Then, in Chromium (bench/library-browser.ts; `npm run build:e2e` first, or --chromium-build DIR): the
 * longest main-thread task of the library page while its search index is built over the same articles
 * (--no-browser skips it, --browser-only runs only it; --trace DIR writes a Chromium trace of each
 * visit there, for DevTools' Performance panel). Then the list alone at 100,000 articles
 * (--list-articles), in Node and in Chromium (bench/library-list.ts); --list-only runs only that part.
 *
 * The articles are generated (test/library/generate.ts): fifteen languages and their scripts,
 * 800–1,500 words each. fake-indexeddb is an in-memory implementation in JavaScript: browsers'
 * IndexedDB has other costs (disk, structured clone in C++), so the figures show orders of magnitude.
 * The pictures are stand-ins of a fixed size (a JPEG header and random bytes): their content does not
 * matter to the store or the backup, only their size.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { applyImport, exportBackup, planImport, readBackup } from '../lib/library/backup';
import type { NewPicture } from '../lib/library/pictures';
import { toSavedArticle } from '../lib/library/records';
import { LibrarySearch } from '../lib/library/search';
import { openLibrary } from '../lib/library/store';
import { generateArticles } from '../test/library/generate';
import { benchLargeList } from './library-list';
import { measureIndexInChromium, type OpenFigures } from './library-browser';

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
const count = option('--articles', 10_000) || 10_000;
const picturesPerArticle = option('--pictures', 2);
const pictureBytes = option('--picture-kb', 60) * 1024;
const listCount = option('--list-articles', 100_000) || 100_000;
const flag = (name: string): boolean => process.argv.includes(name);

/** The pictures of article `n` (their <img> go into its HTML, or the library would not keep them). */
function picturesOf(n: number): NewPicture[] {
  return Array.from({ length: picturesPerArticle }, (_, k) => ({
    url: `https://cdn.example/${n}/${k}.jpg`, order: k, width: 1200, height: 800, missing: null,
    blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), randomBytes(Math.max(0, pictureBytes - 4))], { type: 'image/jpeg' }),
  }));
}
const figures = (n: number): string =>
  Array.from({ length: picturesPerArticle }, (_, k) => `<figure><img src="https://cdn.example/${n}/${k}.jpg" alt=""></figure>`).join('');

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function time<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

async function timeMany(times: number, run: () => Promise<unknown> | unknown): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) durations.push((await time(run))[1]);
  return durations;
}

function line(label: string, value: string, goal?: { limit: number; actual: number }): void {
  const verdict = goal ? `   (goal < ${goal.limit} ms: ${goal.actual < goal.limit ? 'met' : 'NOT met'})` : '';
  console.log(`${label.padEnd(52)} ${value}${verdict}`);
}

const QUERIES = [
  'bugetul', 'stiri', 'Ελλάδα', 'ελλαδα', 'προυπολογισμος', 'الحكومة', 'حكومة', 'москвы', 'бюджет', '東京',
  '予算', '北京', 'notizie', 'citta', 'consiliul local', 'council budget', 'bud', 'the', 'a', 'δήμου ενέκρινε',
];

async function main(): Promise<void> {
  console.log(`Library benchmark: ${count.toLocaleString('en')} articles with ${picturesPerArticle} pictures of ${pictureBytes / 1024} kB each, Node ${process.version}, fake-indexeddb\n`);

  const [generated, generating] = await time(() => generateArticles(count));
  let articles = generated;
  const words = articles.reduce((sum, a) => sum + a.wordCount, 0);
  const characters = articles.reduce((sum, a) => sum + a.text.length + a.html.length, 0);
  line('generate articles', `${ms(generating)} (${Math.round(words / count)} words and ${Math.round(characters / count / 1000)}k characters of text + HTML each)`);

  const library = await openLibrary({ indexedDB: new IDBFactory() });
  const start = Date.UTC(2024, 0, 1);
  const [, filling] = await time(async () => {
    for (let i = 0; i < articles.length; i += 500) {
      const batch = articles.slice(i, i + 500).map((article, j) =>
        toSavedArticle({ ...article, html: article.html + figures(i + j) }, new Date(start + (i + j) * 60_000).toISOString()));
      await library.putImported(batch.map((record, j) => ({ record, expectedUpdatedAt: null, pictures: picturesOf(i + j) })));
    }
  });
  line('fill the library (batches of 500, with the pictures)', ms(filling));
  const textBytes = articles.reduce((sum, a) => sum + 2 * (a.text.length + a.html.length), 0);
  line('storage: articles (text + HTML, UTF-16) / pictures', `${mb(textBytes)} / ${mb(count * picturesPerArticle * pictureBytes)}`);
  articles = articles.slice(0, 2); // the library holds them now; keep memory for the index

  const saves = await timeMany(10, async () => {
    const { article } = await library.save({ ...articles[0]!, title: `${articles[0]!.title} (again)` });
    return article;
  });
  line('save one article into the full library, median of 10', ms(median(saves)));

  const [summaries, firstList] = await time(() => library.list());
  const lists = await timeMany(5, () => library.list());
  line(`list ${summaries.length.toLocaleString('en')} summaries, first`, ms(firstList));
  line('list, median of 5', ms(median(lists)), { limit: 200, actual: median(lists) });
  line('count', ms(median(await timeMany(5, () => library.count()))));
  const ids = summaries.slice(0, 20).map((s) => s.id);
  const opens = [];
  for (const id of ids) {
    opens.push((await time(async () => {
      await library.get(id);
      return library.pictures(id);
    }))[1]);
  }
  line('open an article with its pictures, median of 20', ms(median(opens)));

  const [built, building] = await time(() => LibrarySearch.load(library));
  line('search index: build from the articles (first open)', ms(building));
  const [, snapshotting] = await time(() => built.close());
  line('search index: serialize and store the snapshot', ms(snapshotting));
  const [search, loading] = await time(() => LibrarySearch.load(library));
  line('search index: load the snapshot (every later open)', ms(loading));

  const perQuery: number[] = [];
  const hits: string[] = [];
  for (const query of QUERIES) {
    const durations = await timeMany(5, () => search.search(query));
    perQuery.push(median(durations));
    hits.push(`${query}: ${search.search(query).length}`);
  }
  line(`search, median over ${QUERIES.length} queries (5 runs each)`, ms(median(perQuery)), { limit: 50, actual: median(perQuery) });
  line('search, slowest query', `${ms(Math.max(...perQuery))} ("${QUERIES[perQuery.indexOf(Math.max(...perQuery))]}")`);
  line('search with a language filter ("stiri", ro)', ms(median(await timeMany(5, () => search.search('stiri', { language: 'ro' })))));
  line('refresh() when nothing changed, median of 5', ms(median(await timeMany(5, () => search.refresh()))));
  await library.save({ ...articles[1]!, title: 'Changed after the snapshot' });
  line('refresh() after one save', ms((await time(() => search.refresh()))[1]));
  console.log(`\nmatches per query: ${hits.join(', ')}`);
  await search.close();

  const [files, exporting] = await time(() => exportBackup(library));
  const bytes = files.reduce((sum, file) => sum + file.blob.size, 0);
  console.log('');
  line('export all (backup files)', `${ms(exporting)} (${files.length} files, ${mb(bytes)})`);
  const [plans, planning] = await time(async () => {
    let add = 0;
    let unchanged = 0;
    for (const file of files) {
      const plan = await planImport(library, await readBackup(file.blob));
      add += plan.add.length;
      unchanged += plan.unchanged;
    }
    return { add, unchanged };
  });
  line('import check of the export (read, validate, compare)', `${ms(planning)} (${plans.unchanged} unchanged, ${plans.add} new)`);
  library.close();

  const empty = await openLibrary({ indexedDB: new IDBFactory() });
  const [added, importing] = await time(async () => {
    let total = 0;
    for (const file of files) total += (await applyImport(empty, await planImport(empty, await readBackup(file.blob)))).added;
    return total;
  });
  const restored = [...(await empty.allPictures()).values()].reduce((sum, list) => sum + list.filter((p) => p.blob).length, 0);
  line('import the export into an empty library', `${ms(importing)} (${added} articles, ${restored} pictures)`);
  empty.close();
}

async function browser(): Promise<void> {
  console.log(`\nChromium, the library page with ${count.toLocaleString('en')} articles and ${picturesPerArticle} pictures each (${chromiumBuild ?? 'the e2e build'}):`);
  const articles = generateArticles(count);
  const { first, later } = await measureIndexInChromium(articles, { perArticle: picturesPerArticle, bytes: pictureBytes }, chromiumBuild, traceDir);
  const report = (label: string, open: OpenFigures): void => {
    line(`${label}: list shown / full-text search ready`, `${ms(open.listShown)} / ${ms(open.indexReady)}`);
    line(`${label}: longest main-thread task while indexing`, `${ms(open.longest)} (${open.count} tasks over 50 ms, ${ms(open.total)} in all)`, { limit: 50, actual: open.longest });
    line(`${label}: longest main-thread task of the visit`, ms(open.longestOverall));
    line(`${label}: articles found for a word of their text`, String(open.matches));
  };
  report('first open (index built)', first);
  report('later open (index loaded)', later);
}

const stringOption = (name: string): string | undefined => (flag(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const chromiumBuild = stringOption('--chromium-build');
const traceDir = stringOption('--trace');
const only = flag('--list-only') ? 'list' : flag('--browser-only') ? 'browser' : null;
if (only === null) await main();
if ((only === null && !flag('--no-browser')) || only === 'browser') await browser();
if (only === null || only === 'list') await benchLargeList(listCount, line, chromiumBuild);
