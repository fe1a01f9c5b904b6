/**
 * The article's lead (standfirst, dek): the summary news pages print between the title and the body.
 * It usually sits in the page header, outside the container Readability picks, so Readability leaves
 * it out. The page states its own summary in its description metadata; the visible block that says
 * the same is the lead, and it goes back above the body when the article does not already hold it.
 */
import { listOf } from './dom';
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
/** Letters and digits a kicker may put before the description in the lead ("Schwere Schlappe für Boris Johnson:"). */
const MAX_KICKER = 60;
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
 * short block whose text opens with the description (after at most a short kicker, "Schwere Schlappe
 * für Boris Johnson: …") and is not much longer. The page stage's rule context already knows every
 * short element and its text; only blocks about as long as a description are folded and compared.
 */
export function findLead(ctx: RuleContext, meta: MetaContents): Element | null {
  const descriptions = descriptionKeys(meta);
  if (descriptions.length === 0) return null;
  const shortest = descriptions[descriptions.length - 1]!.length;
  let lead: Element | null = null;
  for (const el of ctx.shortElements(SHORT_LIMIT)) {
    if (lead && !lead.contains(el)) break;
    const text = ctx.text(el);
    // Raw length bounds the key length from above: a block shorter than the shortest key cannot hold it.
    if (!BLOCKS.has(el.tagName) || text.length < Math.min(shortest, MATCH_KEY)) continue;
    const key = comparableKey(text);
    const description = descriptions.find((d) => {
      const at = key.indexOf(d.slice(0, MATCH_KEY));
      return at >= 0 && at <= MAX_KICKER;
    });
    if (!description || key.length > description.length * MAX_LEAD_GROWTH + MAX_KICKER) continue;
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
  for (const child of listOf(lead.childNodes)) paragraph.append(doc.importNode(child, true));
  // Readability wraps the article in one page element: the lead goes inside it, before the first block.
  const page = content.firstElementChild?.id.startsWith('readability-page') ? content.firstElementChild : content;
  page.prepend(paragraph);
  return true;
}
