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
 * - every element is closed by its own end tag in the serialization, so the parser only departs from
 *   it where a start tag closes an open element implicitly: a block, list or heading start tag closes
 *   an open <p>, a heading closes an open heading. Inside a paragraph, heading or <pre> only inline
 *   content is accepted, so no such start tag ever meets one;
 * - a formatting element (b, i, a…) is therefore always the current node when its end tag comes, and
 *   the adoption agency just pops it; an <a> inside an <a> is refused;
 * - a list item's parent is its list, a table's rows sit in row groups, cells in rows: the parser
 *   would otherwise insert a <tbody> or close the item;
 * - text and attribute values are escaped on serialization, except carriage returns (the parser
 *   turns them into line feeds) and NUL (dropped); a <pre> whose text starts with a line feed would
 *   lose it. Raw-text elements (script, style, textarea, noscript…) are not in the lists at all.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';

/** Inline elements (blocks inside them are fine too, outside a paragraph: see allowedChild). */
const PHRASING = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'picture', 'video', 'audio',
]);
/** Void inline elements: no children, no end tag. */
const PHRASING_VOID = new Set(['br', 'img', 'wbr']);
/** Blocks that hold only inline content, down to their last descendant. */
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
/** The parser's whitespace (not JavaScript's: a no-break space is text, and a table moves it out). */
const ASCII_WHITESPACE = /^[\t\n\f ]*$/;

/**
 * Whether `child` may stand in `parent` here. Inside a paragraph, heading or <pre> only inline
 * content may follow (any block start tag closes an open paragraph); elsewhere a block may stand in
 * a block or in an inline element alike (`<a><div>` parses as written when no paragraph is open).
 */
function allowedChild(parent: string, child: string, inlineOnly: boolean): boolean {
  const only = STRUCTURED.get(parent);
  // A media element may also hold inline fallback content.
  if (only) return only.has(child) || (MEDIA.has(parent) && isInline(child));
  if (isInline(child)) return true;
  if (inlineOnly) return false;
  return (FLOW.has(child) && !isItemOrCell(child)) || INLINE_BLOCKS.has(child) || OTHER_BLOCKS.has(child);
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
  const stack: { el: Element; name: string; inLink: boolean; inlineOnly: boolean }[] = [
    { el: root, name: 'div', inLink: false, inlineOnly: false },
  ];
  while (stack.length > 0) {
    const { el, name, inLink, inlineOnly } = stack.pop()!;
    let first = true;
    for (let child = el.firstChild; child; child = child.nextSibling, first = false) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        if (UNSAFE_CHARACTER.test(text)) return false;
        if (WHITESPACE_ONLY.has(name) && !ASCII_WHITESPACE.test(text)) return false;
        if (first && name === 'pre' && text.startsWith('\n')) return false;
        continue;
      }
      if (child.nodeType !== 1) return false;
      const element = child as Element;
      const childName = element.localName;
      if (element.namespaceURI !== XHTML || element.prefix !== null) return false;
      if (!allowedChild(name, childName, inlineOnly)) return false;
      if (childName === 'a' && inLink) return false;
      if (!attributesAreSafe(element)) return false;
      if (VOID.has(childName)) {
        if (element.firstChild) return false; // a void element's children are not serialized
      } else {
        stack.push({
          el: element, name: childName, inLink: inLink || childName === 'a', inlineOnly: inlineOnly || INLINE_BLOCKS.has(childName),
        });
      }
    }
  }
  return true;
}
