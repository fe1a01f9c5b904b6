import { allElements, attributeTokens, firstByTag, linkDensityOf, proseOf, type SubtreeStats, subtreeStats } from '../dom';
import { comparableKey, foldText, normalizeSpace } from '../text';

export interface RuleContextInit {
  /** Where the stage runs: the page's body, or Readability's article element. */
  root: Element;
  stage: 'page' | 'article';
  /** The page URL, to tell links to other sites from links to this one. */
  url: string;
  /** Registrable site of the page ("digi24.ro"), or null when the URL is not http(s). */
  site: string | null;
  title: string;
  /** True when the article itself is about horoscopes: the horoscope rule stands down. */
  aboutHoroscopes: boolean;
}

/** What markup rules match an element by, read once per stage. */
export interface MarkupNames {
  tag: string;
  /** Class and id, lower-cased. */
  classAndId: string;
  /** The words class and id are made of (see dom.ts attributeTokens). */
  words: string[];
  /** Names of all the element's attributes. */
  attributes: string[];
  role: string;
}

/** Longest text a "short element" may have: labels, buttons, teaser cards, meta lines, a lead paragraph. */
export const SHORT_LIMIT = 800;

/**
 * What the detectors know about the page while a stage runs, with the measurements they share.
 * Texts are cached and forgotten for the ancestors of every removed element; the list of short
 * elements is computed once per stage (removals only make elements shorter or detach them).
 */
export class RuleContext {
  readonly root: Element;
  readonly stage: 'page' | 'article';
  readonly url: string;
  readonly site: string | null;
  readonly title: string;
  readonly aboutHoroscopes: boolean;
  private readonly texts = new Map<Element, string>();
  private readonly stats = new Map<Element, SubtreeStats>();
  private readonly foldedTexts = new Map<Element, string>();
  private shortList: Element[] | null = null;
  private elementList: Element[] | null = null;
  private landmarkList: Element[] | null = null;
  private readonly lists = new Map<string, Element[]>();
  private readonly names = new Map<Element, MarkupNames>();
  /** Class-and-id strings repeat across a page ("menu-item" on every item): split each once. */
  private readonly wordsOf = new Map<string, string[]>();

  constructor(init: RuleContextInit) {
    this.root = init.root;
    this.stage = init.stage;
    this.url = init.url;
    this.site = init.site;
    this.title = init.title;
    this.aboutHoroscopes = init.aboutHoroscopes;
  }

  /** Whitespace-normalised text of an element. */
  text(el: Element): string {
    let text = this.texts.get(el);
    if (text === undefined) {
      text = normalizeSpace(el.textContent ?? '');
      this.texts.set(el, text);
    }
    return text;
  }

  /** The elements under the root when the stage began, in document order (check `isAttached` after removals). */
  elements(): Element[] {
    this.elementList ??= allElements(this.root);
    return this.elementList;
  }

  /** The element's tag, class and id (see MarkupNames), read once per stage. */
  markupNames(el: Element): MarkupNames {
    let names = this.names.get(el);
    if (!names) {
      const id = el.getAttribute('id') ?? '';
      const classAndId = `${el.getAttribute('class') ?? ''} ${isHeadingAnchor(el, id) ? '' : id}`;
      const lowerCase = classAndId.trim().toLowerCase();
      let words = this.wordsOf.get(classAndId);
      if (!words) this.wordsOf.set(classAndId, (words = lowerCase ? attributeTokens(classAndId) : []));
      const attributes = el.getAttributeNames();
      names = { tag: el.tagName, classAndId: lowerCase, words, attributes, role: attributes.includes('role') ? el.getAttribute('role') ?? '' : '' };
      this.names.set(el, names);
    }
    return names;
  }

  /** The element's text folded for phrase matching (see text.ts foldText), cached like texts. */
  folded(el: Element): string {
    let folded = this.foldedTexts.get(el);
    if (folded === undefined) {
      folded = foldText(this.text(el));
      this.foldedTexts.set(el, folded);
    }
    return folded;
  }

  /** Share of the element's letters inside links (see dom.ts linkDensityOf), cached like texts. */
  linkDensity(el: Element): number {
    return linkDensityOf(subtreeStats(el, this.stats));
  }

  /** Characters of the element's prose blocks (see dom.ts proseOf), cached like texts. */
  prose(el: Element): number {
    return proseOf(subtreeStats(el, this.stats));
  }

  /** The page's h1 headings, headings that repeat the page title, and marked-up article bodies (schema.org articleBody). */
  landmarks(): Element[] {
    if (this.landmarkList) return this.landmarkList;
    const title = comparableKey(this.title);
    // The first h1 may be the site's logo: a heading that repeats the page title is the article's.
    const isTitleHeading = (el: Element, tag: string): boolean => (tag === 'H2' || tag === 'H3') && title.length > 0 && comparableKey(this.text(el)) === title;
    this.landmarkList = this.elements().filter((el) => {
      const { tag, attributes } = this.markupNames(el);
      return tag === 'H1' || (attributes.includes('itemprop') && el.getAttribute('itemprop') === 'articleBody') || isTitleHeading(el, tag);
    });
    return this.landmarkList;
  }

  /** Still in the tree the stage works on (not inside something already removed). */
  isAttached(el: Element): boolean {
    return el !== this.root && this.root.contains(el);
  }

  /** Must be called before an element is removed, so no stale text is read afterwards. */
  forget(el: Element): void {
    this.lists.clear();
    for (let node: Element | null = el; node; node = node.parentElement) {
      this.texts.delete(node);
      this.stats.delete(node);
      this.foldedTexts.delete(node);
    }
  }

  /** Attached elements whose text is non-empty and at most `maxLength` long, in document order. */
  shortElements(maxLength: number): Element[] {
    return this.cached(`short:${maxLength}`, () => {
      this.shortList ??= this.collectShort();
      return this.shortList.filter((el) => {
        const length = this.text(el).length;
        return length > 0 && length <= maxLength && this.isAttached(el);
      });
    });
  }

  /** Innermost short elements: a wrapper whose only child carries the same text is skipped. */
  innermostShort(maxLength: number): Element[] {
    return this.cached(`innermost:${maxLength}`, () => this.shortElements(maxLength).filter((el) => {
      const only = el.childElementCount === 1 ? el.firstElementChild : null;
      return !(only && this.text(only) === this.text(el));
    }));
  }

  /** Lists that stay valid until the next removal (many rules ask for the same ones). */
  private cached(key: string, compute: () => Element[]): Element[] {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = compute()));
    return list;
  }

  /** Climbs from an element while the parent shows exactly the same text (wrappers around a label). */
  outermostWithSameText(el: Element): Element {
    const text = this.text(el);
    let current = el;
    while (current.parentElement && current.parentElement !== this.root && this.text(current.parentElement) === text) {
      current = current.parentElement;
    }
    return current;
  }

  /**
   * Text lengths are summed bottom-up in one pass, so finding the short elements of a large page
   * does not read the text of every big ancestor.
   */
  private collectShort(): Element[] {
    const rawLength = new Map<Element, number>();
    const visit = (el: Element): number => {
      let length = 0;
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) length += child.nodeValue?.length ?? 0;
        else if (child.nodeType === 1) length += visit(child as Element);
      }
      rawLength.set(el, length);
      return length;
    };
    visit(this.root);
    // Raw lengths count runs of spaces; the exact check is only paid for plausible elements.
    const rawLimit = SHORT_LIMIT * 4 + 40;
    const found: Element[] = [];
    for (const el of this.elements()) {
      const raw = rawLength.get(el) ?? 0;
      if (raw > 0 && raw <= rawLimit && this.text(el).length <= SHORT_LIMIT) found.push(el);
    }
    return found;
  }
}

/** Words of a heading an anchor id must spell out: widget labels ("most-popular-stories") are shorter. */
const MIN_ANCHOR_WORDS = 5;
const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * An id made from the element's own heading ("1-heading-how-popular-are-meditation-and-mindfulness"
 * on a section headed "How popular are meditation and mindfulness?") is an anchor for links to that
 * heading: its words are the article's, not names the site gave a widget.
 */
function isHeadingAnchor(el: Element, id: string): boolean {
  const idWords = attributeTokens(id);
  if (idWords.length < MIN_ANCHOR_WORDS) return false;
  const heading = /^H[1-6]$/.test(el.tagName) ? el : firstByTag(el, ...HEADING_TAGS);
  if (!heading) return false;
  const headingWords = attributeTokens(foldText(heading.textContent ?? '').replace(/['’]/g, ''));
  if (headingWords.length < MIN_ANCHOR_WORDS) return false;
  const spelled = headingWords.slice(0, MIN_ANCHOR_WORDS).join(' ');
  return ` ${idWords.join(' ')} `.includes(` ${spelled} `);
}
