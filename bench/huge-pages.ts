/**
 * Timings of the huge and odd pages (test/odd-pages.ts) through the core, in jsdom:
 *
 *   npm run bench:huge [-- --only elements,text,depth,frames,shadow,spa]
 *
 * One line per case: what it ended with (the article's length or the message), the time to build
 * the page (parsing, not part of extraction), extractContent's time, and toArticle's (language and
 * reading time, as the popup adds them). test/huge-pages.test.ts checks the outcomes against
 * generous ceilings; this prints the real figures. jsdom is slower than a browser's DOM; the trend
 * matters more than the numbers.
 */
import { JSDOM } from 'jsdom';
import { parsePage } from '../cli/load-page';
import { toArticle } from '../core/article';
import { DEFAULT_MAX_DEPTH } from '../core/extract';
import { runInWorker } from '../test/in-worker';
import {
  articleOnlyInFramePage, articleOnlyInShadowPage, attachShadowContent, bigTextPage, deepPage, deepPageLevels, fillFrames,
  framesPage, manyElementsPage, type Outcome, PAGE_URL, shadowWidgetPage, singlePageApp, storyElement, timedExtract,
} from '../test/odd-pages';

interface Row {
  name: string;
  outcome: string;
  buildMs: number;
  extractMs: number;
  articleMs: number | null;
}

type Case = { group: string; name: string; run(): Promise<Row> | Row };

/** Parses the page, lets `prepare` change it, runs the pipeline, and reports. */
function parsedCase(group: string, name: string, html: () => string, prepare?: (doc: Document) => void): Case {
  return {
    group,
    name,
    run() {
      const started = performance.now();
      const page = parsePage(html(), PAGE_URL);
      prepare?.(page.document);
      const buildMs = performance.now() - started;
      try {
        return row(name, buildMs, timedExtract(page.document));
      } finally {
        page.close();
      }
    },
  };
}

function row(name: string, buildMs: number, outcome: Outcome): Row {
  if (!outcome.ok) return { name, outcome: `${outcome.name}: ${outcome.message}`, buildMs, extractMs: outcome.ms, articleMs: null };
  const started = performance.now();
  const article = toArticle(outcome.content);
  const articleMs = performance.now() - started;
  const chars = outcome.content.text.length.toLocaleString('en');
  return { name, outcome: `article: ${chars} characters, ${article.language.code}`, buildMs, extractMs: outcome.ms, articleMs };
}

async function singlePageAppRow(): Promise<Row> {
  const started = performance.now();
  const dom = new JSDOM(singlePageApp(), { url: PAGE_URL, runScripts: 'dangerously' });
  try {
    const doc = dom.window.document;
    while (!doc.querySelector('#app article')) await new Promise((resolve) => setTimeout(resolve, 5));
    return row('single-page app, rendered after load, ticking', performance.now() - started, timedExtract(doc));
  } finally {
    dom.window.close();
  }
}

const CASES: Case[] = [
  parsedCase('elements', '30,000 elements (the limit)', () => manyElementsPage(14_985)),
  parsedCase('elements', '100,000 elements', () => manyElementsPage(50_000)),
  parsedCase('elements', '300,000 elements', () => manyElementsPage(150_000)),
  parsedCase('text', '1 MB text node', () => bigTextPage(1_000_000)),
  parsedCase('text', '10 MB text node', () => bigTextPage(10_000_000)),
  parsedCase('depth', `${DEFAULT_MAX_DEPTH} levels (the deepest accepted)`, () => deepPage(DEFAULT_MAX_DEPTH - deepPageLevels(0))),
  parsedCase('depth', '5,000 levels', () => deepPage(4_996)),
  {
    group: 'depth',
    name: '20,000 levels (built in a worker with a 256 MB stack)',
    async run() {
      const report = await runInWorker('extractBuiltDeepPage', 19_996, 256);
      const outcome = report.error ? `${report.error.name}: ${report.error.message}` : `article: ${report.textLength} characters`;
      return { name: this.name, outcome, buildMs: report.buildMs, extractMs: report.ms, articleMs: null };
    },
  },
  parsedCase('frames', 'article with iframes, object, embed', framesPage, (doc) => void fillFrames(doc)),
  parsedCase('frames', 'article only inside an iframe', articleOnlyInFramePage),
  parsedCase('shadow', 'article with a widget in an open shadow root', shadowWidgetPage, (doc) => void attachShadowContent(doc, 'comment-widget')),
  parsedCase('shadow', 'article only inside an open shadow root', articleOnlyInShadowPage,
    (doc) => void attachShadowContent(doc, 'news-story', (owner) => storyElement(owner))),
  { group: 'spa', name: 'single-page app', run: singlePageAppRow },
];

function parseOnly(args: string[]): Set<string> | null {
  const at = args.indexOf('--only');
  if (at < 0) return null;
  return new Set((args[at + 1] ?? '').split(',').filter(Boolean));
}

const only = parseOnly(process.argv.slice(2));
const ms = (value: number | null): string => (value === null ? '' : value.toFixed(0)).padStart(9);
console.log(`${'case'.padEnd(52)} ${'build ms'.padStart(9)} ${'extract'.padStart(9)} ${'article'.padStart(9)}  outcome`);
for (const item of CASES) {
  if (only && !only.has(item.group)) continue;
  const result = await item.run();
  console.log(`${result.name.padEnd(52)} ${ms(result.buildMs)} ${ms(result.extractMs)} ${ms(result.articleMs)}  ${result.outcome}`);
}
