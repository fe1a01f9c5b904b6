/**
 * A second opinion on where the article is. Readability scores containers by commas, class names and
 * paragraph counts; on some pages that picks a table of names, a list of contacts or a sign-in form
 * while the article's paragraphs sit elsewhere. Here only plain prose counts: paragraphs of sentence
 * length that are not mostly links. The element holding the most of it is the prose cluster; when
 * Readability's article holds little of that prose and little prose of its own, the pipeline takes
 * the cluster instead (see extract.ts).
 */
import { attributeTokens, listOf } from './dom';
import { normalizeSpace } from './text';

/** A paragraph shorter than this (non-space characters) is a label, a caption or a name, not prose. */
const MIN_PARAGRAPH = 80;
/** A paragraph with more of its letters in links than this is navigation. */
const MAX_LINK_SHARE = 0.3;
/** Prose counts for its parent in full, for the grandparent half, for the great-grandparent a third. */
const ANCESTOR_WEIGHTS = [1, 1 / 2, 1 / 3];
/** Below this much prose (non-space characters) a cluster is not a second opinion worth taking. */
const MIN_CLUSTER_PROSE = 500;
/** Fewer paragraphs than this are one block (a widget, a notice), not an article body. */
const MIN_CLUSTER_PARAGRAPHS = 3;
/** Readability's article is trusted when it holds this share of the cluster, or this share of its prose. */
const TRUSTED_SHARE = 0.5;

export interface ProseCluster {
  /** The element holding the most prose. */
  container: Element;
  /** Its prose paragraphs, whitespace-normalised, in document order. */
  paragraphs: string[];
  /** Their total length (non-space characters). */
  length: number;
}

interface Paragraph {
  el: Element;
  text: string;
  length: number;
}

/** The element of `root` with the most plain prose under it, or null when there is no prose. */
export function proseCluster(root: Element): ProseCluster | null {
  const paragraphs = proseParagraphs(root);
  if (paragraphs.length === 0) return null;
  const scores = new Map<Element, number>();
  for (const paragraph of paragraphs) {
    let ancestor = paragraph.el.parentElement;
    for (const weight of ANCESTOR_WEIGHTS) {
      if (!ancestor || !root.contains(ancestor)) break;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + paragraph.length * weight);
      ancestor = ancestor.parentElement;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return null;
  const container = best;
  const inside = paragraphs.filter((paragraph) => container.contains(paragraph.el));
  return { container, paragraphs: inside.map((p) => p.text), length: inside.reduce((sum, p) => sum + p.length, 0) };
}

/**
 * True when `article` (Readability's choice) missed the page's prose: the cluster is a real body of
 * paragraphs, the article holds less than half of it, and the article's own prose is less than half
 * the cluster's (so an article that is simply shorter than a long comment thread is not second-guessed).
 * `text` is the article's whitespace-normalised text, when the caller has it already.
 */
export function missesProse(article: Element, cluster: ProseCluster, text = normalizeSpace(article.textContent ?? '')): boolean {
  if (cluster.length < MIN_CLUSTER_PROSE || cluster.paragraphs.length < MIN_CLUSTER_PARAGRAPHS) return false;
  let found = 0;
  for (const paragraph of cluster.paragraphs) if (text.includes(paragraph)) found += compactLength(paragraph);
  if (found >= cluster.length * TRUSTED_SHARE) return false;
  const ownProse = proseParagraphs(article).reduce((sum, p) => sum + p.length, 0);
  return ownProse < cluster.length * TRUSTED_SHARE;
}

/** The child-index path from `root` down to `el`, to find the same element in another copy of the page. */
export function pathTo(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let node = el; node !== root && node.parentElement; node = node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
  }
  return path;
}

export function elementAt(root: Element, path: readonly number[]): Element | null {
  let node: Element | null = root;
  for (const index of path) node = node?.children[index] ?? null;
  return node;
}

function proseParagraphs(root: Element): Paragraph[] {
  const out: Paragraph[] = [];
  for (const el of listOf(root.getElementsByTagName('p'))) {
    const raw = el.textContent ?? '';
    const length = compactLength(raw);
    if (length < MIN_PARAGRAPH) continue;
    let linked = 0;
    for (const a of listOf(el.getElementsByTagName('a'))) linked += compactLength(a.textContent ?? '');
    if (linked / length > MAX_LINK_SHARE) continue;
    out.push({ el, text: normalizeSpace(raw), length });
  }
  return out;
}

function compactLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Markup words of blocks that are never the article, however much prose they hold. */
const NOT_ARTICLE_WORDS = new Set([
  'gallery', 'galleries', 'slideshow', 'slideshows', 'slider', 'slides', 'slide', 'carousel', 'swiper', 'lightbox', 'photostory',
  'galerie', 'galeria', 'galleria', 'fotogalerie', 'fotogaleria', 'fotogalleria',
  'comment', 'comments', 'commentlist', 'replies', 'reviews', 'comentarii', 'comentarios', 'commenti', 'kommentare', 'komentarze', 'commentaires',
]);
/** A picture for every other paragraph or more, five at least: a captioned gallery, not an article. */
const GALLERY_PICTURES_PER_PARAGRAPH = 0.5;
const MIN_GALLERY_PICTURES = 5;

/**
 * True when the cluster is a gallery, a slideshow, a list of captions or a comment thread: named so
 * by its markup or an ancestor's, or one picture for every other paragraph. Such a block is never
 * taken over Readability's choice.
 */
export function isGalleryOrThread(cluster: ProseCluster): boolean {
  for (let node: Element | null = cluster.container; node; node = node.parentElement) {
    const names = attributeTokens(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`);
    if (names.some((word) => NOT_ARTICLE_WORDS.has(word))) return true;
  }
  const pictures = cluster.container.getElementsByTagName('img').length;
  const captions = cluster.container.getElementsByTagName('figcaption').length;
  return (pictures >= MIN_GALLERY_PICTURES && pictures >= cluster.paragraphs.length * GALLERY_PICTURES_PER_PARAGRAPH)
    || (captions >= MIN_GALLERY_PICTURES && captions * 2 >= cluster.paragraphs.length);
}
