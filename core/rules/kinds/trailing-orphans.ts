/** What a teaser widget leaves after the article when its headline links are gone. */
import { countWords } from '../../text';
import { matcherKind } from '../kind';
import { lastProseAndAfter, LINE_TAGS } from '../trailing';

/**
 * What a teaser widget leaves after the article when Readability drops its headline links as
 * link-dense: its outlet names, one per line ("Mediafax", "Digi24", "Cancan.ro"…), and its label
 * with nothing under it. Taken from the end of the article backwards while the lines are such
 * remains: a run of outlet names goes when it holds at least three, half of them domains; a heading
 * goes when nothing but such remains follows it.
 */
export interface TrailingOrphansMatch {
  kind: 'trailingOrphans';
}

/** An outlet's name is a word or three: "Mediafax", "Digi24", "Cancan.ro", "The Guardian". */
const MAX_NAME_LINE = 30;
const MAX_NAME_WORDS = 3;
const DOMAIN = /[\p{L}\p{N}-]\.[a-z]{2,6}$/iu;
/** Fewer outlet names than this after the article are a signature or a source, not a widget's remains. */
const MIN_NAME_RUN = 3;
const MAX_LABEL = 60;
/** Where the remains sit: line blocks and the inline elements a card puts its source name in. */
const REMAINS_TAGS: ReadonlySet<string> = new Set([...LINE_TAGS, 'A', 'STRONG', 'B', 'SMALL', 'CITE', 'FIGCAPTION']);

export const trailingOrphans = matcherKind<TrailingOrphansMatch>()({}, (ctx) => {
  const { after } = lastProseAndAfter(ctx, REMAINS_TAGS);
  // Lines: the innermost blocks with text (a wrapper around a line is the line).
  const lines = after.filter((el) => ctx.text(el) && !after.some((other) => other !== el && el.contains(other) && ctx.text(other)));
  const names: Element[] = [];
  const labels: Element[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const el = lines[i]!;
    const text = ctx.text(el);
    const sentence = /[.!?:;,]$/u.test(text) || /^\d+$/u.test(text);
    if (/^H[2-6]$/.test(el.tagName) && text.length <= MAX_LABEL && !sentence) labels.push(el);
    else if (labels.length === 0 && text.length <= MAX_NAME_LINE && countWords(text) <= MAX_NAME_WORDS && !sentence && ctx.linkDensity(el) < 0.5) names.push(el);
    else break;
  }
  const domains = names.filter((el) => DOMAIN.test(ctx.text(el))).length;
  const nameRun = names.length >= MIN_NAME_RUN && domains * 2 >= names.length;
  // Names that are not a widget's (a signature, a list of the article's own) keep the heading above them too.
  if (labels.length === 0 ? !nameRun : names.length > 0 && !nameRun) return [];
  return [[...labels.reverse(), ...names.reverse()].map((el) => ctx.outermostWithSameText(el))];
});
