/** A paragraph that is a label plus a link: "Citește și: <a>…</a>", "Tags: …". */
import { hasLink } from '../../dom';
import { matcherKind } from '../kind';
import { cachedMatcher, openingText } from '../labels';

/** A paragraph that is a label plus a link: "Citește și: <a>…</a>". */
export interface InlineLabelledLinkMatch {
  kind: 'inlineLabelledLink';
  phrases: readonly string[];
}

const INLINE_LABEL_TAGS = new Set(['P', 'DIV', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B']);

export const inlineLabelledLink = matcherKind<InlineLabelledLinkMatch>()({}, (ctx, match) => {
  const start = cachedMatcher(match.phrases, 'start');
  const out: Element[][] = [];
  for (const el of ctx.shortElements(400)) {
    if (!INLINE_LABEL_TAGS.has(el.tagName) || !hasLink(el)) continue;
    const folded = openingText(ctx.folded(el));
    const labelMatch = start.exec(folded);
    if (!labelMatch) continue;
    const rest = folded.slice(labelMatch[0].length);
    if (!/^\s*[:\-–—»›>|]/u.test(rest) && rest.trim().length > 0 && ctx.linkDensity(el) < 0.6) continue;
    if (ctx.linkDensity(el) >= 0.5) out.push([ctx.outermostWithSameText(el)]);
  }
  return out;
});
