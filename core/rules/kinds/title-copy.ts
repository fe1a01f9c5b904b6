/** A second copy of the article title inside the body. */
import { matcherKind } from '../kind';
import { foldText } from '../../text';
import { labelText, stripDecoration } from '../labels';

/** A block repeating the article title (alone, or with the site's name after it as a <title> has it). */
export interface TitleCopyMatch {
  kind: 'titleCopy';
}

/** What may follow the title in a copy of the page's <title>: a separator and a site's name ("| Example News"). */
const SITE_TAIL = /^\s+[|\-–—·•»:]\s+\S+(?:\s+\S+){0,4}$/u;

export const titleCopy = matcherKind<TitleCopyMatch>()({}, (ctx) => {
  const title = labelText(ctx.title);
  if (title.length < 10) return [];
  const whole = foldText(ctx.title).trim();
  const isCopy = (folded: string): boolean => stripDecoration(folded) === title
    || (folded.trim().startsWith(whole) && SITE_TAIL.test(folded.trim().slice(whole.length)));
  return ctx.shortElements(ctx.title.length + 40)
    .filter((el) => isCopy(ctx.folded(el)) && !(el.firstElementChild && ctx.text(el.firstElementChild) === ctx.text(el)))
    .map((el) => [ctx.outermostWithSameText(el)]);
});
