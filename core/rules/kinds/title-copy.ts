/** A second copy of the article title inside the body. */
import { matcherKind } from '../kind';
import { labelText, stripDecoration } from '../labels';

/** A block repeating the article title. */
export interface TitleCopyMatch {
  kind: 'titleCopy';
}

export const titleCopy = matcherKind<TitleCopyMatch>()({}, (ctx) => {
  const title = labelText(ctx.title);
  if (title.length < 10) return [];
  return ctx.shortElements(ctx.title.length + 40)
    .filter((el) => stripDecoration(ctx.folded(el)) === title && !(el.firstElementChild && ctx.text(el.firstElementChild) === ctx.text(el)))
    .map((el) => [ctx.outermostWithSameText(el)]);
});
