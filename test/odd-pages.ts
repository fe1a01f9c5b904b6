/**
 * Huge and odd pages for the core, shared by test/huge-pages.test.ts (what each must end with) and
 * bench/huge-pages.ts (how long each takes): 100,000 elements, a 10 MB text node, deep nesting,
 * frames, shadow DOM and a page that keeps changing. Each builder returns HTML, or works on a
 * document, around the same ordinary article (ARTICLE_TEXTS.en) so a result can be checked.
 */
import { extractContent, type ExtractOptions } from '../core/extract';
import type { ExtractedContent } from '../core/types';
import { ARTICLE_TEXTS } from './article-texts';
import { articlePage } from './helpers';

export const PAGE_URL = 'https://news.example.org/city/2025/03/12/budget-approved';
export const ARTICLE = ARTICLE_TEXTS.en;

const articleMarkup = (): string =>
  `<article><h1>${ARTICLE.title}</h1>${ARTICLE.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;

const bare = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ARTICLE.title}</title></head><body>${body}</body></html>`;

/** The article followed by a listing of `cells` two-element cells: about 2 × cells elements in all. */
export function manyElementsPage(cells: number): string {
  return articlePage({ lang: 'en', ...ARTICLE, below: `<section class="listing">${'<div><span>cell</span></div>'.repeat(cells)}</section>` });
}

/** A sentence repeated in one paragraph, one text node of about `bytes` characters, after the title. */
export function bigTextPage(bytes: number): string {
  const sentence = 'The council approved the budget after a long debate about buses, schools and bridges. ';
  const text = sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
  return bare(`<article><h1>${ARTICLE.title}</h1><p>${text}</p></article>`);
}

/**
 * The article inside `wrappers` nested <div>s: its paragraphs sit at level wrappers + 4 (html, body,
 * the wrappers, article, p). Parsed, so it is built the way the CLI builds a saved page; jsdom's
 * parser takes time in the square of the depth (5,000 levels: about 2 s).
 */
export function deepPage(wrappers: number): string {
  return bare(`${'<div>'.repeat(wrappers)}${articleMarkup()}${'</div>'.repeat(wrappers)}`);
}

/** Levels of the deepest element of deepPage(wrappers). */
export const deepPageLevels = (wrappers: number): number => wrappers + 4;

/** The article as elements of `doc`, built node by node (no HTML parsing). */
export function storyElement(doc: Document, story: { title: string; paragraphs: readonly string[] } = ARTICLE): HTMLElement {
  const article = doc.createElement('article');
  const heading = doc.createElement('h1');
  heading.textContent = story.title;
  article.append(heading);
  for (const text of story.paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  return article;
}

/**
 * The nesting of deepPage built in an existing document from the inside out (no parsing): linear in
 * the depth, but attaching it still makes jsdom recurse once per level (see test/large-stack.ts).
 */
export function appendDeepArticle(doc: Document, wrappers: number): void {
  let node: Element = storyElement(doc);
  for (let i = 0; i < wrappers; i++) {
    const div = doc.createElement('div');
    div.append(node);
    node = div;
  }
  doc.body.append(node);
}

export const FRAME_TEXT = 'This sentence lives in a framed document and must never appear in the article we extract.';

/**
 * The article with frames around it: an iframe with srcdoc, an iframe with an address, an object
 * and an embed. `fillFrames` then writes text into each iframe's own document, as a loaded frame has.
 */
export function framesPage(): string {
  const frames = `<iframe srcdoc="<p>${FRAME_TEXT}</p>"></iframe>`
    + '<iframe src="https://ads.example.com/frame.html" title="Advertisement"></iframe>'
    + '<object data="https://ads.example.com/widget.html" type="text/html"></object>'
    + '<embed src="https://ads.example.com/widget.swf">';
  return articlePage({ lang: 'en', ...ARTICLE, after: 3, clutter: frames });
}

/** A page whose only article is inside an iframe (an embedded story). */
export function articleOnlyInFramePage(): string {
  const story = `<h1>${ARTICLE.title}</h1>${ARTICLE.paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
  return bare(`<header><a href="/">Example News</a></header><iframe srcdoc="${story.replace(/"/g, '&quot;')}"></iframe>`);
}

/** Writes FRAME_TEXT into the document of every iframe (jsdom loads none: their documents start empty). */
export function fillFrames(doc: Document): number {
  let filled = 0;
  for (const frame of Array.from(doc.getElementsByTagName('iframe'))) {
    const inner = frame.contentDocument;
    if (!inner) continue;
    const body = inner.body ?? (inner.documentElement ?? inner.appendChild(inner.createElement('html'))).appendChild(inner.createElement('body'));
    const p = inner.createElement('p');
    p.textContent = FRAME_TEXT;
    body.append(p);
    filled++;
  }
  return filled;
}

export const SHADOW_TEXT = 'This sentence lives in an open shadow root and is not part of the article we extract.';

/** Attaches an open shadow root holding `content(doc)` to every element matching `selector`. */
export function attachShadowContent(doc: Document, selector: string, content: (doc: Document) => Node = shadowParagraph): number {
  const hosts = Array.from(doc.querySelectorAll(selector));
  for (const host of hosts) host.attachShadow({ mode: 'open' }).append(content(doc));
  return hosts.length;
}

function shadowParagraph(doc: Document): Node {
  const p = doc.createElement('p');
  p.textContent = SHADOW_TEXT;
  return p;
}

/** The article followed by a comment widget that renders into an open shadow root. */
export function shadowWidgetPage(): string {
  return articlePage({ lang: 'en', ...ARTICLE, below: '<comment-widget class="comments"></comment-widget>' });
}

/** A page whose article is rendered inside an open shadow root only (a web-component news site). */
export function articleOnlyInShadowPage(): string {
  return bare('<header><a href="/">Example News</a></header><news-story></news-story>');
}

/**
 * A single-page app: an empty shell whose script renders the route's story into #app, keeps a live
 * ticker running, and counts every change to its own document (window.__mutations() returns the
 * count since the last call, pending records included). Loaded with
 * scripts enabled, it changes after load and keeps changing while it is open.
 */
export function singlePageApp(): string {
  const stories = {
    '/budget': { title: ARTICLE.title, paragraphs: ARTICLE.paragraphs },
    '/weather': { title: SECOND_STORY.title, paragraphs: SECOND_STORY.paragraphs },
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example News</title></head><body>
<div id="ticker">Live: 0</div><main id="app"><p>Loading…</p></main>
<script>
  const stories = ${JSON.stringify(stories)};
  window.render = (route) => {
    const story = stories[route];
    const app = document.getElementById('app');
    app.replaceChildren();
    const article = document.createElement('article');
    const h1 = document.createElement('h1');
    h1.textContent = story.title;
    article.append(h1);
    for (const text of story.paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    app.append(article);
    document.title = story.title;
  };
  let ticks = 0;
  setInterval(() => { document.getElementById('ticker').textContent = 'Live: ' + ++ticks; }, 1);
  const records = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__mutations = () => records.splice(0).length + observer.takeRecords().length;
  setTimeout(() => window.render('/budget'), 0);
</script>
</body></html>`;
}

export const SECOND_STORY = {
  title: 'Storm warning for the coast as heavy rain moves in',
  paragraphs: [
    'The national weather service issued a storm warning for the whole coast on Wednesday, with heavy rain and gusts of up to ninety kilometres an hour expected from the evening onwards.',
    'Schools in three districts will stay closed on Thursday, and the port authority has asked ferry operators to keep their ships in harbour until the wind drops below storm force.',
    'Forecasters said the rain could bring more than a hundred litres per square metre in places, which is more than usually falls in the whole of March along this part of the coast.',
  ],
};

export type Outcome =
  | { ok: true; ms: number; content: ExtractedContent }
  | { ok: false; ms: number; name: string; message: string };

/** extractContent, timed; an error comes back as its name and message (anything else thrown fails the caller). */
export function timedExtract(doc: Document, options: ExtractOptions = {}): Outcome {
  const started = performance.now();
  try {
    const content = extractContent(doc, { url: PAGE_URL, ...options });
    return { ok: true, ms: performance.now() - started, content };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return { ok: false, ms: performance.now() - started, name: error.name, message: error.message };
  }
}
