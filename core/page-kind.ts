/**
 * Is the page an article, or a page of links to articles (a section front, a tag page, search
 * results, a shop grid, a job board)? Decided from the page's structure before anything is removed:
 * a list page is made of cards — repeated siblings that each hold a headline link and are mostly
 * that link — and has almost no text of its own outside them, its links and its chrome; a page that says it is a collection (JSON-LD CollectionPage,
 * ItemList, SearchResultsPage) needs only a little less evidence. A page that declares itself a piece
 * of writing (NewsArticle, BlogPosting…) is always an article. Forums, documentation, products and
 * services have prose or no card run, so they stay pages with an answer.
 */
import { allElements, hasTag, listOf } from './dom';
import { isArticleType } from './json-ld';

/** A card is a repeated sibling: at least this many children of one parent with the same tag and classes. */
const MIN_RUN = 4;
/** A card holds at most this much text (non-space characters): more is a section of prose. */
const MAX_CARD_CHARS = 700;
/** A headline link has at least this many words. */
const MIN_HEADLINE_WORDS = 3;
/** With at least this many headline cards and little text of its own, the page is a list. */
const MIN_CARDS = 8;
/** A list page's own text (outside cards, links and chrome) stays under this many characters. */
const OWN_TEXT_OF_A_LIST = 500;
/** ... and is small next to the cards' text: a sixth of it at most. */
const OWN_TO_CARD_TEXT = 6;
/** This many paragraphs of prose outside the cards are an article's body, wherever its markup puts it. */
const ARTICLE_PARAGRAPHS = 3;
/** A paragraph of prose: at least this long (non-space characters), at most this share of it in links. */
const MIN_PARAGRAPH = 80;
const MAX_PARAGRAPH_LINK_SHARE = 0.3;
/** Most of a teaser card's text is its headline link; a forum post or a review is mostly its own text. */
const MIN_CARD_LINK_SHARE = 0.4;
/** Elements whose text is the page's chrome, not its own. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'BUTTON', 'SELECT', 'LABEL', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'A']);
/** A page declared a collection needs only this many cards. */
const MIN_CARDS_DECLARED = 4;
/** JSON-LD types of pages that list other pages. */
const LIST_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|OfferCatalog|ProfilePage)$/;

export interface PageKindMeasures {
  /** Elements in card runs. */
  cards: number;
  /** Cards holding a headline link (a link of MIN_HEADLINE_WORDS words or more, or around a heading). */
  headlineCards: number;
  /** Text of the headline cards (non-space characters). */
  cardText: number;
  /** Share of the headline cards' text that is in links: most of a teaser is its headline; a forum post is prose. */
  cardLinkShare: number;
  /** Paragraphs of prose outside the cards. */
  paragraphs: number;
  /** The page's own text: non-space characters outside the cards, links and page chrome (nav, header, footer, aside, buttons). */
  ownText: number;
  declaredArticle: boolean;
  declaredList: boolean;
}

export type PageKind = 'article' | 'list';

export function pageKindOf(measures: PageKindMeasures): PageKind {
  if (measures.declaredArticle || measures.paragraphs >= ARTICLE_PARAGRAPHS) return 'article';
  const little = measures.ownText < OWN_TEXT_OF_A_LIST && measures.ownText * OWN_TO_CARD_TEXT < measures.cardText;
  if (!little || measures.cardLinkShare < MIN_CARD_LINK_SHARE) return 'article';
  const enough = measures.declaredList ? MIN_CARDS_DECLARED : MIN_CARDS;
  return measures.headlineCards >= enough ? 'list' : 'article';
}

/** Whether the page is a list (see pageKindOf); a page that declares itself a piece of writing is not measured at all. */
export function isListPage(root: Element, ldTypes: readonly string[]): boolean {
  return !isArticleType(ldTypes) && pageKindOf(measurePageKind(root, ldTypes)) === 'list';
}

/** Measures `root` (the page copy's body, before any rule has removed anything). */
export function measurePageKind(root: Element, ldTypes: readonly string[]): PageKindMeasures {
  const cards = cardElements(root);
  let headlineCards = 0;
  let cardChars = 0;
  let cardLinked = 0;
  for (const card of cards) {
    if (!hasHeadlineLink(card)) continue;
    headlineCards++;
    cardChars += compact(card.textContent ?? '');
    for (const a of listOf(card.getElementsByTagName('a'))) cardLinked += compact(a.textContent ?? '');
  }
  const ownText = textOutside(root, cards);
  let paragraphs = 0;
  for (const p of listOf(root.getElementsByTagName('p'))) {
    const length = compact(p.textContent ?? '');
    if (length < MIN_PARAGRAPH || insideCard(p, cards)) continue;
    let linked = 0;
    for (const a of listOf(p.getElementsByTagName('a'))) linked += compact(a.textContent ?? '');
    if (linked <= length * MAX_PARAGRAPH_LINK_SHARE) paragraphs++;
  }
  return {
    cards: cards.size,
    headlineCards,
    cardText: cardChars,
    cardLinkShare: cardChars === 0 ? 0 : Math.min(1, cardLinked / cardChars),
    paragraphs,
    ownText,
    declaredArticle: isArticleType(ldTypes),
    declaredList: ldTypes.some((type) => LIST_TYPES.test(type)),
  };
}

/** Non-space characters of the text under `root` outside `cards`, links and chrome. */
function textOutside(root: Element, cards: ReadonlySet<Element>): number {
  let count = 0;
  const walk = (el: Element): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) count += compact(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !CHROME.has((child as Element).tagName) && !cards.has(child as Element)) walk(child as Element);
    }
  };
  walk(root);
  return count;
}

/** Children of one parent that share a tag and classes, MIN_RUN or more, each short and holding a link. */
function cardElements(root: Element): Set<Element> {
  const cards = new Set<Element>();
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const groups = new Map<string, Element[]>();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      stack.push(child);
      if (child.tagName === 'P' || child.tagName === 'A' || child.tagName === 'SCRIPT') continue;
      const key = `${child.tagName} ${cardClass(child)}`;
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    for (const group of groups.values()) {
      if (group.length < MIN_RUN) continue;
      const shaped = group.filter((el) => compact(el.textContent ?? '') <= MAX_CARD_CHARS && hasTag(el, 'a'));
      if (shaped.length >= MIN_RUN && shaped.length >= group.length * 0.75) for (const el of shaped) cards.add(el);
    }
  }
  // A card inside another card (an item's own list of tags) counts once: keep the outermost.
  for (const card of cards) if (insideCard(card, cards)) cards.delete(card);
  return cards;
}

/** The class a run of cards shares: the first class name, digits dropped ("views-row views-row-3 odd" → "views-row"). */
function cardClass(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().split(/\s+/)[0]?.replace(/\d+/g, '') ?? '';
}

function hasHeadlineLink(card: Element): boolean {
  // Walked with allElements: a selector query per link costs more than the walk on a page's many small cards.
  for (const a of listOf(card.getElementsByTagName('a'))) {
    if (words(a.textContent ?? '') >= MIN_HEADLINE_WORDS) return true;
    if (allElements(a).some((el) => HEADINGS.has(el.tagName))) return true;
  }
  for (const heading of allElements(card).filter((el) => SUBHEADINGS.has(el.tagName))) {
    if (hasTag(heading, 'a') && words(heading.textContent ?? '') >= 2) return true;
  }
  return false;
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SUBHEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

function insideCard(el: Element, cards: ReadonlySet<Element>): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (cards.has(node)) return true;
  return false;
}

function compact(text: string): number {
  return text.replace(/\s+/g, '').length;
}

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
