/**
 * The article's lead (standfirst, dek): the summary news pages print between the title and the body.
 * It usually sits in the page header, outside the container Readability picks, so Readability leaves
 * it out. The page states its own summary in its description metadata; the visible block that says
 * the same is the lead, and it goes back above the body when the article does not already hold it.
 */
import type { MetaContents } from './metadata';
import { type RuleContext, SHORT_LIMIT } from './rules/context';
import { comparableKey } from './text';

/** Shorter descriptions are slogans ("News from Berlin"), not summaries of the article. */
const MIN_DESCRIPTION_KEY = 40;
/** This much of the description (letters and digits) must open the lead block. */
const MATCH_KEY = 120;
/** A lead block may go on a little past the description (descriptions are cut short), not much more. */
const MAX_LEAD_GROWTH = 1.6;
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'HEADER', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TD', 'DD', 'BLOCKQUOTE', 'SPAN', 'STRONG', 'B', 'EM']);
const FIRST_LETTER = /[\p{L}\p{N}]/u;
/** A lead inside these is a teaser, a menu or a caption, not the article's own lead. */
const NOT_LEAD = 'a, nav, aside, footer, figure, figcaption, h1, button, label';

/** The page's summaries from its metadata, as comparable keys (ellipses dropped), longest first. */
function descriptionKeys(meta: MetaContents): string[] {
  const keys = ['description', 'og:description', 'twitter:description']
    .map((name) => comparableKey((meta.get(name) ?? '').replace(/(?:…|\.\.\.|\[…\])\s*$/u, '')))
    .filter((key) => key.length >= MIN_DESCRIPTION_KEY);
  return [...new Set(keys)].sort((a, b) => b.length - a.length);
}

/**
 * The visible block of the page that says what the page's description says, or null: the innermost
 * short block whose text starts with the description and is not much longer. The page stage's rule
 * context already knows every short element and its text.
 */
export function findLead(ctx: RuleContext, meta: MetaContents): Element | null {
  const descriptions = descriptionKeys(meta);
  if (descriptions.length === 0) return null;
  // Most blocks cannot open a description: their first letter already differs. Only their start is folded.
  const firstLetters = new Set(descriptions.map((d) => d[0]));
  let lead: Element | null = null;
  for (const el of ctx.shortElements(SHORT_LIMIT)) {
    if (lead && !lead.contains(el)) break;
    if (!BLOCKS.has(el.tagName)) continue;
    const text = ctx.text(el);
    const first = FIRST_LETTER.exec(text);
    if (!first || !firstLetters.has(comparableKey(first[0]))) continue;
    const key = comparableKey(text.slice(first.index, first.index + MATCH_KEY * 2));
    const description = descriptions.find((d) => key.startsWith(d.slice(0, MATCH_KEY)));
    if (!description || comparableKey(text).length > description.length * MAX_LEAD_GROWTH) continue;
    lead = el;
  }
  return lead && !lead.closest(NOT_LEAD) ? lead : null;
}

/**
 * Puts a copy of the lead's content, as a paragraph, at the top of the article unless the article
 * already holds its text. Returns true when it did.
 */
export function restoreLead(content: Element, lead: Element): boolean {
  const leadKey = comparableKey(lead.textContent ?? '').slice(0, MATCH_KEY);
  if (!leadKey || comparableKey(content.textContent ?? '').includes(leadKey)) return false;
  const doc = content.ownerDocument;
  const paragraph = doc.createElement(lead.querySelector('p, div, ul, ol, table, blockquote') ? 'div' : 'p');
  for (const child of Array.from(lead.childNodes)) paragraph.append(doc.importNode(child, true));
  // Readability wraps the article in one page element: the lead goes inside it, before the first block.
  const page = content.firstElementChild?.id.startsWith('readability-page') ? content.firstElementChild : content;
  page.prepend(paragraph);
  return true;
}
