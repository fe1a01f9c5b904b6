/** A "read also / related" label with the links it introduces. */
import { hasLink } from '../../dom';
import type { RuleContext } from '../context';
import { matcherKind } from '../kind';
import { cachedMatcher, stripDecoration } from '../labels';

/** A "read also / related / recommended" label with the links next to it, or the box it heads. */
export interface LabelledLinksMatch {
  kind: 'labelledLinks';
  phrases: readonly string[];
  maxLabelLength: number;
}

function isLinkItem(ctx: RuleContext, el: Element): boolean {
  const text = ctx.text(el);
  return text.length > 0 && text.length <= 300 && ctx.linkDensity(el) >= 0.7;
}

/** A block of links this short around a "related" label is the label's own box. */
const MAX_LINK_BOX = 600;

export const labelledLinks = matcherKind<LabelledLinksMatch>()({}, (ctx, match) => {
  const whole = cachedMatcher(match.phrases, 'whole');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLabelLength)) {
    if (!whole.test(stripDecoration(ctx.folded(el)))) continue;
    const label = ctx.outermostWithSameText(el);
    const labelTextValue = ctx.text(label);
    // A label heading a box of links, or sitting inside a small block of links: take the box.
    let box = label;
    for (let parent = box.parentElement; parent && parent !== ctx.root && !/^(BODY|HTML|MAIN|ARTICLE)$/.test(parent.tagName);
      parent = parent.parentElement) {
      const heads = ctx.text(parent).startsWith(labelTextValue);
      const smallLinkBlock = ctx.text(parent).length <= MAX_LINK_BOX && ctx.linkDensity(parent) >= 0.6;
      if (!heads && !smallLinkBlock) break;
      box = parent;
    }
    if (box !== label && ctx.linkDensity(box) >= 0.5 && hasLink(box)) {
      out.push([box]);
      continue;
    }
    // A label inline among other blocks: take it with the link items right after it (and a repeat just before it).
    const group: Element[] = [label];
    for (let next = label.nextElementSibling; next && isLinkItem(ctx, next); next = next.nextElementSibling) group.push(next);
    const previous = label.previousElementSibling;
    if (previous && isLinkItem(ctx, previous) && group.slice(1).some((item) => ctx.text(item) === ctx.text(previous))) group.unshift(previous);
    out.push(group);
  }
  return out;
});
