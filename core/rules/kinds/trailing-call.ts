/** Calls after the article to follow the publisher elsewhere. */
import { matcherKind } from '../kind';
import { cachedMatcher } from '../labels';
import { trailingLines } from '../trailing';
import { NETWORKS } from './social-bar';

/** Short lines after the article's last paragraph that call the reader to a channel ("download our app"). */
export interface TrailingCallMatch {
  kind: 'trailingCall';
  calls: readonly string[];
  channels: readonly string[];
  maxLength: number;
}

export const trailingCall = matcherKind<TrailingCallMatch>()({}, (ctx, match) => {
  const calls = cachedMatcher(match.calls, 'anywhere');
  const opening = cachedMatcher(match.calls, 'start');
  const channels = cachedMatcher(match.channels, 'anywhere');
  const out: Element[][] = [];
  const { lastProse, lines } = trailingLines(ctx, match.maxLength);
  for (const el of lines) {
    const folded = ctx.folded(el);
    if (!(el === lastProse ? opening : calls).test(folded)) continue;
    if (channels.test(folded) || NETWORKS.test(folded)) out.push([ctx.outermostWithSameText(el)]);
  }
  return out;
});
