/** DOM measurements the rules share. Plain DOM APIs only: they run in the page, in jsdom and in extension pages. */

import { letterCount, normalizeSpace } from './text';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'BR',
]);

/** Visible-ish text of a node, with blocks separated by newlines so words of adjacent blocks never merge. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split(/\n+/)
    .map((line) => normalizeSpace(line))
    .filter(Boolean)
    .join('\n\n');
}

export function textOf(el: Element): string {
  return normalizeSpace(el.textContent ?? '');
}

/** Class and id (joined by a space) split into lower-case words: "c-article__share-bar" → c, article, share, bar. */
export function attributeTokens(classAndId: string): string[] {
  if (!classAndId.trim()) return [];
  return classAndId
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The host of a link, or null for relative, fragment and non-http links (resolved against the page URL). */
export function linkHost(a: Element, baseUrl: string): string | null {
  const href = a.getAttribute('href');
  return href && !href.startsWith('#') ? hostOf(href, baseUrl) : null;
}

/** Host of an http(s) address without "www.", or null. */
export function hostOf(href: string, baseUrl?: string): string | null {
  try {
    const url = new URL(href, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** "news.example.co.uk" and "www.example.co.uk" share a site; a sister site ("example-tv.ro") does not. */
export function siteOf(host: string): string {
  const parts = host.split('.');
  if (parts.length <= 2) return host;
  const secondLevel = parts[parts.length - 2] ?? '';
  const twoPartSuffix = secondLevel.length <= 3 && (parts[parts.length - 1] ?? '').length === 2;
  return parts.slice(twoPartSuffix ? -3 : -2).join('.');
}

const PROSE_BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'DD']);
const MIN_PROSE_BLOCK = 120;
const SPACES = /\s+/g;

/** What the guards and detectors measure of an element's subtree, in one walk. */
export interface SubtreeStats {
  /** Non-space characters, and those inside links (all of them for a link). */
  chars: number;
  linkedChars: number;
  /** Letters (see text.ts letterCount), and those inside links. */
  letters: number;
  linkedLetters: number;
  /** Non-link characters of the prose blocks in the subtree (see proseOf). */
  blockProse: number;
  hasProseBlock: boolean;
}

/**
 * Measures an element's subtree. Each element is measured once per cache: the measures of an
 * element's children are reused for it (a stage drops the cached measures of every ancestor of what it
 * removes). One walk, linear in the size of the subtree.
 */
export function subtreeStats(el: Element, cache: Map<Element, SubtreeStats>): SubtreeStats {
  const cached = cache.get(el);
  if (cached) return cached;
  let chars = 0;
  let linkedChars = 0;
  let letters = 0;
  let linkedLetters = 0;
  let blockProse = 0;
  let hasProseBlock = false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      chars += text.replace(SPACES, '').length;
      letters += letterCount(text);
    } else if (child.nodeType === 1) {
      const stats = subtreeStats(child as Element, cache);
      chars += stats.chars;
      linkedChars += stats.linkedChars;
      letters += stats.letters;
      linkedLetters += stats.linkedLetters;
      blockProse += stats.blockProse;
      hasProseBlock ||= stats.hasProseBlock;
    }
  }
  const tag = el.tagName;
  if (tag === 'A') {
    // Everything in a link is link text, and no block inside it is prose.
    linkedChars = chars;
    linkedLetters = letters;
    blockProse = 0;
  } else if (PROSE_BLOCKS.has(tag)) {
    hasProseBlock = true;
    if (chars >= MIN_PROSE_BLOCK && linkedChars / chars < 0.5) blockProse += chars - linkedChars;
  }
  const stats = { chars, linkedChars, letters, linkedLetters, blockProse, hasProseBlock };
  cache.set(el, stats);
  return stats;
}


/** Letters inside links, over all letters: 1 for a pure link list, 0 for prose. */
export function linkDensityOf(stats: SubtreeStats): number {
  return stats.letters === 0 ? 0 : Math.min(1, stats.linkedLetters / stats.letters);
}

/**
 * How much prose an element holds: the non-link text of paragraph-like blocks of sentence length
 * that are not mostly links (an element without such blocks counts as one block). Used by the
 * guards that keep the article whole.
 */
export function proseOf(stats: SubtreeStats): number {
  if (stats.hasProseBlock) return stats.blockProse;
  return stats.chars >= MIN_PROSE_BLOCK && stats.linkedChars / stats.chars < 0.5 ? stats.chars - stats.linkedChars : 0;
}

/**
 * A DOM collection (HTMLCollection, NodeList) as an array, its length read once. jsdom (the tests and
 * the CLI) answers `Array.from` and `for…of` over a collection in time that grows with the square of
 * its length: each step reads the length through a proxy that first looks the name up among the
 * items. Browsers answer both natively.
 */
export function listOf<T>(collection: ArrayLike<T>): T[] {
  return Array.prototype.slice.call(collection) as T[];
}

/**
 * Lookups by tag name instead of selector queries: jsdom (the tests and the CLI) matches selectors in
 * JavaScript, several times slower than its own lookup by tag name; browsers answer both natively.
 * Tags are given lower-case, as in a selector.
 */
type Scope = ParentNode & Pick<Element, 'getElementsByTagName'>;

/** The elements of these tags under `root` (not `root` itself), in document order. */
export function elementsByTag(root: ParentNode, ...tags: string[]): Element[] {
  const lists = tags.map((tag) => listOf((root as Scope).getElementsByTagName(tag))).filter((list) => list.length > 0);
  if (lists.length <= 1) return lists[0] ?? [];
  return lists.flat().sort(inDocumentOrder);
}

/** The first element of these tags under `root`, in document order (as `querySelector('h1, h2')`). */
export function firstByTag(root: ParentNode, ...tags: string[]): Element | null {
  let first: Element | null = null;
  for (const tag of tags) {
    const found = (root as Scope).getElementsByTagName(tag)[0];
    if (found && (!first || inDocumentOrder(found, first) < 0)) first = found;
  }
  return first;
}

/** Whether `root` holds an element of one of these tags. */
export function hasTag(root: ParentNode, ...tags: string[]): boolean {
  // The first item, not the length: jsdom reads `length` through a lookup of the name among the items.
  return tags.some((tag) => (root as Scope).getElementsByTagName(tag)[0] !== undefined);
}

/** The links under `root` (`a[href]`), in document order. */
export function linksIn(root: ParentNode): Element[] {
  return elementsByTag(root, 'a').filter((a) => a.hasAttribute('href'));
}

/** Whether the element is a link (`a[href]`) or inside one (as `closest('a[href]')`). */
/** The element itself or its nearest ancestor with one of these tag names (upper case, as `tagName`): an ancestor walk, as selector matching is slow in some DOMs. */
export function closestWithTag(el: Element, ...tags: string[]): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (tags.includes(node.tagName)) return node;
  return null;
}

export function insideLink(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (node.localName === 'a' && node.hasAttribute('href')) return true;
  return false;
}

/** Whether `root` holds a link (`a[href]`). */
export function hasLink(root: ParentNode): boolean {
  for (const a of listOf((root as Scope).getElementsByTagName('a'))) if (a.hasAttribute('href')) return true;
  return false;
}

function inDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  // 4: Node.DOCUMENT_POSITION_FOLLOWING (no global Node in every context the core runs in).
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Every element under root, in document order. A plain walk: live collections are slow in some DOMs (jsdom). */
export function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const el = stack.pop()!;
    out.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

export function removeElement(el: Element): void {
  el.parentNode?.removeChild(el);
}

export interface PageShape {
  /** Elements the pipeline works on. */
  elements: number;
  /** The deepest of them, counting <html> as level 1. */
  depth: number;
}

/**
 * How many elements a page has and how deeply they nest, counting only what the pipeline keeps
 * (scripts other than JSON-LD, styles, SVG and templates are dropped with their content before it
 * reads the page). Measured on the live page before anything is copied, by an iterative walk: no
 * recursion, so no depth can overflow the stack, and cheap next to cloning the page.
 */
export function pageShape(doc: Document): PageShape {
  const root = doc.documentElement;
  if (!root) return { elements: 0, depth: 0 };
  // Through the DOM's own getters, not the element's properties: inside a <form>, a control named
  // "parentElement" or "nextElementSibling" replaces that property of the form (DOM clobbering), and a
  // plain walk of the live page would go round in circles for ever, freezing the tab.
  const view = doc.defaultView;
  const firstChild = domGetter<Element | null>(view?.Element.prototype, 'firstElementChild');
  const nextSibling = domGetter<Element | null>(view?.Element.prototype, 'nextElementSibling');
  const parent = domGetter<Element | null>(view?.Node.prototype, 'parentElement');
  let elements = 0;
  let depth = 0;
  let level = 1;
  let el: Element = root;
  for (;;) {
    const kept = keptByPipeline(el);
    if (kept) {
      elements++;
      if (level > depth) depth = level;
    }
    const child = kept ? firstChild(el) : null;
    if (child) {
      el = child;
      level++;
      continue;
    }
    // No children to visit: go to the next sibling of this element or of its nearest ancestor that has one.
    let current = el;
    while (current !== root && !nextSibling(current)) {
      current = parent(current)!;
      level--;
    }
    if (current === root) return { elements, depth };
    el = nextSibling(current)!;
  }
}

/** Reads `name` with the getter `proto` defines (immune to DOM clobbering), or as a plain property if it has none. */
export function domGetter<T>(proto: object | undefined, name: string): (el: Element) => T {
  const get = proto ? Object.getOwnPropertyDescriptor(proto, name)?.get : undefined;
  return get ? (el) => get.call(el) as T : (el) => (el as unknown as Record<string, T>)[name]!;
}

function keptByPipeline(el: Element): boolean {
  return keptInCopy(el.localName, () => el.getAttribute('type'));
}

/** Dropped from the copy with their content: nothing in them is article text (JSON-LD scripts stay: Readability reads metadata there). */
export function keptInCopy(name: string, type: () => string | null): boolean {
  if (name === 'script') return type() === 'application/ld+json';
  return name !== 'style' && name !== 'svg' && name !== 'template';
}
