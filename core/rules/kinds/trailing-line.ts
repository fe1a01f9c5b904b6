/** Lines after the article that open with a phrase: post footers, source lines. */
import { matcherKind } from '../kind';
import { cachedMatcher, openingText } from '../labels';
import { trailingLines } from '../trailing';

/**
 * Short lines after the article's last paragraph that open with one of the phrases; with `labelled`,
 * only as a label before a colon ("Quelle: dpa", but not "Quellen zufolge …").
 */
export interface TrailingLineMatch {
  kind: 'trailingLine';
  phrases: readonly string[];
  maxLength: number;
  labelled?: boolean;
}

export const trailingLine = matcherKind<TrailingLineMatch>()({ labelled: false as boolean }, (ctx, match) => {
  const opening = cachedMatcher(match.phrases, 'start');
  const out: Element[][] = [];
  for (const el of trailingLines(ctx, match.maxLength).lines) {
    const label = openingText(ctx.folded(el));
    const opens = opening.exec(label);
    // A label alone ("Quellen:") heads a list that is the article's own.
    if (opens && (!match.labelled || /^\s*:\s*\S/u.test(label.slice(opens[0].length)))) out.push([ctx.outermostWithSameText(el)]);
  }
  return out;
});
