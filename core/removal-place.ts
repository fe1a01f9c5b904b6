/**
 * Where a removed block stood in the article, so "Show again" can put it back there. A place is told
 * by text, not by a path: the article is copied, rebuilt by Readability, sanitized, saved, exported and
 * imported, and only the text of its blocks survives all of that unchanged. A removal is placed after
 * the nearest block before it that is in the article (or before the nearest one after it); a block
 * with no such neighbour (a sidebar, a menu far from the article) has no place and stays in the list.
 */
import { elementsByTag, listOf } from './dom';
import { normalizeSpace } from './text';
import type { RemovalPlace } from './types';

/** The blocks a place can name: the article's paragraphs, headings, list items, quotes and captions. */
const PLACE_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD']);
const PLACE_TAGS = [...PLACE_BLOCKS].map((tag) => tag.toLowerCase());
/** How much of a block's text names it: enough to tell paragraphs apart, little to store. */
const KEY_LENGTH = 80;
/** How many neighbours on each side are remembered: the nearest may be removed too, or not in the article. */
const NEIGHBOURS = 3;

/** The blocks around a removed element, nearest first, by their keys (see blockKey). */
export interface Neighbours {
  before: string[];
  after: string[];
}

/** The text that names a block: its first characters, spaces normalised. */
export function blockKey(el: Element): string {
  return normalizeSpace(el.textContent ?? '').slice(0, KEY_LENGTH);
}

/** The nearest blocks with text before the first element and after the last, read before they are removed. */
export function neighboursOf(elements: readonly Element[]): Neighbours {
  return {
    before: nearestBlocks(elements[0]!, 'before'),
    after: nearestBlocks(elements[elements.length - 1]!, 'after'),
  };
}

function nearestBlocks(el: Element, side: 'before' | 'after'): string[] {
  const keys: string[] = [];
  const step = (node: Element): Element | null => (side === 'before' ? node.previousElementSibling : node.nextElementSibling);
  // Blocks of a sibling subtree, nearest first; a block is taken whole (its own blocks are part of its text).
  const visit = (node: Element): void => {
    if (keys.length >= NEIGHBOURS) return;
    if (PLACE_BLOCKS.has(node.tagName)) {
      const key = blockKey(node);
      if (key) keys.push(key);
      return;
    }
    const children = listOf(node.children);
    if (side === 'before') children.reverse();
    for (const child of children) visit(child);
  };
  // The siblings of the element, then of each ancestor: never an ancestor itself, which holds the element.
  for (let at: Element | null = el; at && keys.length < NEIGHBOURS; at = at.parentElement) {
    for (let sibling = step(at); sibling && keys.length < NEIGHBOURS; sibling = step(sibling)) visit(sibling);
  }
  return keys;
}

/**
 * The place of each removal in the final article: after the nearest block before it that the article
 * holds once, else before the nearest such block after it, else none.
 */
export function placesIn(article: Element, neighbours: readonly Neighbours[]): (RemovalPlace | null)[] {
  // Counted tag by tag: the order does not matter here, so the blocks are not sorted into document order.
  const counts = new Map<string, number>();
  for (const tag of PLACE_TAGS) {
    for (const block of listOf(article.getElementsByTagName(tag))) {
      const key = blockKey(block);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const once = (key: string): boolean => counts.get(key) === 1;
  return neighbours.map(({ before, after }) => {
    const previous = before.find(once);
    if (previous !== undefined) return { after: previous };
    const next = after.find(once);
    return next !== undefined ? { before: next } : null;
  });
}

/**
 * Where to insert a restored block in the rendered article: the block the place names, widened to the
 * outermost container it ends (for "after") or starts (for "before") below the root, so a block that
 * followed a list goes after the list, not into it. Null when the article has no such block.
 */
export function findPlace(root: Element, place: RemovalPlace): { element: Element; position: 'afterend' | 'beforebegin' } | null {
  const key = 'after' in place ? place.after : place.before;
  const anchor = elementsByTag(root, ...PLACE_TAGS).find((block) => blockKey(block) === key);
  if (!anchor) return null;
  const forward = 'after' in place;
  const hasTextBeyond = (el: Element): boolean => {
    for (let sibling = forward ? el.nextSibling : el.previousSibling; sibling; sibling = forward ? sibling.nextSibling : sibling.previousSibling) {
      if (normalizeSpace(sibling.textContent ?? '')) return true;
    }
    return false;
  };
  let element = anchor;
  while (element.parentElement && element.parentElement !== root && !hasTextBeyond(element)) element = element.parentElement;
  return { element, position: forward ? 'afterend' : 'beforebegin' };
}
