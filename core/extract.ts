/**
 * The extraction pipeline, the same in the content script, the tests and the CLI:
 * clone → fix lazy images → page rules → Readability → article rules → DOMPurify.
 * Language detection (franc) is not here: it runs in extension pages (see article.ts).
 */
import { blockText, elementsByTag, firstByTag, hostOf, listOf, pageShape, siteOf, textOf } from './dom';
import { findLead, restoreLead } from './lead';
import { articleMetadata, declaredLanguages, headlineOf, type MetaContents, metaContents, readPageMetadata, titleHint } from './metadata';
import { allPhrases, HOROSCOPE } from './phrases';
import { preparedCopy } from './page-copy';
import { isListPage } from './page-kind';
import { elementAt, isGalleryOrThread, missesProse, pathTo, proseCluster } from './prose';
import { createReadability } from './readability';
import { placesIn } from './removal-place';
import { RULES } from './rules/catalog';
import { RuleContext } from './rules/context';
import { applyRules, type RawRemoval, undoRemovals } from './rules/engine';
import { insideKnownWidget } from './rules/kinds/markup';
import type { Rule } from './rules/types';
import { type Sanitizer, sanitizerFor } from './sanitize';
import { pictureVariants } from './srcset';
import { countWords, foldText, letterCount, phraseMatcher, phrasePattern } from './text';
import { type ExtractedContent, NotAnArticleError, PageTooLargeError, type Removal } from './types';

export interface ExtractOptions {
  /** The page's address; defaults to the document's URL. Links and images are resolved against it. */
  url?: string;
  /** Pages with more elements than this are refused with a clear message (Readability is super-linear). */
  maxElements?: number;
  /** Pages whose elements nest deeper than this are refused with a clear message (see DEFAULT_MAX_DEPTH). */
  maxDepth?: number;
  rules?: readonly Rule[];
  /** Keep the sanitized markup of each removed block (the UI shows it on demand). */
  removedHtml?: boolean;
  /**
   * "Show anyway": the user asked for the page even though it does not look like an article. Whatever
   * text there is comes back (the whole cleaned page when Readability finds nothing) instead of a
   * NotAnArticleError; only a page with no text at all still fails.
   */
  force?: boolean;
  /** Filled with the milliseconds each step of the pipeline took (the benchmark's per-step table). */
  steps?: StepTimes;
}

/** Beyond this many elements (after dropping scripts, styles and SVG), Readability can take many seconds. */
export const DEFAULT_MAX_ELEMENTS = 30_000;
/**
 * Deeper than this, a page is refused. Readability's time grows with the square of the nesting depth
 * and worse (jsdom: 500 levels 2.4 s, 1,000 levels 20 s, 2,000 levels 6 min), and parts of it and of
 * the DOM (cloning, serializing) recurse once per level, so a deep enough page overflows the stack.
 * Chromium's HTML parser nests no deeper than 512 levels, so only a page built by script goes beyond
 * this; the deepest of the 1,116 benchmark pages has 48 levels.
 */
export const DEFAULT_MAX_DEPTH = 512;
/** If the article rules would leave less than this share of the article's prose, they are undone. */
const MIN_KEPT_SHARE = 0.4;
/** Fewer letters than this (a short news brief has several hundred) is not an article, unless it has a sentence. */
const MIN_ARTICLE_LETTERS = 150;
/** A block with this many words is a sentence, not a label. */
const SENTENCE_WORDS = 8;
/** A Readability result shorter than this after the page rules is retried without them. */
const MIN_ARTICLE_CHARS = 250;

const LIST_PAGE_MESSAGE = 'This page is a list of links to articles (a section front, a tag or search page), not an article.';

const HOROSCOPE_WORDS = phraseMatcher(allPhrases(HOROSCOPE));
const HOROSCOPE_ANYWHERE = new RegExp(phrasePattern(allPhrases(HOROSCOPE)), 'u');

/** The pipeline's steps, in order, as `steps` reports their time. */
export const STEPS = ['measure', 'copy', 'pageKind', 'pageRules', 'measures', 'readability', 'fallbacks', 'articleRules', 'sanitize'] as const;
export type StepName = (typeof STEPS)[number];
export type StepTimes = Partial<Record<StepName, number>>;

/** Runs one step, adding its milliseconds to `times` when the caller asked for them. */
function timer(times: StepTimes | undefined): <T>(name: StepName, run: () => T) => T {
  if (!times) return (_name, run) => run();
  return (name, run) => {
    const start = performance.now();
    try {
      return run();
    } finally {
      times[name] = (times[name] ?? 0) + performance.now() - start;
    }
  };
}

/** An article found on one copy of the page, with the page rules' removals from that copy. */
interface Candidate {
  parsed: Parsed | null;
  /** Characters of the article's text (0 without an article). */
  length: number;
  removals: RawRemoval[];
  /** False when the article is the whole page: no lead to put back above it. */
  withLead: boolean;
}

/** What the fallbacks know about the page and the first attempt. */
interface PageFacts {
  force: boolean;
  /** The first attempt took the page rules' removals (so an attempt without most of them can differ). */
  pageRulesRemoved: boolean;
  /** Readability's first choice misses the prose cluster (and the cluster is no widget's, gallery or thread). */
  missedProse: () => boolean;
}

/**
 * A fallback: a fresh copy of the page thinned by `pageRules`, where the article is found by
 * `article`. It is tried `when` the article so far calls for it, and kept by `keeps`.
 */
interface Attempt {
  pageRules: 'all' | 'widgets';
  article: 'readability' | 'proseCluster' | 'postBody' | 'wholePage';
  when: (current: Candidate, page: PageFacts) => boolean;
  /** Kept whatever its length, because it corrects a wrong choice (else only when it holds more text). */
  corrects?: boolean;
  note: string;
}

/** The fallback ladder, tried in order after Readability's first answer. */
const FALLBACKS: readonly Attempt[] = [
  {
    // Readability chose a block without the page's prose (a table of names, a form): take the prose.
    pageRules: 'all', article: 'proseCluster', corrects: true,
    when: (current, page) => current.parsed !== null && page.missedProse(),
    note: 'Readability chose a block without most of the page\'s prose; the article is the prose instead.',
  },
  {
    // The page rules may have taken what Readability needed: try again with only the widget and banner ones.
    pageRules: 'widgets', article: 'readability',
    when: (current, page) => current.length < MIN_ARTICLE_CHARS && page.pageRulesRemoved,
    note: 'Most page-level rules were undone: without them more article text was found.',
  },
  {
    // A post that is a list of links (a link roll, a reading list) is too link-dense for Readability,
    // but its CMS marks the post body: that is the article.
    pageRules: 'all', article: 'postBody',
    when: (current, page) => !page.force && current.length < MIN_ARTICLE_CHARS,
    note: 'Readability found no article; the post body the page marks up is the article.',
  },
  {
    // "Show anyway" on a page without an article: the whole cleaned page.
    pageRules: 'all', article: 'wholePage', corrects: true,
    when: (current, page) => page.force && (!current.parsed || letterCount(textOf(current.parsed.content)) < MIN_ARTICLE_LETTERS),
    note: '',
  },
];

/** The one criterion: an attempt's article replaces the current one when it corrects it or holds more text. */
function keeps(attempt: Attempt, found: Candidate, current: Candidate): boolean {
  return found.parsed !== null && (attempt.corrects === true || found.length > current.length);
}

export function extractContent(source: Document, options: ExtractOptions = {}): ExtractedContent {
  const url = options.url ?? source.URL;
  const rules = options.rules ?? RULES;
  const step = timer(options.steps);
  const notes: string[] = [];

  step('measure', () => refuseHugePage(source, options));
  const meta = metaContents(source);
  const doc = step('copy', () => preparedCopy(source));
  const site = siteFromUrl(url);
  const title = titleHint(doc, meta);
  const aboutHoroscopes = HOROSCOPE_WORDS.test(foldText(`${title} ${urlPathWords(url)}`));
  // Read before any rule removes a thing: the page's own metadata, and whether it is a page of links.
  const pageMetadata = step('pageKind', () => {
    const read = readPageMetadata(doc, meta);
    const facts = { ldTypes: read.ldTypes, published: meta.has('article:published_time'), ogArticle: meta.get('og:type')?.toLowerCase() === 'article', url };
    if (!options.force && doc.body && isListPage(doc.body, facts)) throw new NotAnArticleError(LIST_PAGE_MESSAGE);
    return read;
  });
  const pageContext = (page: Document): RuleContext => new RuleContext({
    root: page.body ?? page.documentElement, stage: 'page', url, site, title, aboutHoroscopes,
  });
  const context = pageContext(doc);
  const pageRemovals = step('pageRules', () => applyRules(context, rules));
  // Read before Readability takes the copy apart: the lead (copied, put back after the article rules,
  // see lead.ts), the headings that may be the headline, and the prose cluster (found again by its path).
  const { lead, headings, cluster, clusterPath } = step('measures', () => {
    const cluster = doc.body ? proseCluster(doc.body) : null;
    return {
      lead: findLead(context, meta)?.cloneNode(true) as Element | undefined,
      headings: headingTexts(doc),
      cluster,
      clusterPath: cluster && doc.body ? pathTo(doc.body, cluster.container) : null,
    };
  });
  const first = step('readability', () => runReadability(doc));

  const parsed = step('fallbacks', () => {
    let current: Candidate = { parsed: first, length: first ? textOf(first.content).length : 0, removals: pageRemovals, withLead: true };
    const page: PageFacts = {
      force: options.force === true,
      pageRulesRemoved: pageRemovals.length > 0,
      // The prose of a consent dialog or a widget (its legal text can outweigh a short article), a gallery's
      // captions or a comment thread is not the article.
      missedProse: () => first !== null && cluster !== null && clusterPath !== null
        && missesProse(first.content, cluster, textOf(first.content)) && !insideKnownWidget(context, cluster.container, rules)
        && !isGalleryOrThread(cluster),
    };
    // Fresh copies thinned by all the page rules are shared: attempts only read them (Readability gets its own).
    let thinned: { doc: Document; removals: RawRemoval[] } | undefined;
    const freshCopy = (pageRules: Attempt['pageRules'], forReadability: boolean): { doc: Document; removals: RawRemoval[] } => {
      if (pageRules === 'all' && !forReadability && thinned) return thinned;
      const fresh = preparedCopy(source);
      const removals = applyRules(pageContext(fresh), pageRules === 'all' ? rules : rules.filter((rule) => rule.neverArticle));
      if (pageRules === 'all' && !forReadability) thinned = { doc: fresh, removals };
      return { doc: fresh, removals };
    };
    for (const attempt of FALLBACKS) {
      if (!attempt.when(current, page)) continue;
      const found = findArticle(attempt, freshCopy(attempt.pageRules, attempt.article === 'readability'), current, clusterPath, title);
      if (keeps(attempt, found, current)) {
        current = found;
        if (attempt.note) notes.push(attempt.note);
      }
    }
    return current;
  });
  if (!parsed.parsed) throw new NotAnArticleError();

  const { content } = parsed.parsed;
  const about = articleMetadata(pageMetadata, {
    url, byline: parsed.parsed.byline, siteName: parsed.parsed.siteName, publishedTime: parsed.parsed.publishedTime,
    title: headlineOfArticle(parsed.parsed, title, headings, meta, url),
  });
  const articleTitle = about.title;
  const removals = step('articleRules', () => {
    const contentText = textOf(content);
    const articleContext = new RuleContext({
      root: content, stage: 'article', url, site, title: articleTitle,
      aboutHoroscopes: aboutHoroscopes || isAboutHoroscopes(content, contentText, articleTitle),
    });
    const proseBefore = articleContext.prose(content);
    const lettersBefore = letterCount(contentText);
    const articleRemovals = applyRules(articleContext, rules);
    const tookMostProse = proseBefore > MIN_ARTICLE_CHARS && articleContext.prose(content) < proseBefore * MIN_KEPT_SHARE;
    // A short post the rules would shrink below an article's length (a blog post read as a comment thread).
    const tookTheArticle = lettersBefore >= MIN_ARTICLE_LETTERS && letterCount(textOf(content)) < MIN_ARTICLE_LETTERS;
    const undo = tookMostProse || tookTheArticle;
    if (undo) {
      undoRemovals(articleRemovals);
      notes.push('The article-level rules were undone: they would have removed most of the text.');
    }
    if (lead && parsed.withLead && restoreLead(content, lead)) notes.push('The lead paragraph was put back above the article.');
    return undo ? parsed.removals : parsed.removals.concat(articleRemovals);
  });

  return step('sanitize', () => {
    // The clone has no window of its own; DOMPurify works in the source page's (isolated) window.
    const view = source.defaultView;
    if (!view) throw new Error('The page has no window to sanitize in.');
    const sanitizer = sanitizerFor(view);
    // Chosen before sanitizing, which drops srcset.
    const variants = pictureVariants(content, url);
    const clean = sanitizer.sanitizeOwnCopy(content, url);
    if (!clean) throw new NotAnArticleError();
    const text = blockText(clean);
    // A sign-in form or a gallery leaves a few labels behind: that is not an article. A very short
    // post still has a sentence.
    if (!text || (!options.force && letterCount(text) < MIN_ARTICLE_LETTERS && !hasSentence(text))) throw new NotAnArticleError();
    return {
      url,
      title: articleTitle,
      byline: about.byline,
      siteName: about.siteName,
      publishedTime: about.publishedTime,
      declaredLanguages: declaredLanguages(source, meta),
      text,
      html: clean.innerHTML,
      wordCount: countWords(text),
      removed: listedRemovals(removals, rules, options.removedHtml === false ? null : sanitizer, url, clean),
      notes,
      ...(variants.length > 0 && { pictureVariants: variants }),
    };
  });
}

/**
 * The removals a reader sees, each with its blocks' sanitized markup (when a sanitizer is given and
 * its rule does not list it as text), all sanitized in one pass, and its place in the article. Empty wrappers (an unfilled ad
 * slot, an icon-only button) change nothing a reader sees: not listed.
 */
function listedRemovals(removals: readonly RawRemoval[], rules: readonly Rule[], sanitizer: Sanitizer | null, url: string, article: Element): Removal[] {
  const asText = new Set(rules.filter((rule) => rule.listedAsText).map((rule) => rule.id));
  const listed = removals.filter((removal) => removal.text);
  const withMarkup = (removal: RawRemoval): boolean => sanitizer !== null && !asText.has(removal.rule);
  const html = sanitizer ? sanitizer.sanitizeOwnEach(listed.filter(withMarkup).flatMap((removal) => removal.elements), url) : [];
  const places = placesIn(article, listed.map((removal) => removal.neighbours));
  let next = 0;
  return listed.map((removal, i): Removal => {
    const place = places[i];
    return {
      rule: removal.rule,
      category: removal.category,
      text: removal.text,
      html: withMarkup(removal) ? html.slice(next, (next += removal.elements.length)).join('') : '',
      stage: removal.stage,
      ...(place && { place }),
    };
  });
}

/** Before any work: huge or deep pages are refused in a single walk of the page, without copying it. */
function refuseHugePage(source: Document, options: ExtractOptions): void {
  const shape = pageShape(source);
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (shape.elements > maxElements) throw new PageTooLargeError(shape.elements, maxElements);
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (shape.depth > maxDepth) throw new PageTooLargeError(shape.depth, maxDepth, 'levels');
}

/** The article's headline: Readability's title or the page's, checked against the page's headings (see headlineOf). */
function headlineOfArticle(parsed: Parsed, title: string, headings: string[], meta: MetaContents, url: string): string {
  const siteNames = [parsed.siteName ?? '', meta.get('og:site_name') ?? '', hostOf(url) ?? ''];
  const articleHeading = firstByTag(parsed.content, 'h1', 'h2')?.textContent;
  return headlineOf((parsed.title ?? '').trim() || title, articleHeading ? [...headings, articleHeading] : headings, siteNames);
}

/** An attempt of the ladder on its copy of the page. */
function findArticle(attempt: Attempt, copy: { doc: Document; removals: RawRemoval[] }, current: Candidate, clusterPath: number[] | null, title: string): Candidate {
  const body = copy.doc.body;
  const found = (parsed: Parsed | null, withLead = true): Candidate => ({
    parsed, length: parsed ? textOf(parsed.content).length : 0, removals: copy.removals, withLead,
  });
  const inPlaceOf = (el: Element | null): Parsed | null => (el ? { ...(current.parsed ?? wholePage(el, title)), content: el } : null);
  switch (attempt.article) {
    case 'readability': return found(runReadability(copy.doc));
    case 'proseCluster': return found(inPlaceOf(body && clusterPath ? elementAt(body, clusterPath) : null));
    case 'postBody': return found(inPlaceOf(body ? markedPostBody(body) : null));
    case 'wholePage': return found(body ? wholePage(body, title) : null, false);
  }
}

interface Parsed {
  content: Element;
  title: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
  publishedTime: string | null | undefined;
}

function runReadability(doc: Document): Parsed | null {
  const result = createReadability(doc, { serializer: (node) => node as Element, keepClasses: true }).parse();
  if (!result?.content) return null;
  return { ...result, content: result.content };
}

/** The page itself as the "article", for "show anyway" when Readability finds none. */
function wholePage(body: Element, title: string): Parsed {
  return { content: body, title, byline: null, siteName: null, publishedTime: null };
}

/** Where CMSs put a post's body: schema.org articleBody, WordPress, Blogger and common theme classes. */
const POST_BODY_SELECTOR = '[itemprop="articleBody"], .entry-content, .post-content, .post-body, .article-body, .article-content, .story-body';

/** The longest marked-up post body of the page (in the copy, whose DOM methods the page cannot clobber). */
function markedPostBody(body: HTMLElement): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const candidate of listOf(body.querySelectorAll(POST_BODY_SELECTOR))) {
    const length = textOf(candidate).length;
    if (length > bestLength) [best, bestLength] = [candidate, length];
  }
  return best;
}

/** The page's first h1 headings (in the copy: the live page's DOM methods can be clobbered by its markup). */
function headingTexts(doc: Document): string[] {
  return listOf(doc.getElementsByTagName('h1')).slice(0, 3).map((heading) => heading.textContent ?? '');
}

function hasSentence(text: string): boolean {
  return text.split('\n').some((block) => countWords(block) >= SENTENCE_WORDS);
}

/** True when at least a third of the article's paragraphs are about horoscopes: then the article is one. */
function isAboutHoroscopes(content: Element, text: string, title: string): boolean {
  if (HOROSCOPE_WORDS.test(foldText(title))) return true;
  // Most articles never name a sign: one look at the whole text (without word boundaries, which its
  // blocks run together without), then paragraph by paragraph.
  if (!HOROSCOPE_ANYWHERE.test(foldText(text))) return false;
  const paragraphs = elementsByTag(content, 'p', 'li', 'h2', 'h3').filter((p) => textOf(p).length > 40);
  if (paragraphs.length === 0) return false;
  const about = paragraphs.filter((p) => HOROSCOPE_WORDS.test(foldText(textOf(p)))).length;
  return about / paragraphs.length >= 1 / 3;
}

function siteFromUrl(url: string): string | null {
  const host = hostOf(url);
  return host ? siteOf(host) : null;
}

/** The URL's path as words ("/horoscop/zodia-leu" → " horoscop zodia leu"), empty for a URL that does not parse. */
function urlPathWords(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/[-_/]+/g, ' ');
  } catch {
    return '';
  }
}
