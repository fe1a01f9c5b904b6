/** Breadcrumb trails that start at the home page. */
import { linksIn } from '../../dom';
import { allPhrases, BREADCRUMB_HOME } from '../../phrases';
import { phraseMatcher } from '../../text';
import { matcherKind } from '../kind';
import { stripDecoration } from '../labels';

/** A trail of section links starting at the home page: "Prima pagină » Actualitate »". */
export interface BreadcrumbMatch {
  kind: 'breadcrumb';
  maxLength: number;
}

const HOME = phraseMatcher(allPhrases(BREADCRUMB_HOME), 'start');
const CRUMB_SEPARATOR = /^\s*[»›>/|→·•\\]/u;

export const breadcrumb = matcherKind<BreadcrumbMatch>()({}, (ctx, match) => {
  const out: Element[][] = [];
  for (const el of ctx.shortElements(match.maxLength)) {
    const folded = ctx.folded(el);
    const home = HOME.exec(folded);
    if (!home) continue;
    const links = linksIn(el);
    const separated = CRUMB_SEPARATOR.test(folded.slice(home[0].length));
    const firstLinks = links.slice(0, 2);
    const linkedCrumbs = links.length >= 2 && firstLinks.every((a) => ctx.text(a).split(/\s+/).length <= 4)
      && stripDecoration(ctx.folded(firstLinks[0]!)) === stripDecoration(home[0]);
    if (separated || linkedCrumbs) out.push([ctx.outermostWithSameText(el)]);
  }
  // Keep only the outermost of nested matches.
  return out.filter(([el], i) => !out.some(([other], j) => j !== i && other !== el && other!.contains(el!)));
});
