/**
 * The one sanitizer for untrusted article HTML (see ../shared/notes/security-and-reliability.md §2.3):
 * no scripts, handlers, styles, forms, frames, SVG or MathML; only http(s) links and images, and
 * mailto links, resolved against the article's URL; no `crossorigin`, `autoplay`, `loop`, `preload`; links open in a new tab without an opener;
 * ids and fragment links prefixed so page markup cannot clobber the extension page's globals.
 */
import { listOf } from './dom';
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { parsesBackUnchanged } from './html-shape';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'dialog',
    'template', 'slot', 'fieldset', 'label', 'search', 'iframe', 'frame', 'frameset', 'object', 'embed',
    'link', 'meta', 'base',
  ],
  FORBID_ATTR: [
    'style', 'srcset', 'sizes', 'ping', 'formaction', 'form', 'autofocus', 'popover', 'popovertarget',
    'popovertargetaction', 'command', 'commandfor', 'class', 'tabindex', 'contenteditable', 'draggable',
    // Remote content loads only as the extension decides (components/remote-content.ts): no credentialed
    // CORS request announcing the extension's origin, no media that plays, loops or preloads by itself.
    'crossorigin', 'autoplay', 'loop', 'preload',
  ],
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
};

/**
 * Where a saved article is shown, DOMPurify must also let `blob:` addresses through (its default list
 * has no blob:); our attribute hook then keeps only the library's own object URLs.
 */
const SAVED_ARTICLE_CONFIG: Config = {
  ...CONFIG,
  ALLOWED_URI_REGEXP: /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix|blob):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** Sanitizing passes at most; see `settle`. */
const MAX_PASSES = 4;

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'xlink:href', 'poster', 'cite', 'background', 'longdesc', 'data']);
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MEDIA_PROTOCOLS = new Set(['http:', 'https:']);

export interface SanitizeOptions {
  /**
   * Where a saved article is shown: its saved pictures, original address → object URL made by the
   * library page. Those object URLs are then the only picture and media addresses kept; every other
   * `src` or `poster` is dropped, so showing a saved article fetches nothing from any site.
   */
  pictures?: ReadonlyMap<string, string>;
}

export interface Sanitizer {
  /** Sanitized HTML for markup or a node, with URLs resolved against `baseUrl`. */
  sanitize(input: string | Node, baseUrl: string, options?: SanitizeOptions): string;
  /**
   * The same, as a detached <body> element (to read the text of exactly what will be shown; parsed
   * again only when the first pass is not yet a fixed point, see `settle`); null when nothing is
   * left (markup that is only a frameset, say).
   */
  sanitizeToElement(input: string | Node, baseUrl: string, options?: SanitizeOptions): HTMLElement | null;
  /**
   * sanitizeToElement for a private copy no one else reads (the pipeline's): sanitized where it
   * stands, without copying it first, and returned in a wrapper element.
   */
  sanitizeOwnCopy(element: Element, baseUrl: string): HTMLElement | null;
  /**
   * `sanitize` for each of several nodes no one else reads (the pipeline's removed blocks), in one
   * DOMPurify pass where they stand, without copying them (a pass has a fixed cost, and the removed
   * blocks are many and small): the nodes are moved and changed. Each result is what `sanitize`
   * gives for that node alone.
   */
  sanitizeOwnEach(nodes: readonly Node[], baseUrl: string): string[];
}

const sanitizers = new WeakMap<object, Sanitizer>();

/** One sanitizer per window (DOMPurify binds to a window's DOM); hooks are registered once. */
export function sanitizerFor(window: WindowLike | Window): Sanitizer {
  const existing = sanitizers.get(window);
  if (existing) return existing;
  const purify: DOMPurify = createDOMPurify(window as WindowLike);
  let baseUrl = 'about:blank';
  let savedPictures: ReadonlyMap<string, string> | null = null;
  let ownPictures: ReadonlySet<string> = new Set();

  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (!URL_ATTRIBUTES.has(data.attrName)) return;
    const value = data.attrValue.trim();
    if (savedPictures && data.attrName !== 'href' && data.attrName !== 'cite') {
      // A saved article: its own pictures, or nothing (a second pass sees the object URLs themselves).
      const local = ownPictures.has(value) ? value : savedPictures.get(absoluteUrl(value, baseUrl) ?? '');
      if (local) data.attrValue = local;
      else data.keepAttr = false;
      return;
    }
    if (data.attrName === 'href' && value.startsWith('#')) {
      // Ids get the prefix once (DOMPurify leaves prefixed ids alone); so must the links to them.
      data.attrValue = value.startsWith('#user-content-') ? value : `#user-content-${value.slice(1)}`;
      return;
    }
    let url: URL;
    try {
      url = new URL(value, baseUrl);
    } catch {
      data.keepAttr = false;
      return;
    }
    const allowed = data.attrName === 'href' ? LINK_PROTOCOLS : MEDIA_PROTOCOLS;
    if (!allowed.has(url.protocol)) {
      data.keepAttr = false;
      return;
    }
    data.attrValue = url.href;
  });

  // A customized built-in (`<section is="x-layout">`) is dropped whole, text and all, when DOMPurify
  // returns a DOM. Without its `is` it is an ordinary element, and its text is the article.
  purify.addHook('uponSanitizeElement', (node) => {
    if (node.nodeType === 1 && (node as Element).hasAttribute('is')) (node as Element).removeAttribute('is');
  });

  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    node.removeAttribute('target');
    if (href && !href.startsWith('#')) {
      // Always last and in this order: DOMPurify drops `target`, so merely setting both would put it
      // after `rel` on a second pass, and sanitizing sanitized HTML must change nothing.
      node.removeAttribute('rel');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });

  /** The configuration of the call under way: a saved article's lets its own pictures through. */
  const config = (): Config => (savedPictures ? SAVED_ARTICLE_CONFIG : CONFIG);
  const toElement = (input: string | Node): HTMLElement | null =>
    (purify.sanitize(walkable(input), { ...config(), RETURN_DOM: true }) as HTMLElement | null) ?? null;

  const parser = new (window as unknown as typeof globalThis).DOMParser();
  // HTML parsed as a renderer parses it, in the body of an inert document (a DOMParser document:
  // nothing in it loads or runs).
  const parsed = (html: string): HTMLElement => parser.parseFromString(`<!doctype html><body>${html}`, 'text/html').body;

  /** The next pass over a parsed body: in place, its parse is the one DOMPurify would make again. */
  const sanitizeParsed = (body: HTMLElement, html: string): HTMLElement | null => {
    try {
      purify.sanitize(body, { ...config(), IN_PLACE: true });
      return body;
    } catch {
      // DOMPurify refused to finish in place: the pass runs from the HTML.
      return toElement(html);
    }
  };

  /**
   * Removing an element keeps its content in its place, which can leave a tree the HTML parser never
   * builds (a paragraph inside a paragraph, or directly in a table); Readability's restructured DOM
   * can hold such trees too. Parsed again, as every renderer does, such HTML takes another shape. So
   * a sanitized tree is sanitized again, as its HTML parses, until that HTML parses back to itself:
   * what a renderer builds is then exactly what was checked. A second pass settles every case we know.
   * The parse that finds the difference is the tree the next pass sanitizes (in place: no second
   * parse). A tree that certainly parses back to itself (most articles, see html-shape.ts) is not
   * parsed at all.
   */
  const settle = (sanitized: HTMLElement | null): HTMLElement | null => {
    let element = sanitized;
    for (let pass = 1; element && pass < MAX_PASSES; pass++) {
      if (parsesBackUnchanged(element)) return element;
      const html = element.innerHTML;
      // Parsing alone is much cheaper than a sanitizing pass: when the HTML parses back to itself, the
      // tree a renderer builds is the one just checked, and another pass would change nothing.
      const reparsed = parsed(html);
      if (reparsed.innerHTML === html) return element;
      element = sanitizeParsed(reparsed, html);
    }
    return element;
  };

  /** Runs one sanitizing call with the options of that call. */
  const using = <T>(url: string, options: SanitizeOptions, run: () => T): T => {
    baseUrl = url;
    savedPictures = options.pictures ?? null;
    ownPictures = new Set(options.pictures?.values());
    try {
      return run();
    } finally {
      savedPictures = null;
      ownPictures = new Set();
    }
  };

  const sanitizer: Sanitizer = {
    sanitize(input, url, options = {}) {
      return using(url, options, () => settle(toElement(input))?.innerHTML ?? '');
    },
    sanitizeToElement(input, url, options = {}) {
      return using(url, options, () => settle(toElement(input)));
    },
    sanitizeOwnEach(nodes, url) {
      return using(url, {}, () => {
        const doc = nodes[0]?.ownerDocument;
        if (!doc) return [];
        // Each node in a <div> of its own, which DOMPurify keeps: its content is the node sanitized.
        const wrapper = doc.createElement('div');
        for (const node of nodes) {
          const holder = doc.createElement('div');
          holder.append(node);
          wrapper.append(holder);
        }
        const holders = listOf(wrapper.children) as HTMLElement[];
        try {
          purify.sanitize(wrapper, { ...CONFIG, IN_PLACE: true });
        } catch {
          // DOMPurify refused to finish in place: what it left is sanitized the usual way, node by node.
          return holders.map((holder) => settle(toElement(childrenOf(holder)))?.innerHTML ?? '');
        }
        return holders.map((holder) => settle(holder)?.innerHTML ?? '');
      });
    },
    sanitizeOwnCopy(element, url) {
      baseUrl = url;
      const wrapper = element.ownerDocument.createElement('div');
      if (element.nodeName === 'BODY' || element.nodeName === 'HTML') wrapper.append(...listOf(element.childNodes));
      else wrapper.append(element);
      const copied = (): HTMLElement | null => settle(toElement(childrenOf(wrapper)));
      // DOMPurify removes a root without child elements whose text looks like markup, and cannot do
      // that in place: such content takes the copying path.
      if (!wrapper.firstElementChild) return copied();
      try {
        purify.sanitize(wrapper, { ...CONFIG, IN_PLACE: true });
      } catch {
        // DOMPurify refused to finish in place: what it left is sanitized the usual way.
        return copied();
      }
      return settle(wrapper as HTMLElement);
    },
  };
  sanitizers.set(window, sanitizer);
  return sanitizer;
}

/** The element's children moved into a fragment (for DOMPurify's copying path). */
function childrenOf(element: Element): DocumentFragment {
  const children = element.ownerDocument.createDocumentFragment();
  children.append(...listOf(element.childNodes));
  return children;
}

function absoluteUrl(value: string, base: string): string | null {
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

/**
 * DOMPurify sanitizes a <body> or <html> node as its own root, and throws when its checks then want
 * that root removed (a body with no child elements whose text looks like markup, say). Any other
 * node is placed in a fresh body of its own: so a body goes in as a copy of its children.
 */
function walkable(input: string | Node): string | Node {
  if (typeof input === 'string' || (input.nodeName !== 'BODY' && input.nodeName !== 'HTML')) return input;
  const fragment = input.ownerDocument!.createDocumentFragment();
  for (let child = input.firstChild; child; child = child.nextSibling) fragment.append(child.cloneNode(true));
  return fragment;
}
