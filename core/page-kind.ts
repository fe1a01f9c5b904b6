/**
 * Is the page an article, or a page of links to articles (a section front, a tag page, search
 * results, a shop grid, a job board)? Decided from the page's structure before anything is removed:
 * a list page's main region is made of cards — repeated siblings that each hold a headline link, a
 * linked picture or a name and are mostly that link — and holds little prose outside them; an
 * article's main region holds one body of prose. A page that says it is a collection (JSON-LD
 * CollectionPage, ItemList, SearchResultsPage) needs a little less evidence. A page that declares
 * itself a piece of writing (NewsArticle, BlogPosting…) is always an article. Forums, documentation,
 * products and services have prose of their own or no run of cards, so they stay pages with an answer.
 */
import { allElements, hasTag, listOf } from './dom';
import { isArticleType } from './json-ld';

/** A card is a repeated sibling: at least this many children of one parent with the same tag and classes. */
const MIN_RUN = 4;
/** A card holds at most this much text (non-space characters): more is a section of prose… */
const MAX_CARD_CHARS = 700;
/** … unless its heading is its link: a teaser with a long excerpt. */
const MAX_TEASER_CHARS = 1500;
/** A paragraph of prose: at least this long (non-space characters), at most this share of it in links. */
const MIN_PARAGRAPH = 80;
const MAX_PARAGRAPH_LINK_SHARE = 0.3;
/** An item card is mostly its link: at least this share of its text (a headline of MIN_HEADLINE_WORDS words aside). */
const MIN_ITEM_LINK_SHARE = 0.25;
const MIN_HEADLINE_WORDS = 3;
/** Prose counts for the element holding it up to this many levels up (page builders wrap each paragraph). */
const PROSE_LEVELS = 4;
/** Elements whose text is the page's chrome, not its own. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'BUTTON', 'SELECT', 'LABEL', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'DIALOG']);
/**
 * A page of cards: at least this many item cards, holding at least this share of the main region's text
 * and this many times the most prose any one block holds, which stays under this (non-space characters).
 * A page that says it is a list (JSON-LD, or a tag, category, search or shop address) needs half the
 * cards and half the ratio, and may hold twice the prose; one whose Open Graph type is article, twice
 * the evidence. Chosen on wcxb-dev's 2025 pages, trafilatura-eval and DAnIEL (bench/page-kind-signals.ts):
 * 77 of 216 listing and collection pages pass, 2 of 792 wcxb-dev articles, no trafilatura-eval or
 * DAnIEL page; a short article with a big grid of related stories is what the ratio guards.
 */
const MIN_CARDS = 8;
const MIN_CARD_SHARE = 0.3;
const CARDS_TO_PROSE = 8;
const MAX_PROSE = 1200;
/** A page of links: at least this much text in the main region, this share of it in links, and almost no prose. */
const MIN_LINKS_TEXT = 300;
const MIN_LINK_SHARE = 0.7;
const MAX_PROSE_OF_LINKS = 150;
/** JSON-LD types of one piece of writing besides articles: forum posts, question pages. */
const WRITING_TYPES = /(?:Posting|QAPage)$/;
/** Address shapes of list pages (weak support: they only lower the evidence needed). */
const LIST_PATH = /\/(?:tags?|category|categories|topics?|search|collections?|shop|archives?|jobs|careers)(?:\/|$)|\/page\/\d+\/?$/i;
const LIST_QUERY = /[?&](?:q|s|query|search)=/i;
/** JSON-LD types of pages that list other pages. */
const LIST_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|OfferCatalog)$/;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Blocks that can be a paragraph of prose by their own inline text. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'TD', 'DD', 'BLOCKQUOTE', 'SECTION', 'ARTICLE']);
/** Elements whose text is part of the block around them. */
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'CODE', 'SMALL', 'SUP', 'SUB', 'MARK', 'ABBR', 'CITE', 'Q', 'TIME', 'FONT', 'U', 'S', 'BR', 'DFN', 'KBD', 'VAR', 'BDI', 'BDO', 'INS', 'DEL']);

export interface PageKindMeasures {
  /** Cards of the main region that are items: a linked heading, a linked picture, or mostly a link of two words or more. */
  itemCards: number;
  /** Item cards holding a picture. */
  pictureCards: number;
  /** Text of the item cards (non-space characters). */
  cardText: number;
  /** The part of it in links. */
  cardLinked: number;
  /** The run (one parent's item cards) with the most text: its cards and its text. */
  biggestRun: number;
  biggestRunText: number;
  /** The main region's text outside chrome, and the part of it in links. */
  mainText: number;
  mainLinked: number;
  /** Prose paragraphs of the main region outside the item cards, their text, and the most prose one element holds. */
  paragraphs: number;
  proseText: number;
  proseBlock: number;
  /** Headings of the main region that are mostly a link, and those that are not. */
  linkedHeadings: number;
  plainHeadings: number;
  declaredWriting: boolean;
  declaredList: boolean;
  published: boolean;
  ogArticle: boolean;
  listAddress: boolean;
}

export type PageKind = 'article' | 'list';

/** What the page says about itself, read before it is measured. */
export interface PageFacts {
  /** JSON-LD @types. */
  ldTypes: readonly string[];
  /** Whether it carries an `article:published_time` meta tag (Open Graph's article). */
  published: boolean;
  /** Whether its Open Graph type is `article`: a list then needs twice the evidence (some sites say it of every page). */
  ogArticle: boolean;
  /** Its address: a tag, category, search or shop path is weak support for a list. */
  url: string;
}

export function pageKindOf(measures: PageKindMeasures): PageKind {
  if (measures.declaredWriting || measures.published) return 'article';
  // A page that says it is a list needs half the evidence; one that calls itself an article, twice.
  const weight = (measures.declaredList || measures.listAddress ? 0.5 : 1) * (measures.ogArticle ? 2 : 1);
  const { itemCards, cardText, proseBlock, mainText, mainLinked } = measures;
  // A page of cards: they fill the main region and outweigh by far any block of prose, which is short.
  if (itemCards >= MIN_CARDS * weight && cardText >= mainText * MIN_CARD_SHARE * weight
    && cardText >= proseBlock * CARDS_TO_PROSE * weight && proseBlock < MAX_PROSE / weight) return 'list';
  // A page of links: most of its main region's text is links and it has no prose to speak of.
  return mainText >= MIN_LINKS_TEXT && mainLinked >= mainText * MIN_LINK_SHARE && proseBlock < MAX_PROSE_OF_LINKS / weight ? 'list' : 'article';
}

/** Whether the page is a list (see pageKindOf); a page that declares itself a piece of writing is not measured at all. */
export function isListPage(root: Element, facts: PageFacts): boolean {
  return !declaresWriting(facts.ldTypes) && !facts.published && pageKindOf(measurePageKind(root, facts)) === 'list';
}

/** An article, a blog or forum post, a question page: one piece of writing (with its replies). */
function declaresWriting(types: readonly string[]): boolean {
  return isArticleType(types) || types.some((type) => WRITING_TYPES.test(type));
}

/** Paths of lists: tag, category, topic, search, collection and shop pages, archives, ?q= searches. */
function isListAddress(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return LIST_PATH.test(parsed.pathname) || LIST_QUERY.test(parsed.search);
}

/** Measures `root` (the page copy's body, before any rule has removed anything). */
export function measurePageKind(root: Element, facts: PageFacts): PageKindMeasures {
  const main = mainRegion(root);
  const cards = itemCards(main);
  let pictureCards = 0;
  let cardText = 0;
  let cardLinked = 0;
  const runs = new Map<Element, { count: number; text: number }>();
  for (const [card, text] of cards) {
    cardText += text;
    for (const a of listOf(card.getElementsByTagName('a'))) cardLinked += compact(a.textContent ?? '');
    if (hasTag(card, 'img', 'picture')) pictureCards++;
    const run = runs.get(card.parentElement!) ?? { count: 0, text: 0 };
    run.count++;
    run.text += text;
    runs.set(card.parentElement!, run);
  }
  let biggestRun = 0;
  let biggestRunText = 0;
  for (const run of runs.values()) if (run.text > biggestRunText) [biggestRun, biggestRunText] = [run.count, run.text];
  return {
    itemCards: cards.size,
    pictureCards,
    cardText,
    cardLinked,
    biggestRun,
    biggestRunText,
    ...regionText(main, cards),
    declaredWriting: declaresWriting(facts.ldTypes),
    declaredList: facts.ldTypes.some((type) => LIST_TYPES.test(type)),
    published: facts.published,
    ogArticle: facts.ogArticle,
    listAddress: isListAddress(facts.url),
  };
}

/** The page's <main> (or role=main) when it holds text, else the whole body. */
function mainRegion(root: Element): Element {
  for (const el of allElements(root)) {
    if ((el.tagName === 'MAIN' || el.getAttribute('role') === 'main') && compact(el.textContent ?? '') >= 200) return el;
  }
  return root;
}

type Region = Pick<PageKindMeasures, 'mainText' | 'mainLinked' | 'paragraphs' | 'proseText' | 'proseBlock' | 'linkedHeadings' | 'plainHeadings'>;

/** One walk of the main region outside chrome: its text, its links, its headings and its prose outside the cards. */
function regionText(main: Element, cards: ReadonlyMap<Element, number>): Region {
  const region: Region = { mainText: 0, mainLinked: 0, paragraphs: 0, proseText: 0, proseBlock: 0, linkedHeadings: 0, plainHeadings: 0 };
  const proseUnder = new Map<Element, number>();
  // [text, linked, own inline text] of el's subtree.
  const walk = (el: Element, inLink: boolean, inCard: boolean): [number, number, number] => {
    let text = 0;
    let linked = 0;
    let own = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const n = compact(child.nodeValue ?? '');
        text += n;
        own += n;
        if (inLink) linked += n;
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (CHROME.has(c.tagName)) continue;
        const [t, l, o] = walk(c, inLink || c.tagName === 'A', inCard || cards.has(c));
        text += t;
        linked += l;
        if (INLINE.has(c.tagName)) own += o;
      }
    }
    if (HEADINGS.has(el.tagName) && text > 0) {
      if (linked * 2 > text) region.linkedHeadings++;
      else region.plainHeadings++;
    }
    // A paragraph of prose: a <p>, or a block whose own inline text is paragraph-long; mostly not links.
    const length = el.tagName === 'P' ? text : BLOCKS.has(el.tagName) ? own : 0;
    if (!inCard && !inLink && length >= MIN_PARAGRAPH && linked <= text * MAX_PARAGRAPH_LINK_SHARE) {
      region.paragraphs++;
      region.proseText += length;
      let ancestor = el.parentElement;
      for (let level = 0; level < PROSE_LEVELS && ancestor; level++, ancestor = ancestor.parentElement) {
        proseUnder.set(ancestor, (proseUnder.get(ancestor) ?? 0) + length);
      }
    }
    return [text, linked, own];
  };
  [region.mainText, region.mainLinked] = walk(main, false, false);
  for (const value of proseUnder.values()) region.proseBlock = Math.max(region.proseBlock, value);
  return region;
}

/**
 * The item cards under `main` (outside chrome) with their text: children of one parent that share a
 * tag and classes, MIN_RUN or more, each short and holding a link, that are items (see isItem).
 */
function itemCards(main: Element): Map<Element, number> {
  const cards = new Map<Element, number>();
  const stack: Element[] = [main];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const groups = new Map<string, Element[]>();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (CHROME.has(child.tagName)) continue;
      stack.push(child);
      if (child.tagName === 'P' || child.tagName === 'A') continue;
      const key = `${child.tagName} ${cardClass(child)}`;
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    for (const group of groups.values()) {
      if (group.length < MIN_RUN) continue;
      const shaped: [Element, number][] = [];
      for (const el of group) {
        const text = compact(el.textContent ?? '');
        if (text > MAX_TEASER_CHARS) continue;
        const item = itemKind(el, text);
        if (item === 'teaser' || (item === 'item' && text <= MAX_CARD_CHARS)) shaped.push([el, text]);
      }
      if (shaped.length >= MIN_RUN && shaped.length >= group.length * 0.75) for (const [el, text] of shaped) cards.set(el, text);
    }
  }
  // A card inside another card (an item's own list of tags) counts once: keep the outermost.
  for (const card of [...cards.keys()]) if (insideCard(card, cards)) cards.delete(card);
  return cards;
}

/** The class a run of cards shares: the first class name, digits dropped ("views-row views-row-3 odd" → "views-row"). */
function cardClass(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().split(/\s+/)[0]?.replace(/\d+/g, '') ?? '';
}

/**
 * What kind of item a card is: a teaser (its heading is a headline link), an item (mostly its link: a
 * name or a linked picture), or none (a forum post: an avatar and a name by a text of its own). Links
 * within the page (#anchors) do not count.
 */
function itemKind(card: Element, text: number): 'teaser' | 'item' | null {
  let linked = 0;
  let named = false;
  let picture = false;
  let headline = false;
  for (const a of listOf(card.getElementsByTagName('a'))) {
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || href.startsWith('javascript:')) continue;
    const label = a.textContent ?? '';
    const length = compact(label);
    linked += length;
    const count = words(label);
    if (count >= 2) named = true;
    if (hasTag(a, 'img', 'picture')) picture = true;
    if (hasTag(a, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6') || insideHeading(a, card)) {
      if (count >= MIN_HEADLINE_WORDS || length >= text * MIN_ITEM_LINK_SHARE) headline = true;
    }
  }
  if (headline) return 'teaser';
  return (named || picture) && linked >= text * MIN_ITEM_LINK_SHARE ? 'item' : null;
}

function insideHeading(el: Element, top: Element): boolean {
  for (let node = el.parentElement; node && node !== top; node = node.parentElement) if (HEADINGS.has(node.tagName)) return true;
  return false;
}

function insideCard(el: Element, cards: ReadonlyMap<Element, number>): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (cards.has(node)) return true;
  return false;
}

function compact(text: string): number {
  return text.replace(/\s+/g, '').length;
}

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
