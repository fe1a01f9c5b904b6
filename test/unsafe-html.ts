/**
 * The checker for rendered article HTML, shared by the unit tests (test/sanitize.test.ts) and the
 * end-to-end tests in Chromium (test/e2e/hostile.test.ts): everything in a piece of HTML, once
 * rendered, that could run script, restyle the page, submit, frame, clobber globals or navigate
 * anywhere but an http(s) or mailto address.
 *
 * `unsafeParts(html)` parses the markup in an inert jsdom document (nothing runs there).
 * `unsafeNodeParts(root)` walks a live element or shadow root as it is, without parsing anything
 * again; it uses nothing but standard DOM and URL, and nothing outside its own body, so the e2e tests
 * can hand it to `page.evaluate` and run it on the DOM the extension really rendered.
 */
import { JSDOM } from 'jsdom';

/** Everything wrong with the elements under `root` (not `root` itself). An empty list means safe to show. */
export function unsafeNodeParts(root: ParentNode): string[] {
  // Self-contained on purpose (see above): page.evaluate serializes this function's source.
  const forbidden = new Set([
    'script', 'style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'frameset', 'object',
    'embed', 'svg', 'math', 'template', 'meta', 'link', 'base', 'noscript',
  ]);
  const urlAttributes = ['href', 'src', 'action', 'xlink:href', 'poster', 'cite', 'background', 'longdesc', 'data', 'formaction'];
  const xhtml = 'http://www.w3.org/1999/xhtml';
  const isHttp = (value: string): boolean => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  };
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (forbidden.has(tag)) problems.push(`<${tag}> element`);
    if (el.namespaceURI !== xhtml) problems.push(`<${tag}> in namespace ${el.namespaceURI}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} handler on <${tag}>`);
      if (name === 'style') problems.push(`style attribute on <${tag}>`);
      if (name === 'srcset') problems.push(`srcset on <${tag}>`);
      if ((name === 'id' || name === 'name') && !attr.value.startsWith('user-content-')) problems.push(`unprefixed ${name}="${attr.value}"`);
    }
    for (const name of urlAttributes) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const allowed = isHttp(value)
        || (name === 'href' && (value.startsWith('mailto:') || value.startsWith('#user-content-')));
      if (!allowed) problems.push(`${name}="${value.slice(0, 80)}" on <${tag}>`);
    }
    if (tag === 'a' && isHttp(el.getAttribute('href') ?? '')) {
      if (el.getAttribute('target') !== '_blank') problems.push(`link without target=_blank: ${el.getAttribute('href')}`);
      if (!(el.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')) problems.push(`link without rel=noopener: ${el.getAttribute('href')}`);
    }
  }
  return problems;
}

/** One inert window to parse HTML in. */
const inspector = new JSDOM('<!doctype html><body></body>', { url: 'https://reader.invalid/' }).window;

/** Parses HTML as the body of an inert document, as the reader's container would hold it (scripts never run here). */
export function renderInert(html: string): HTMLElement {
  return new inspector.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

/** Everything wrong with a piece of sanitized HTML once rendered. An empty list means it is safe to show. */
export function unsafeParts(html: string): string[] {
  return unsafeNodeParts(renderInert(html));
}
