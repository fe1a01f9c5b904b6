/** A short box introduced by a phrase: a newsletter box, an author box, a copyright line. */
import { matcherKind } from '../kind';
import { cachedMatcher, stripDecoration } from '../labels';

/** A short box introduced by a line holding one of the phrases (a newsletter box with its form and fine print). */
export interface LabelledBoxMatch {
  kind: 'labelledBox';
  phrases: readonly string[];
  /** 'contains': the label holds a phrase anywhere; 'is': the label is exactly a phrase. */
  label: 'contains' | 'is';
  maxLabelLength: number;
  maxBoxLength: number;
}

export const labelledBox = matcherKind<LabelledBoxMatch>()({}, (ctx, match) => {
  const anywhere = cachedMatcher(match.phrases, 'anywhere');
  const whole = cachedMatcher(match.phrases, 'whole');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLabelLength)) {
    if (match.label === 'is' ? !whole.test(stripDecoration(ctx.folded(el))) : !anywhere.test(ctx.folded(el))) continue;
    let box = ctx.outermostWithSameText(el);
    for (let parent = box.parentElement; parent && parent !== ctx.root && ctx.text(parent).length <= match.maxBoxLength; parent = parent.parentElement) {
      box = parent;
    }
    out.push([box]);
  }
  return out;
});
