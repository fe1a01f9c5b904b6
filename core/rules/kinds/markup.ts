/** Elements named by their markup: tag, ARIA role, class and id words, attributes. */
import { closestWithTag } from '../../dom';
import type { RuleContext } from '../context';
import { matcherKind } from '../kind';
import type { Rule } from '../types';

/**
 * Elements named by their markup: a class or id that `contains` one of these strings
 * (case-insensitive), a class or id with one of these `words` (split on -, _ and camelCase:
 * "c-article__share-bar" has the word "share"), or an attribute holding a value (`attributes`).
 */
export interface MarkupMatch {
  kind: 'markup';
  contains?: readonly string[];
  words?: readonly string[];
  attributes?: readonly { name: string; contains: string }[];
  /** Elements of these tags, or with these ARIA roles (site navigation, header, footer). */
  tags?: readonly string[];
  roles?: readonly string[];
  /** Only outside the page's <article> and <main> (whose own header and footer hold title and byline). */
  outsideArticle?: boolean;
  /** Only elements holding less prose than this (site chrome has labels and links, not paragraphs). */
  maxProse?: number;
  /** Words that clear an element the other tests would match ("live-match-comments" is the article). */
  unlessWords?: readonly string[];
}


/** The page and the article's own containers are never clutter by their markup. */
const NEVER_MARKUP_MATCHED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

interface MarkupSets {
  words: ReadonlySet<string>;
  unless: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  /**
   * Whether class and id name what the rule names, by their words (one array per class-and-id string
   * in a stage, see RuleContext.markupNames): a page repeats its classes ("menu-item" on every item).
   */
  named: WeakMap<readonly string[], boolean>;
}
const markupSets = new WeakMap<MarkupMatch, MarkupSets>();
function setsOf(match: MarkupMatch): MarkupSets {
  let sets = markupSets.get(match);
  if (!sets) markupSets.set(match, (sets = { words: new Set(match.words), unless: new Set(match.unlessWords), tags: new Set(match.tags), named: new WeakMap() }));
  return sets;
}

/** Whether the element's own markup (tag, role, class, id, attributes) is what the rule names, its prose aside. */
function markupMatches(ctx: RuleContext, el: Element, match: MarkupMatch, sets = setsOf(match)): boolean {
  const names = ctx.markupNames(el);
  if (NEVER_MARKUP_MATCHED.has(names.tag)) return false;
  const { words, unless, tags } = sets;
  if (tags.has(names.tag) || (names.role && match.roles?.includes(names.role))) return true;
  let named = names.classAndId.length > 0 ? sets.named.get(names.words) : false;
  if (named === undefined) {
    named = ((match.contains ?? []).some((part) => names.classAndId.includes(part)) || names.words.some((word) => words.has(word)))
      && !names.words.some((word) => unless.has(word));
    sets.named.set(names.words, named);
  }
  return named || (match.attributes ?? []).some(({ name, contains: part }) => names.attributes.includes(name) && el.getAttribute(name)!.includes(part));
}

export const markup = matcherKind<MarkupMatch>()({}, (ctx, match) => {
  // Inside a code block, class names are a syntax highlighter's ("comment", "tag", "title"), never the site's.
  const fits = (el: Element): boolean => (!match.outsideArticle || !closestWithTag(el, 'ARTICLE', 'MAIN'))
    && (match.maxProse === undefined || ctx.prose(el) < match.maxProse) && !closestWithTag(el, 'PRE', 'CODE');
  const sets = setsOf(match);
  return ctx.elements().filter((el) => markupMatches(ctx, el, match, sets) && fits(el)).map((el) => [el]);
});

/**
 * True when the element or one of its ancestors is a third-party widget or banner by its markup (a
 * `neverArticle` rule names it), however much prose it holds: a consent dialog's legal text is not the article.
 */
export function insideKnownWidget(ctx: RuleContext, el: Element, rules: readonly Rule[]): boolean {
  const widgets = rules.filter((rule) => rule.neverArticle && rule.match.kind === 'markup').map((rule) => rule.match as MarkupMatch);
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (widgets.some((match) => markupMatches(ctx, node!, match))) return true;
  }
  return false;
}
