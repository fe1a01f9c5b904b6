/** A section after the article headed by a phrase ("Pressekontakt"), with its lines. */
import { matcherKind } from '../kind';
import { cachedMatcher, stripDecoration } from '../labels';
import { lastProseAndAfter, LINE_TAGS } from '../trailing';

/** A heading after the article's last paragraph that is one of the phrases ("Pressekontakt"), with the lines after it. */
export interface TrailingSectionMatch {
  kind: 'trailingSection';
  phrases: readonly string[];
  maxLabelLength: number;
}

export const trailingSection = matcherKind<TrailingSectionMatch>()({}, (ctx, match) => {
  const whole = cachedMatcher(match.phrases, 'whole');
  const out: Element[][] = [];
  for (const el of lastProseAndAfter(ctx, LINE_TAGS).after) {
    const text = ctx.text(el);
    if (!text || text.length > match.maxLabelLength || !whole.test(stripDecoration(ctx.folded(el)))) continue;
    const label = ctx.outermostWithSameText(el);
    // The section is what follows the label to the end of its block: all of it after the last paragraph.
    const section: Element[] = [label];
    for (let next = label.nextElementSibling; next; next = next.nextElementSibling) section.push(next);
    if (section.length > 1) out.push(section);
  }
  return out;
});
