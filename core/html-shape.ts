/**
 * Whether an element's children, serialized and parsed again in a <body> (as every renderer does),
 * certainly give back the same markup — decided on the tree, without parsing.
 *
 * The sanitizer must hand out HTML that parses back to itself (see sanitize.ts `settle`), and parsing
 * is its costliest step in some DOMs (jsdom). Most article trees are plainly well-formed: paragraphs
 * of inline text, blocks in blocks, lists of items, tables with their sections. This check accepts
 * only such trees, by rules under which the HTML parser's tree construction opens and closes every
 * element exactly where the serialization does; anything else — an element it does not know, a
 * block inside a paragraph, a row straight in a table, a comment, a carriage return — answers false,
 * and the caller parses to find out. A false "false" costs a parse; a "true" must never be wrong
 * (test/html-shape.test.ts checks it against the parser on random markup).
 *
 * Why these rules hold (HTML Standard, "tree construction", in body / in table / in row / in cell):
 * - an element that only holds inline (phrasing) content never contains a start tag that closes an
 *   open element implicitly (a <p>, heading, list item or block start tag closes a <p> in scope, a
 *   heading closes a heading, a list item closes an open one up to the nearest list);
 * - a formatting element (b, i, a…) only holds inline content, so its end tag always finds it as the
 *   current node and the adoption agency just pops it; an <a> inside an <a> is refused;
 * - a list item's parent is its list, a table's rows sit in row groups, cells in rows: the parser
 *   would otherwise insert a <tbody> or close the item;
 * - text and attribute values are escaped on serialization, except carriage returns (the parser
 *   turns them into line feeds) and NUL (dropped); a <pre> whose text starts with a line feed would
 *   lose it. Raw-text elements (script, style, textarea, noscript…) are not in the lists at all.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';

/** Inline elements: they hold only inline content here (the parser would accept more; we need not). */
const PHRASING = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'picture', 'video', 'audio',
]);
/** Void inline elements: no children, no end tag. */
const PHRASING_VOID = new Set(['br', 'img', 'wbr']);
/** Blocks that hold only inline content. */
const INLINE_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
/** Blocks that hold blocks and inline content alike. */
const FLOW = new Set([
  'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'blockquote', 'figure',
  'figcaption', 'address', 'details', 'summary', 'hgroup', 'center', 'li', 'dd', 'dt', 'td', 'th', 'caption',
]);
/** Blocks a flow block may hold besides FLOW, INLINE_BLOCKS and inline content. */
const OTHER_BLOCKS = new Set(['ul', 'ol', 'dl', 'table', 'hr']);

/** Parents that hold only these children (and text: whitespace only in table parts, see WHITESPACE_ONLY). */
const STRUCTURED = new Map<string, ReadonlySet<string>>(Object.entries({
  ul: new Set(['li']),
  ol: new Set(['li']),
  dl: new Set(['dt', 'dd']),
  table: new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot']),
  thead: new Set(['tr']),
  tbody: new Set(['tr']),
  tfoot: new Set(['tr']),
  tr: new Set(['td', 'th']),
  colgroup: new Set(['col']),
  picture: new Set(['source', 'img']),
  video: new Set(['source', 'track']),
  audio: new Set(['source', 'track']),
}));
const MEDIA = new Set(['picture', 'video', 'audio']);
/** Parents whose text must be whitespace only (other text is moved out of a table by the parser). */
const WHITESPACE_ONLY = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);
const VOID = new Set(['br', 'img', 'wbr', 'hr', 'col', 'source', 'track']);
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const UNSAFE_CHARACTER = /[\r\0]/;

type Content = 'flow' | 'phrasing' | 'structured';

function contentOf(name: string): Content {
  if (FLOW.has(name)) return 'flow';
  if (STRUCTURED.has(name)) return 'structured';
  return 'phrasing';
}

function allowedChild(parent: string, child: string): boolean {
  const content = contentOf(parent);
  // A media element may also hold inline fallback content.
  if (content === 'structured') return STRUCTURED.get(parent)!.has(child) || (MEDIA.has(parent) && isInline(child));
  if (isInline(child)) return true;
  return content === 'flow' && (FLOW.has(child) && !isItemOrCell(child) || INLINE_BLOCKS.has(child) || OTHER_BLOCKS.has(child));
}

function isInline(name: string): boolean {
  return PHRASING.has(name) || PHRASING_VOID.has(name);
}

/** Items and cells belong to their list, row or table only. */
function isItemOrCell(name: string): boolean {
  return name === 'li' || name === 'dd' || name === 'dt' || name === 'td' || name === 'th' || name === 'caption';
}

function attributesAreSafe(el: Element): boolean {
  for (const name of el.getAttributeNames()) {
    if (!ATTRIBUTE_NAME.test(name) || UNSAFE_CHARACTER.test(el.getAttribute(name) ?? '')) return false;
  }
  return true;
}

/** True when `root`'s children, serialized and parsed in a <body>, certainly give back the same markup. */
export function parsesBackUnchanged(root: Element): boolean {
  // An explicit stack (no recursion: the depth of untrusted trees is not ours to choose).
  const stack: { el: Element; name: string; inLink: boolean }[] = [{ el: root, name: 'div', inLink: false }];
  while (stack.length > 0) {
    const { el, name, inLink } = stack.pop()!;
    let first = true;
    for (let child = el.firstChild; child; child = child.nextSibling, first = false) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        if (UNSAFE_CHARACTER.test(text)) return false;
        if (WHITESPACE_ONLY.has(name) && text.trim() !== '') return false;
        if (first && name === 'pre' && text.startsWith('\n')) return false;
        continue;
      }
      if (child.nodeType !== 1) return false;
      const element = child as Element;
      const childName = element.localName;
      if (element.namespaceURI !== XHTML || element.prefix !== null) return false;
      if (!allowedChild(name, childName)) return false;
      if (childName === 'a' && inLink) return false;
      if (!attributesAreSafe(element)) return false;
      if (VOID.has(childName)) {
        if (element.firstChild) return false; // a void element's children are not serialized
      } else stack.push({ el: element, name: childName, inLink: inLink || childName === 'a' });
    }
  }
  return true;
}
