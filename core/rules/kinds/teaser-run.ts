/**
 * Teaser lists: runs of headline links (with their images, source names and summaries) that point
 * at other articles. Judged by shape, not by class names: a teaser is a headline-length link that
 * dominates its block; a run is three or more of them among siblings, with the labels and summaries
 * that repeat between them.
 */
import { hasTag, linkHost, linksIn, siteOf } from '../../dom';
import { letterCount } from '../../text';
import type { RuleContext } from '../context';
import { matcherKind } from '../kind';

/** Three or more headline-shaped teaser links in a row or in one box; `crossSite` = most point to other sites. */
export interface TeaserRunMatch {
  kind: 'teaserRun';
  minTeasers: number;
  crossSite: boolean;
}

/** How far above a headline link its list may start (link → card → list). */
const MAX_CARD_DEPTH = 6;

type Kind = 'teaser' | 'repeat' | 'label' | 'summary' | 'media' | 'other';

interface Item {
  el: Element;
  kind: Kind;
  href?: string;
  /** Teasers packed in one child (a wrapper around a list). */
  count: number;
}

const MIN_HEADLINE_LETTERS = 15;
const MIN_HEADLINE_WORDS = 3;
/** Teaser summaries are a sentence or two; longer text between links is an article's own. */
const MAX_SUMMARY = 220;
/** Items one teaser card may hold besides its headline link: a label, a picture, a summary, a date line. */
const MAX_CARD_ITEMS = 4;
/** Data tables hold links in rows, but they are content. */
const TABLE_PARTS = /^(TABLE|TBODY|THEAD|TFOOT|TR)$/;

/**
 * A table used for layout, not data: no row has more than one cell with text (an old site's list of
 * headlines, one per row, between spacer rows). A data table has columns.
 */
function isLayoutTable(ctx: RuleContext, rows: Element): boolean {
  if (rows.tagName === 'TR') return false;
  for (let row = rows.firstElementChild; row; row = row.nextElementSibling) {
    if (row.tagName !== 'TR') continue;
    let filled = 0;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (ctx.text(cell) && ++filled > 1) return false;
    }
  }
  return true;
}

function isHeadline(text: string): boolean {
  return letterCount(text) >= MIN_HEADLINE_LETTERS && text.split(/\s+/).length >= MIN_HEADLINE_WORDS;
}

/** Distinct targets of the headline links in an element. */
function headlineLinks(ctx: RuleContext, el: Element): Map<string, Element> {
  const links = new Map<string, Element>();
  const anchors = el.tagName === 'A' ? [el] : linksIn(el);
  for (const a of anchors) {
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || !isHeadline(ctx.text(a))) continue;
    if (!links.has(href)) links.set(href, a);
  }
  return links;
}

function classify(ctx: RuleContext, el: Element, previousHref: string | undefined): Item {
  const text = ctx.text(el);
  if (!text) {
    return { el, kind: hasTag(el, 'img', 'picture', 'figure', 'svg') || el.tagName === 'IMG' ? 'media' : 'other', count: 0 };
  }
  const links = headlineLinks(ctx, el);
  if (links.size >= 3 && ctx.linkDensity(el) >= 0.5) return { el, kind: 'teaser', count: links.size };
  if (links.size >= 1 && links.size <= 2 && text.length <= 500) {
    const [href, first] = links.entries().next().value as [string, Element];
    const linkShare = letterCount(ctx.text(first)) / Math.max(1, letterCount(text));
    // A headline link leads its card or fills most of it; a link inside a sentence does neither.
    if (linkShare >= 0.3 || text.startsWith(ctx.text(first))) {
      return href === previousHref && links.size === 1 ? { el, kind: 'repeat', href, count: 0 } : { el, kind: 'teaser', href, count: 1 };
    }
  }
  const density = ctx.linkDensity(el);
  if (text.length <= 50 && !/[.!?]$/.test(text)) return { el, kind: 'label', count: 0 };
  if (text.length <= MAX_SUMMARY && density < 0.3 && !hasTag(el, 'h1')) return { el, kind: 'summary', count: 0 };
  return { el, kind: 'other', count: 0 };
}

function classifyChildren(ctx: RuleContext, parent: Element): Item[] {
  const items: Item[] = [];
  let previousHref: string | undefined;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (/^(SCRIPT|STYLE|NOSCRIPT|BR|HR)$/.test(child.tagName)) continue;
    const item = classify(ctx, child, previousHref);
    if (item.kind === 'teaser' || item.kind === 'repeat') previousHref = item.href;
    items.push(item);
  }
  return items;
}

/**
 * Splits children into runs of teasers. Labels, images and summaries may sit between teasers; before
 * the first and after the last teaser they are taken only when they repeat the pattern seen between
 * teasers (a source name before every headline, a summary after every one), so an article line
 * next to a list is not swept in.
 */
function teaserRuns(items: Item[]): Item[][] {
  const runs: Item[][] = [];
  let start = -1;
  const flush = (end: number): void => {
    if (start < 0) return;
    const run = items.slice(start, end);
    start = -1;
    const teaserIdx = run.map((item, i) => (item.kind === 'teaser' ? i : -1)).filter((i) => i >= 0);
    if (teaserIdx.length === 0) return;
    const first = teaserIdx[0]!;
    const last = teaserIdx[teaserIdx.length - 1]!;
    const gap = majorityGap(run, teaserIdx);
    const lead = matchingEdge(run.slice(0, first).reverse(), [...gap].reverse());
    const tail = matchingEdge(run.slice(last + 1), gap);
    runs.push(run.slice(first - lead, last + 1 + tail));
  };
  let lastTeaser = -1;
  items.forEach((item, i) => {
    if (item.kind === 'other') flush(i);
    else if (item.kind === 'teaser' && start >= 0 && lastTeaser >= start && i - lastTeaser - 1 > MAX_CARD_ITEMS) {
      // More between two headline links than one card holds: an article's own paragraphs and
      // headings around a few "Related:" links, not one list.
      flush(i);
      start = i;
    } else if (start < 0) start = i;
    if (item.kind === 'teaser') lastTeaser = i;
  });
  flush(items.length);
  return runs;
}

/** The most common sequence of item kinds between two consecutive teasers. */
function majorityGap(run: Item[], teaserIdx: number[]): Kind[] {
  const counts = new Map<string, number>();
  for (let k = 0; k + 1 < teaserIdx.length; k++) {
    const key = run.slice(teaserIdx[k]! + 1, teaserIdx[k + 1]!).map((item) => item.kind).join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best ? (best.split(',') as Kind[]) : [];
}

/** How many edge items follow the gap pattern, reading outwards from the teasers. */
function matchingEdge(edge: Item[], pattern: Kind[]): number {
  let n = 0;
  while (n < edge.length && n < pattern.length && edge[n]!.kind === pattern[n]) n++;
  return n;
}

/**
 * Promo widgets send readers to other sites, usually several (sister sites, a network's advertisers).
 * Links to one other site with written summaries are more likely an article's own (a deals post).
 */
function pointsElsewhere(ctx: RuleContext, items: Item[]): boolean {
  if (!ctx.site) return false;
  let elsewhere = 0;
  let total = 0;
  const sites = new Set<string>();
  for (const item of items) {
    if (item.kind !== 'teaser') continue;
    for (const a of headlineLinks(ctx, item.el).values()) {
      const host = linkHost(a, ctx.url);
      if (!host) continue;
      total++;
      const site = siteOf(host);
      if (site !== ctx.site) {
        elsewhere++;
        sites.add(site);
      }
    }
  }
  const summarised = items.some((item) => item.kind === 'summary');
  return total > 0 && elsewhere / total >= 0.6 && (sites.size >= 2 || !summarised);
}

/**
 * A citation: "et al.", a DOI, or volume, issue and pages after the year ("2019;39(4):544-555",
 * "2020, 12(3), 45–67"). The same in every language.
 */
const CITATION = /\bet al\b|\bdoi\b|\b(?:1[89]|20)\d{2}\s*[;,]\s*\d+\s*(?:\(\d+\))?\s*[:,]\s*(?:pp?\.?\s*)?\d+\s*[-–]\s*\d+/i;

/** A list of references (each entry a linked title between its authors and its journal) is the article's own. */
function isBibliography(ctx: RuleContext, run: Item[]): boolean {
  const teasers = run.filter((item) => item.kind === 'teaser');
  return teasers.filter((item) => CITATION.test(ctx.text(item.el))).length * 2 > teasers.length;
}

/** Share of a paragraph's letters outside its child elements above which its links are part of sentences. */
const RUNNING_TEXT_SHARE = 0.3;

/** A paragraph whose links sit in its own sentences ("…the <a>transmission fluid</a> and the <a>wipers</a>…"): not a list. */
function isRunningText(ctx: RuleContext, parent: Element): boolean {
  if (parent.tagName !== 'P') return false;
  let own = 0;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) own += letterCount(node.nodeValue ?? '');
  }
  return own > letterCount(ctx.text(parent)) * RUNNING_TEXT_SHARE;
}

/**
 * Only elements with headline links in several children can hold a run: found by walking up from
 * each headline link, instead of classifying the children of every element on the page.
 */
function listCandidates(ctx: RuleContext, minTeasers: number): Element[] {
  const childrenWithHeadlines = new Map<Element, Set<Element>>();
  for (const a of ctx.elements()) {
    if (a.tagName !== 'A') continue;
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || !isHeadline(ctx.text(a))) continue;
    let child: Element = a;
    for (let parent = a.parentElement, depth = 0; parent && depth < MAX_CARD_DEPTH; parent = parent.parentElement, depth++) {
      let children = childrenWithHeadlines.get(parent);
      if (!children) childrenWithHeadlines.set(parent, (children = new Set()));
      children.add(child);
      if (parent === ctx.root) break;
      child = parent;
    }
  }
  return [...childrenWithHeadlines]
    .filter(([parent, children]) => children.size >= minTeasers && (!TABLE_PARTS.test(parent.tagName) || isLayoutTable(ctx, parent))
      && !isRunningText(ctx, parent))
    .map(([parent]) => parent)
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Candidate removals: the whole box when the run fills it, else the run's items. */
function detectTeaserRuns(ctx: RuleContext, minTeasers: number, crossSite: boolean): Element[][] {
  const candidates: Element[][] = [];
  for (const parent of listCandidates(ctx, minTeasers)) {
    const items = classifyChildren(ctx, parent);
    for (const run of teaserRuns(items)) {
      const teasers = run.reduce((sum, item) => sum + item.count, 0);
      if (teasers < minTeasers || pointsElsewhere(ctx, run) !== crossSite || isBibliography(ctx, run)) continue;
      const fillsParent = run.length === items.length && parent !== ctx.root;
      candidates.push(fillsParent ? [parent] : run.map((item) => item.el));
    }
  }
  return candidates;
}

export const teaserRun = matcherKind<TeaserRunMatch>()({}, (ctx, match) => detectTeaserRuns(ctx, match.minTeasers, match.crossSite));
