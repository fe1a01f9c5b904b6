/** What comes after the article's last paragraph: where post footers, source lines and calls sit. */
import type { RuleContext } from './context';

/** Blocks that hold a line of text: a paragraph, a list item, a heading, a short box. */
export const LINE_TAGS: ReadonlySet<string> = new Set(['P', 'DIV', 'LI', 'UL', 'SPAN', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The article's last paragraph of prose and the blocks after it (a short link or call inside the
 * text is the text).
 */
export function lastProseAndAfter(ctx: RuleContext, tags: ReadonlySet<string>): { lastProse?: Element; after: Element[] } {
  const elements = ctx.elements();
  let last = elements.length - 1;
  const isProse = (el: Element): boolean => LINE_TAGS.has(el.tagName) && ctx.text(el).length >= 120
    && ctx.linkDensity(el) < 0.5 && ctx.isAttached(el);
  while (last >= 0 && !isProse(elements[last]!)) last--;
  if (last < 0) return { after: [] };
  const lastProse = elements[last]!;
  return { lastProse, after: elements.slice(last + 1).filter((el) => tags.has(el.tagName) && !lastProse.contains(el) && ctx.isAttached(el)) };
}

/**
 * Lines no longer than `maxLength` after the article's last paragraph, and that paragraph itself:
 * a call or a footer line can be long enough to pass for it ("Follow The Gleaner on Twitter … Send
 * us a message on WhatsApp at …"), so there it only counts when it opens with its phrase. A line
 * wrapped whole in another listed block is judged there ("<p><b>Follow …</b></p>" as the <p>).
 */
export function trailingLines(ctx: RuleContext, maxLength: number): { lastProse?: Element; lines: Element[] } {
  const { lastProse, after } = lastProseAndAfter(ctx, LINE_TAGS);
  const lines = (lastProse ? [lastProse, ...after] : after).filter((el) => {
    const text = ctx.text(el);
    const child = el.firstElementChild;
    return text && text.length <= maxLength && !(child && LINE_TAGS.has(child.tagName) && ctx.text(child) === text);
  });
  return { lastProse, lines };
}
