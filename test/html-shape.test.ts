/**
 * parsesBackUnchanged decides on the tree, without parsing, that markup parses back to itself. A
 * "true" must never be wrong: the sanitizer then skips the parse that would have caught the
 * difference. Checked against jsdom's HTML parser on random trees built with DOM calls (which,
 * unlike parsed markup, can hold every shape the parser never builds: a paragraph in a paragraph, a
 * row straight in a table, a link in a link, text in a row, a carriage return…), on known shapes,
 * and on the real articles of the seed fixtures, which it must mostly accept or it saves nothing.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractContent } from '../core/extract';
import { parsesBackUnchanged } from '../core/html-shape';
import { fixturePages, withDocument } from './helpers';

/** SHAPE_SEED and SHAPE_RUNS search further (say 20000 runs with another seed) when the rules change. */
const SEED = Number(process.env.SHAPE_SEED ?? 20_261_123);
const RUNS = Number(process.env.SHAPE_RUNS ?? 2000);
const window = new JSDOM('<!doctype html><body></body>').window;
const document = window.document;

/** What a renderer makes of the markup: parsed as a body's content, serialized again. */
function reparsed(html: string): string {
  return new window.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body.innerHTML;
}

const TAGS = [
  'p', 'div', 'span', 'a', 'b', 'i', 'em', 'strong', 'font', 'small', 'code', 'img', 'br', 'wbr', 'hr', 'h1', 'h2',
  'pre', 'blockquote', 'section', 'figure', 'figcaption', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'caption',
  'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'picture', 'source', 'video', 'track', 'details',
  'summary', 'nobr', 'ruby', 'rt', 'xmp', 'noscript', 'textarea', 'title', 'select', 'option', 'form', 'button',
];
const TEXTS = ['Budget approved.', ' ', '\n', '\nLeading line feed', 'a\r\nb', 'nul\0char', 'a < b & c > d', '\u00a0', ''];
const ATTRIBUTES: [string, string][] = [
  ['href', 'https://a.example/x'], ['title', 'a "quoted" & <b>'], ['alt', 'line\rbreak'], ['lang', 'ro'], ['colspan', '2'],
];

interface Tree { tag: string; attributes: [string, string][]; children: readonly (Tree | string)[] }

/**
 * The children a parent usually has in articles. Trees are drawn mostly from these, so that many are
 * accepted and the property has teeth, and one child in ten is any tag at all.
 */
const FLOW = ['p', 'div', 'h2', 'ul', 'ol', 'dl', 'table', 'pre', 'blockquote', 'figure', 'hr', 'span', 'a', 'b', 'img', 'br'];
const INLINE = ['span', 'a', 'b', 'i', 'em', 'strong', 'code', 'small', 'font', 'img', 'br', 'wbr'];
const USUAL_CHILDREN: Record<string, string[]> = {
  ul: ['li'], ol: ['li'], dl: ['dt', 'dd'], table: ['caption', 'colgroup', 'thead', 'tbody', 'tfoot'], thead: ['tr'],
  tbody: ['tr'], tfoot: ['tr'], tr: ['td', 'th'], colgroup: ['col'], picture: ['source', 'img'], video: ['source', 'track'],
};
const FLOW_PARENTS = new Set(['body', 'div', 'section', 'blockquote', 'li', 'td', 'th', 'figure', 'figcaption', 'caption', 'details', 'dd', 'dt']);
const usualChildren = (parent: string): string[] => USUAL_CHILDREN[parent] ?? (FLOW_PARENTS.has(parent) ? FLOW : INLINE);
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);

function childOf(parent: string, depth: number): fc.Arbitrary<Tree | string> {
  const tag = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...usualChildren(parent)) }, { weight: 1, arbitrary: fc.constantFrom(...TAGS) });
  const element = tag.chain((name): fc.Arbitrary<Tree> => fc.record({
    tag: fc.constant(name),
    attributes: fc.subarray(ATTRIBUTES, { maxLength: 2 }),
    children: depth <= 0 ? fc.constant<(Tree | string)[]>([]) : fc.array(childOf(name, depth - 1), { maxLength: 3 }),
  }));
  const text = TABLE_PARTS.has(parent)
    ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(' ', '\n') }, { weight: 1, arbitrary: fc.constantFrom(...TEXTS) })
    : fc.oneof({ weight: 9, arbitrary: fc.constantFrom('Budget approved.', 'a < b & c > d', ' ') }, { weight: 1, arbitrary: fc.constantFrom(...TEXTS) });
  return fc.oneof({ weight: 2, arbitrary: element }, { weight: 1, arbitrary: text });
}

/** Trees of any tag in any other. */
const { tree } = fc.letrec<{ tree: Tree; child: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.subarray(ATTRIBUTES, { maxLength: 2 }),
    children: fc.array(tie('child'), { maxLength: 4 }),
  }),
  child: fc.oneof({ maxDepth: 4, depthSize: 'small' }, fc.constantFrom(...TEXTS), tie('tree'), tie('tree')),
}));
/** Trees shaped mostly like articles, with a stray tag or character here and there. */
const articleLike = fc.array(childOf('body', 4), { minLength: 1, maxLength: 4 });

/** Builds the tree with DOM calls: any element may hold any other, as scripts and Readability can make it. */
function build(node: Tree | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = document.createElement(node.tag);
  for (const [name, value] of node.attributes) el.setAttribute(name, value);
  for (const child of node.children) el.append(build(child));
  return el;
}

function container(...nodes: Node[]): HTMLElement {
  const body = document.createElement('body');
  body.append(...nodes);
  return body;
}

function fromHtml(html: string): HTMLElement {
  return new window.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

describe('parsesBackUnchanged', () => {
  /** Checks every accepted tree against the parser; returns how many were accepted and how many rejected trees do change. */
  function checkAgainstParser(trees: fc.Arbitrary<(Tree | string)[]>, numRuns: number): { accepted: number; rejectedChanging: number } {
    let accepted = 0;
    let rejectedChanging = 0;
    fc.assert(
      fc.property(trees, (nodes) => {
        const root = container(...nodes.map(build));
        const html = root.innerHTML;
        if (parsesBackUnchanged(root)) {
          accepted++;
          expect(reparsed(html), 'accepted a tree that parses differently').toBe(html);
        } else if (reparsed(html) !== html) rejectedChanging++;
      }),
      { seed: SEED, numRuns },
    );
    return { accepted, rejectedChanging };
  }

  it('is never wrong when it says yes, on random trees built with DOM calls', () => {
    const anyShape = checkAgainstParser(fc.array(tree, { minLength: 1, maxLength: 3 }), RUNS);
    const articleShape = checkAgainstParser(articleLike, RUNS);
    // Both answers must be common, or the property says little.
    expect(anyShape.rejectedChanging).toBeGreaterThan(1000);
    expect(articleShape.accepted).toBeGreaterThan(500);
    expect(articleShape.rejectedChanging).toBeGreaterThan(200);
  });

  it('says no to the shapes the parser rebuilds', () => {
    const el = (tag: string, ...children: (Node | string)[]): HTMLElement => {
      const element = document.createElement(tag);
      element.append(...children);
      return element;
    };
    const cases: [string, HTMLElement][] = [
      ['a paragraph in a paragraph', container(el('p', 'a', el('p', 'b')))],
      ['a block in an inline element in a paragraph', container(el('p', el('span', el('div', 'b'))))],
      ['a row straight in a table', container(el('table', el('tr', el('td', 'x'))))],
      ['text in a table', container(el('table', 'text', el('tbody')))],
      ['a no-break space in a table (whitespace to JavaScript, text to the parser)', container(el('table', '\u00a0', el('tbody')))],
      ['a link in a link', container(el('a', 'x', el('b', el('a', 'y'))))],
      ['a list item in a block in a list item', container(el('ul', el('li', 'a', el('div', el('li', 'b')))))],
      ['a carriage return', container(el('p', 'a\rb'))],
      ['a leading line feed in pre', container(el('pre', '\nx'))],
      ['a heading in a heading', container(el('h2', el('h3', 'x')))],
      ['text that closes its raw-text element', container(el('xmp', '</xmp><b>x</b>'))],
    ];
    for (const [name, root] of cases) {
      expect(reparsed(root.innerHTML), name).not.toBe(root.innerHTML);
      expect(parsesBackUnchanged(root), name).toBe(false);
    }
    // A void element's children are not serialized: the markup is stable, but its text is not what was read.
    expect(parsesBackUnchanged(container(el('p', el('br', 'lost'))))).toBe(false);
    // Unknown to the check, though the parser keeps it: a "no" only costs a parse.
    expect(parsesBackUnchanged(fromHtml('<p><ruby>漢<rt>kan</rt></ruby></p>'))).toBe(false);
  });

  it('says yes to ordinary article markup', () => {
    const article = fromHtml([
      '<div id="readability-page-1"><h2>Budget approved</h2><p>The council <a href="https://a.example/">approved</a> it.<br>',
      '<img src="https://a.example/i.jpg" alt="x"></p><figure><picture><source srcset="x"><img src="y"></picture>',
      '<figcaption>Caption <em>here</em></figcaption></figure><ul><li><p>One</p></li><li>Two <b><i>bold</i></b></li></ul>',
      '<blockquote><p>Quote</p></blockquote><table><caption>Votes</caption><thead><tr><th>For</th></tr></thead>',
      '<tbody><tr><td><p>21</p></td></tr></tbody></table><dl><dt>Term</dt><dd>Definition</dd></dl><pre>code\n  here</pre><hr></div>',
    ].join(''));
    expect(parsesBackUnchanged(article)).toBe(true);
  });

  it('accepts most real articles of the seed fixtures, which then need no parse', () => {
    const pages = fixturePages();
    let accepted = 0;
    for (const page of pages) {
      const html = withDocument(readFileSync(page.file, 'utf8'), page.url, (doc) => extractContent(doc, { url: page.url }).html);
      const root = fromHtml(html);
      expect(root.innerHTML, page.id).toBe(html);
      if (parsesBackUnchanged(root)) accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(pages.length * 0.8);
  });
});
