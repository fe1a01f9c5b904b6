/** One to three short section links after the article, and a section kicker above it. */
import { linksIn } from '../../dom';
import { allPhrases, PERSON_AND_TAG_PATHS } from '../../phrases';
import type { RuleContext } from '../context';
import { matcherKind } from '../kind';
import { lastProseAndAfter, LINE_TAGS } from '../trailing';

/**
 * A short block of one to three short section links after the article ("Știri România"), and a
 * kicker above it: one link of a word or two to a section front of the site ("Externe", "World").
 */
export interface SectionLinksMatch {
  kind: 'sectionLinks';
  maxWords: number;
}

/** A kicker names a section in a word or two. */
const KICKER_WORDS = 2;
/** Blocks a kicker stands in: a line, or the article's header once Readability has taken its headline out of it. */
const KICKER_TAGS: ReadonlySet<string> = new Set([...LINE_TAGS, 'HEADER', 'HGROUP']);
/** Path segments that name a person or a tag, not a section. */
const NOT_A_SECTION = new Set(allPhrases(PERSON_AND_TAG_PATHS));

export const sectionLinks = matcherKind<SectionLinksMatch>()({}, (ctx, match) => {
  const out: Element[][] = [];
  for (const el of lastProseAndAfter(ctx, LINE_TAGS).after) {
    if (ctx.text(el).length > 60) continue;
    const links = linksIn(el);
    if (links.length < 1 || links.length > 3 || ctx.linkDensity(el) < 0.9) continue;
    if (links.some((a) => ctx.text(a).split(/\s+/).length > match.maxWords)) continue;
    out.push([ctx.outermostWithSameText(el)]);
  }
  for (const el of beforeFirstProse(ctx)) {
    const link = linksIn(el)[0];
    if (!link || ctx.text(link) !== ctx.text(el) || ctx.text(el).split(/\s+/).length > KICKER_WORDS || !isSectionUrl(link, ctx.url)) continue;
    out.push([ctx.outermostWithSameText(el)]);
  }
  return out;
});

/** The line blocks before the article's first paragraph of prose (none when it has none). */
function beforeFirstProse(ctx: RuleContext): Element[] {
  const out: Element[] = [];
  for (const el of ctx.elements()) {
    if (el.tagName === 'P' && ctx.text(el).length >= 80 && ctx.linkDensity(el) < 0.5) return out;
    if (KICKER_TAGS.has(el.tagName) && ctx.isAttached(el)) out.push(el);
  }
  return [];
}

/** A section front's address on this site: one or two short path segments without figures ("/externe", "/news/world"). */
function isSectionUrl(a: Element, pageUrl: string): boolean {
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(a.getAttribute('href') ?? '', page);
  } catch {
    return false;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  return url.host === page.host && segments.length >= 1 && segments.length <= 2
    && segments.every((segment) => segment.length <= 25 && !/\d/.test(segment) && !NOT_A_SECTION.has(segment.toLowerCase()));
}
