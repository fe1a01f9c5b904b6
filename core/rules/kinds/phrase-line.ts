/** Short lines that are, open with or hold one of the phrases. */
import { allElements } from '../../dom';
import { matcherKind } from '../kind';
import { cachedMatcher, openingText, stripDecoration } from '../labels';

/**
 * Short lines that are exactly one of the phrases (buttons, labels, headings), or with
 * `opensWith`, that open with one followed by a mark ("ANZEIGE -", "*Werbung.", "Image source, …"), or that hold one of
 * the `within` phrases anywhere ("If you're already a subscriber, log in").
 */
export interface PhraseLineMatch {
  kind: 'phraseLine';
  phrases: readonly string[];
  maxLength: number;
  opensWith?: boolean;
  within?: readonly string[];
}

export const phraseLine = matcherKind<PhraseLineMatch>()({ opensWith: false as boolean }, (ctx, match) => {
  const whole = cachedMatcher(match.phrases, 'whole');
  const start = cachedMatcher(match.phrases, 'start');
  const within = match.within && cachedMatcher(match.within, 'anywhere');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLength)) {
    const label = openingText(ctx.folded(el));
    const opens = match.opensWith ? start.exec(label) : null;
    // "<span>Image caption, </span>The caption": the label is its own element, matched alone; the caption stays.
    const ownLabel = opens !== null && allElements(el).some((child) => stripDecoration(ctx.folded(child)) === opens[0]);
    if (whole.test(stripDecoration(ctx.folded(el))) || (opens && !ownLabel && /^\s*[:.,،\-–—|*]/u.test(label.slice(opens[0].length)))
      || (within && within.test(label))) {
      out.push([ctx.outermostWithSameText(el)]);
    }
  }
  return out;
});
