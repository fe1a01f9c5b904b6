/**
 * Checkers for the library's single-article exports (lib/library/export-article.ts), shared by the
 * unit test on the 223 XSS vectors (test/hostile-exports.test.ts, exports made in jsdom) and the e2e
 * test (test/e2e/hostile-library.test.ts, exports made by the library page in Chromium):
 *
 * - `htmlExportProblems`: the standalone HTML file parsed as a whole document in an inert jsdom
 *   document — `unsafeNodeParts` on its body (no script, handler, style attribute, form, frame,
 *   SVG/MathML, meta, base, or address other than http(s), mailto or `#user-content-`), exactly our
 *   elements in <head> (charset, a CSP that lets no script run, referrer, viewport, the title as text,
 *   our style sheet), the header's title, byline line and source address as text;
 * - `markdownProblems`: anything a CommonMark renderer would pass through as raw HTML, and any link or
 *   image destination other than http(s), mailto or `#user-content-`. A scanner written from the
 *   CommonMark spec (no Markdown renderer is a dependency): it follows fenced code blocks (in list
 *   items and block quotes too), code spans, backslash escapes and autolinks, which is what decides
 *   whether a `<` is markup. Where it simplifies, it errs on the strict side: indented code blocks are
 *   not recognised (a `<` in one counts as raw), every `](…)` destination is checked whether or not a
 *   link forms there, and a backtick in one pairs with the next code span as it would if the link did
 *   not form;
 * - `markdownHeaderProblems`: the title, byline and source lines read back as the exact text.
 *
 * No path aliases (`@/`): the e2e config does not resolve them.
 */
import { JSDOM } from 'jsdom';
import type { SavedArticle } from '../lib/library/schema';
import { unsafeNodeParts } from './unsafe-html';

/** What an export shows of the article besides its body. */
export type ExportedRecord = Pick<SavedArticle, 'url' | 'title' | 'byline' | 'siteName' | 'publishedTime'>;

const parser = new new JSDOM('').window.DOMParser();
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** The byline line of both exports: byline · site · date. */
const metaLine = (record: ExportedRecord): string =>
  [record.byline, record.siteName, record.publishedTime].map((part) => oneLine(part ?? '')).filter(Boolean).join(' · ');

// ---------------------------------------------------------------------------------------------
// Standalone HTML

/** What is wrong with a Content-Security-Policy for an exported file: anything but no script at all, images and our inline style. */
export function cspProblems(policy: string): string[] {
  const problems: string[] = [];
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().toLowerCase().split(/\s+/);
    if (!name) continue;
    if (directives.has(name)) problems.push(`${name} given twice`);
    directives.set(name, sources);
  }
  if (directives.get('default-src')?.join(' ') !== "'none'") problems.push(`default-src is not 'none': ${policy}`);
  for (const [name, sources] of directives) {
    if (name === 'img-src') {
      const other = sources.filter((s) => !['http:', 'https:', 'data:'].includes(s));
      if (other.length) problems.push(`img-src allows ${other.join(' ')}`);
    } else if (name === 'style-src') {
      const other = sources.filter((s) => s !== "'unsafe-inline'");
      if (other.length) problems.push(`style-src allows ${other.join(' ')}`);
    } else if (sources.join(' ') !== "'none'") {
      // script-src, script-src-elem/-attr, object-src, frame-src… may only say 'none'.
      problems.push(`${name} is not 'none': ${sources.join(' ')}`);
    }
  }
  return problems;
}

/**
 * Everything wrong with an exported HTML file for `record`. An empty list means safe to open.
 * `reference`: the style sheet and CSP of the export of an ordinary article, which a payload must not
 * change by a character.
 */
export function htmlExportProblems(html: string, record: ExportedRecord, reference: { style: string; csp: string }): string[] {
  const problems: string[] = [];
  const doc = parser.parseFromString(html, 'text/html');
  const root = doc.documentElement;
  const say = (ok: boolean, problem: string): void => {
    if (!ok) problems.push(problem);
  };

  say(Array.from(root.attributes).every((a) => a.name === 'lang' || (a.name === 'dir' && ['ltr', 'rtl'].includes(a.value))),
    `<html> attributes: ${Array.from(root.attributes, (a) => `${a.name}="${a.value}"`).join(' ')}`);
  say(Array.from(root.children, (el) => el.localName).join() === 'head,body', `<html> holds ${Array.from(root.children, (el) => el.localName).join()}`);

  // The head: exactly our elements, in order, and no text that the parser would have moved.
  const head = Array.from(doc.head.childNodes).filter((node) => node.nodeType !== 3 || node.textContent!.trim() !== '');
  const describe = (node: Node): string => (node.nodeType === 1 ? (node as Element).outerHTML.slice(0, 120) : `#${node.nodeName}: ${node.textContent!.slice(0, 80)}`);
  const attributes = (el: Element): string => Array.from(el.attributes, (a) => `${a.name}=${a.value}`).join(' ');
  const [charset, csp, referrer, viewport, title, style, ...extra] = head as Element[];
  say(charset?.localName === 'meta' && attributes(charset) === 'charset=utf-8', `first in <head>: ${charset ? describe(charset) : 'nothing'}`);
  say(csp?.localName === 'meta' && csp.attributes.length === 2 && csp.getAttribute('http-equiv') === 'Content-Security-Policy',
    `second in <head> is not the CSP: ${csp ? describe(csp) : 'nothing'}`);
  if (csp?.getAttribute('content') !== null && csp?.getAttribute('content') !== undefined) problems.push(...cspProblems(csp.getAttribute('content')!));
  say(csp?.getAttribute('content') === reference.csp, 'the CSP is not the one of an ordinary export');
  say(referrer?.localName === 'meta' && attributes(referrer) === 'name=referrer content=no-referrer', `third in <head>: ${referrer ? describe(referrer) : 'nothing'}`);
  say(viewport?.localName === 'meta' && attributes(viewport) === 'name=viewport content=width=device-width, initial-scale=1',
    `fourth in <head>: ${viewport ? describe(viewport) : 'nothing'}`);
  say(title?.localName === 'title' && title.attributes.length === 0 && title.childElementCount === 0 && title.textContent === oneLine(record.title),
    `<title> is not the title as text: ${title ? describe(title) : 'nothing'}`);
  say(style?.localName === 'style' && style.attributes.length === 0 && style.textContent === reference.style, `<style> is not ours: ${style ? describe(style) : 'nothing'}`);
  for (const node of extra) problems.push(`more in <head>: ${describe(node)}`);

  // The header: title, byline line and source address as text.
  const article = doc.body.children.length === 1 ? doc.body.firstElementChild : null;
  say(article?.localName === 'article', `<body> holds ${Array.from(doc.body.children, (el) => el.localName).join()}`);
  const header = article?.firstElementChild;
  say(header?.localName === 'header', 'the article does not start with its header');
  const headerParts = Array.from(header?.children ?? []);
  const meta = metaLine(record);
  const address = new URL(record.url).href;
  const expected = [
    { tag: 'h1', text: oneLine(record.title) },
    ...(meta ? [{ tag: 'p', text: meta }] : []),
    { tag: 'p', text: address },
  ];
  say(headerParts.length === expected.length, `the header holds ${headerParts.length} elements, not ${expected.length}`);
  expected.forEach(({ tag, text }, i) => {
    const el = headerParts[i];
    say(el?.localName === tag && el.attributes.length === 0 && el.textContent === text, `header part ${i} is not <${tag}> with the text: ${el ? describe(el) : 'nothing'}`);
  });
  const source = headerParts.at(-1);
  say(source?.childElementCount === 1 && source.firstElementChild?.localName === 'a'
    && attributes(source.firstElementChild) === `href=${address} rel=noopener noreferrer` && source.firstElementChild.childElementCount === 0,
  `the source line is not one plain link: ${source ? describe(source) : 'nothing'}`);
  say(headerParts.slice(0, -1).every((el) => el.childElementCount === 0), 'title or byline line holds elements');

  // The body as rendered (the live parsed tree, no re-parse): our source link opens in the same tab,
  // which the checker would note; nothing else may be noted.
  const unsafe = unsafeNodeParts(doc.body);
  const ours = unsafe.indexOf(`link without target=_blank: ${address}`);
  if (ours >= 0) unsafe.splice(ours, 1);
  problems.push(...unsafe);
  // And the whole document, head included, for what the body check does not see.
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attribute of Array.from(el.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`${attribute.name} on <${el.localName}>`);
    }
    if (el.localName === 'meta' && el.hasAttribute('http-equiv') && el !== csp) problems.push(`<meta http-equiv="${el.getAttribute('http-equiv')}">`);
    if (['script', 'base', 'link', 'iframe', 'frame', 'object', 'embed', 'form', 'svg', 'math', 'noscript', 'template'].includes(el.localName)) {
      problems.push(`<${el.localName}> in the document`);
    }
    if (el.localName === 'style' && el !== style) problems.push('a second <style>');
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Markdown

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Decodes entity references the way an HTML parser (and so CommonMark, which uses the same table) does. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // A textarea's content is RCDATA: entities are decoded, nothing else is markup ("<" is written &lt; so it cannot close it).
  const parsed = parser.parseFromString(`<!doctype html><body><textarea>${text.replace(/</g, '&lt;')}</textarea>`, 'text/html');
  return parsed.querySelector('textarea')!.value;
}

/** A link destination as a CommonMark renderer reads it: backslash escapes and entities decoded. */
const decodeDestination = (raw: string): string => decodeEntities(raw.replace(/\\([!-/:-@[-`{-~])/g, '$1'));

const ALLOWED_DESTINATION = /^(https?:|mailto:|#user-content-)/i;
// CommonMark: an autolink's address has no space, control character, < or >.
// eslint-disable-next-line no-control-regex
const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}):([^<>\x00-\x20]*)>/;

/** The link destination starting at `s[start]` (just after `](`), raw, or null when none can be read. */
function readDestination(s: string, start: number): string | null {
  let i = start;
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++;
  if (s[i] === '<') {
    let j = i + 1;
    while (j < s.length && s[j] !== '>' && s[j] !== '\n' && s[j] !== '<') j += s[j] === '\\' ? 2 : 1;
    return s[j] === '>' ? s.slice(i + 1, j) : null;
  }
  let depth = 0;
  let j = i;
  for (; j < s.length; j++) {
    const c = s[j]!;
    if (c === '\\' && ASCII_PUNCTUATION.test(s[j + 1] ?? '')) {
      j++;
      continue;
    }
    if (c <= ' ') break;
    if (c === '(') depth++;
    if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return s.slice(i, j);
}

/** Problems in one block of inline content (a paragraph, heading or list item's lines, outside fenced code). */
function inlineProblems(s: string): string[] {
  const problems: string[] = [];
  const context = (at: number): string => JSON.stringify(s.slice(Math.max(0, at - 30), at + 50));
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (c === '\\') {
      i += ASCII_PUNCTUATION.test(s[i + 1] ?? '') ? 2 : 1;
    } else if (c === '`') {
      let n = 1;
      while (s[i + n] === '`') n++;
      // The code span closes at the next run of exactly n backticks; backslashes do not escape inside it.
      let close = -1;
      for (let j = i + n; j < s.length;) {
        if (s[j] !== '`') {
          j++;
          continue;
        }
        let m = 1;
        while (s[j + m] === '`') m++;
        if (m === n) {
          close = j;
          break;
        }
        j += m;
      }
      i = close >= 0 ? close + n : i + n;
    } else if (c === '<') {
      const autolink = AUTOLINK.exec(s.slice(i));
      if (autolink) {
        if (!/^(https?|mailto)$/i.test(autolink[1]!)) problems.push(`autolink to ${autolink[0]}`);
        i += autolink[0].length;
      } else {
        problems.push(`raw "<" (HTML to a Markdown renderer) at ${context(i)}`);
        i++;
      }
    } else if (c === ']' && s[i + 1] === '(') {
      const raw = readDestination(s, i + 2);
      if (raw !== null) {
        const destination = decodeDestination(raw);
        if (!ALLOWED_DESTINATION.test(destination)) problems.push(`link or image destination "${destination.slice(0, 80)}" at ${context(i)}`);
      }
      i += 2;
    } else {
      i++;
    }
  }
  return problems;
}

/** Container markers (block quotes, list items) before a line's content. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*[ \t]*/;

/** Everything in Markdown that a CommonMark renderer would turn into markup we do not allow. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length) problems.push(...inlineProblems(block.join('\n')));
    block = [];
  };
  let fence: { char: string; length: number } | null = null;
  for (const line of markdown.split('\n')) {
    const content = line.replace(CONTAINERS, '');
    if (fence) {
      const close = /^(`{3,}|~{3,})[ \t]*$/.exec(content);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
      continue;
    }
    const open = /^(`{3,}|~{3,})(.*)$/.exec(content);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      flush();
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    if (content.trim() === '') {
      flush();
      continue;
    }
    // A link reference definition would give the text's [brackets] a destination of its own.
    if (/^ {0,3}\[(?:[^\]\\]|\\.)*\]:/.test(content)) problems.push(`link reference definition: ${JSON.stringify(line.slice(0, 80))}`);
    block.push(line);
  }
  flush();
  return problems;
}

/** A line of Markdown text as a renderer shows it: backslash escapes and entities decoded. */
export const markdownText = (line: string): string => decodeEntities(line.replace(/\\([!-/:-@[-`{-~])/g, '$1'));

/** The Markdown file's first lines: the title, the byline line and the source address, as text. */
export function markdownHeaderProblems(markdown: string, record: ExportedRecord): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  const titleLine = lines[0] ?? '';
  if (!titleLine.startsWith('# ') || markdownText(titleLine.slice(2)) !== oneLine(record.title)) problems.push(`title line: ${titleLine.slice(0, 120)}`);
  const meta = metaLine(record);
  if (meta && markdownText(lines[2] ?? '') !== meta) problems.push(`byline line: ${(lines[2] ?? '').slice(0, 120)}`);
  const sourceLine = lines[meta ? 4 : 2] ?? '';
  if (sourceLine !== `<${new URL(record.url).href}>`) problems.push(`source line: ${sourceLine.slice(0, 120)}`);
  return problems;
}
