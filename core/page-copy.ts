/**
 * The private copy of the page the pipeline works on (the live page is never touched), prepared in
 * one walk: without the parts no rule or Readability reads, with clobbering names dropped, prose
 * <noscript> unwrapped and lazy images given their real address.
 */
import { domGetter, keptInCopy, listOf } from './dom';
import { fixLazyImage } from './lazy-images';
import { letterCount } from './text';

/** A <noscript> with at least this many letters holds the page's content, not a tracking pixel or a notice. */
const MIN_NOSCRIPT_LETTERS = 200;

/** Elements whose name (or id) becomes a property of their form or of the document. */
const CLOBBERING_TAGS = new Set(['input', 'button', 'select', 'textarea', 'fieldset', 'output', 'object', 'img', 'form', 'embed', 'iframe']);

/**
 * The copy is a snapshot: a page that keeps changing (a single-page app, a live ticker) cannot
 * change it while the pipeline runs. Frames keep their own documents (an iframe is copied as an
 * empty element) and shadow roots are not read: Readability and the rules walk child nodes only, so
 * text inside a shadow root (in browsers a "clonable" one is copied along) is never part of the article.
 */
export function preparedCopy(source: Document): Document {
  const doc = source.cloneNode(true) as Document;
  const root = doc.documentElement;
  if (!root) return doc;
  const dom = domAccess(source.defaultView);
  const dropped: Element[] = [];
  const noscripts: Element[] = [];
  const images: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const name = dom.localName(el);
    if (!keptInCopy(name, () => dom.getAttribute(el, 'type'))) {
      dropped.push(el);
      continue;
    }
    if (CLOBBERING_TAGS.has(name)) unclobber(el, dom);
    if (name === 'noscript') noscripts.push(el);
    else if (name === 'img') images.push(el);
    for (let child = dom.lastChild(el); child; child = dom.previousSibling(child)) stack.push(child);
  }
  for (const el of dropped) el.remove();
  // Clobbering names are gone now: from here on, the copy's own properties can be trusted.
  for (const noscript of noscripts) unwrapNoscriptProse(noscript);
  for (const img of images) fixLazyImage(img);
  return doc;
}

/**
 * DOM clobbering: in a browser, a control named after a property of its form (`<form><input
 * name=parentNode></form>`) replaces that property for every script, and an image named after a
 * document property replaces the document's. Readability, walking up through such a form, loops for
 * ever and the tab freezes. These names mean nothing to the pipeline (forms and controls are not
 * shown): the copy drops them before anything walks it.
 */
function unclobber(el: Element, dom: DomAccess): void {
  for (const attr of ['name', 'id']) {
    const value = dom.getAttribute(el, attr);
    if (value && dom.shadowed.some((proto) => value in proto)) dom.removeAttribute(el, attr);
  }
}

/**
 * A page read without scripts (a saved page in the CLI or the tests: jsdom parses with scripting off)
 * shows what its <noscript> elements hold; some pages put the whole article there for such readers
 * and build the scripted version at run time. Readability drops every <noscript>, so those with prose
 * are unwrapped. In a browser with scripting on, a <noscript> holds one text node and is left alone.
 */
function unwrapNoscriptProse(noscript: Element): void {
  if (noscript.isConnected && noscript.firstElementChild && letterCount(noscript.textContent ?? '') >= MIN_NOSCRIPT_LETTERS) {
    noscript.replaceWith(...listOf(noscript.childNodes));
  }
}

interface DomAccess {
  localName(el: Element): string;
  lastChild(el: Element): Element | null;
  previousSibling(el: Element): Element | null;
  getAttribute(el: Element, name: string): string | null;
  removeAttribute(el: Element, name: string): void;
  /** Prototypes whose properties a name can shadow (a form's, the document's). */
  shadowed: object[];
}

/**
 * The DOM's own getters and methods, read from the prototypes: a form's properties (its children,
 * even getAttribute) can be replaced by its controls' names until the copy is unclobbered.
 */
function domAccess(view: (Window & typeof globalThis) | null): DomAccess {
  const elementProto = view?.Element.prototype;
  return {
    localName: domGetter<string>(elementProto, 'localName'),
    lastChild: domGetter<Element | null>(elementProto, 'lastElementChild'),
    previousSibling: domGetter<Element | null>(elementProto, 'previousElementSibling'),
    getAttribute: (el, name) => (elementProto ? elementProto.getAttribute.call(el, name) : el.getAttribute(name)),
    removeAttribute: (el, name) => (elementProto ? elementProto.removeAttribute.call(el, name) : el.removeAttribute(name)),
    shadowed: [view?.HTMLFormElement?.prototype, view?.Document?.prototype].filter((proto) => proto !== undefined),
  };
}
