/** One detector per matcher kind: each returns candidate removals (groups of sibling elements), in document order. */
import { allPhrases, BREADCRUMB_HOME, SOCIAL_NETWORKS } from '../phrases';
import { countWords, foldText, phraseMatcher } from '../text';
import { detectCommentSections, detectCommentThreads, isCommentAction, isDateOrTime, isLoginPrompt } from './comments';
import type { RuleContext } from './context';
import { isHoroscopeText, signsIn } from './horoscope-signs';
import { detectTeaserRuns } from './teasers';
import type { Matcher, Rule } from './types';

type Detector<K extends Matcher['kind']> = (ctx: RuleContext, match: Extract<Matcher, { kind: K }>) => Element[][];

const matcherCache = new Map<readonly string[], Map<string, RegExp>>();
function cachedMatcher(phrases: readonly string[], anchored: 'anywhere' | 'whole' | 'start'): RegExp {
  let byAnchor = matcherCache.get(phrases);
  if (!byAnchor) matcherCache.set(phrases, (byAnchor = new Map()));
  let re = byAnchor.get(anchored);
  if (!re) byAnchor.set(anchored, (re = phraseMatcher(phrases, anchored)));
  return re;
}

/** Label text without the decoration around it: "Citește și:", "» Related «", "Comentarii (13)". */
function labelText(text: string): string {
  return stripDecoration(foldText(text));
}

/** Folded text from its first word on: "» Related", "*Werbung", "— Quelle: dpa" open with their label. */
function openingText(folded: string): string {
  return folded.replace(/^[\s\p{P}\p{S}]+/u, '');
}

function stripDecoration(folded: string): string {
  return folded
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s*[([]?\d+[)\]]?$/u, '')
    .trim();
}

/** Inside an <article> or <main> (an ancestor walk: selector matching is slow in some DOMs). */
function insideArticle(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.tagName === 'ARTICLE' || node.tagName === 'MAIN') return true;
  }
  return false;
}

/** The page and the article's own containers are never clutter by their markup. */
const NEVER_MARKUP_MATCHED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

type MarkupMatch = Extract<Matcher, { kind: 'markup' }>;

interface MarkupSets {
  words: ReadonlySet<string>;
  unless: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}
const markupSets = new WeakMap<MarkupMatch, MarkupSets>();
function setsOf(match: MarkupMatch): MarkupSets {
  let sets = markupSets.get(match);
  if (!sets) markupSets.set(match, (sets = { words: new Set(match.words), unless: new Set(match.unlessWords), tags: new Set(match.tags) }));
  return sets;
}

/** Whether the element's own markup (tag, role, class, id, attributes) is what the rule names, its prose aside. */
function markupMatches(ctx: RuleContext, el: Element, match: MarkupMatch, sets = setsOf(match)): boolean {
  const names = ctx.markupNames(el);
  if (NEVER_MARKUP_MATCHED.has(names.tag)) return false;
  const { words, unless, tags } = sets;
  if (tags.has(names.tag) || (names.role && match.roles?.includes(names.role))) return true;
  const named = names.raw.length > 0
    && ((match.contains ?? []).some((part) => names.raw.includes(part)) || names.words.some((word) => words.has(word)))
    && !names.words.some((word) => unless.has(word));
  return named || (match.attributes ?? []).some(({ name, contains: part }) => names.attributes.includes(name) && el.getAttribute(name)!.includes(part));
}

const markup: Detector<'markup'> = (ctx, match) => {
  const fits = (el: Element): boolean => (!match.outsideArticle || !insideArticle(el))
    && (match.maxProse === undefined || ctx.prose(el) < match.maxProse);
  const sets = setsOf(match);
  return ctx.elements().filter((el) => markupMatches(ctx, el, match, sets) && fits(el)).map((el) => [el]);
};

/**
 * True when the element or one of its ancestors is a third-party widget or banner by its markup (a
 * `sure` rule names it), however much prose it holds: a consent dialog's legal text is not the article.
 */
export function insideSureWidget(ctx: RuleContext, el: Element, rules: readonly Rule[]): boolean {
  const sure = rules.filter((rule) => rule.sure && rule.match.kind === 'markup').map((rule) => rule.match as MarkupMatch);
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (sure.some((match) => markupMatches(ctx, node!, match))) return true;
  }
  return false;
}

const phraseLine: Detector<'phraseLine'> = (ctx, match) => {
  const whole = cachedMatcher(match.phrases, 'whole');
  const start = cachedMatcher(match.phrases, 'start');
  const within = match.within && cachedMatcher(match.within, 'anywhere');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLength)) {
    const label = openingText(ctx.folded(el));
    const opens = match.opensWith === true ? start.exec(label) : null;
    // "<span>Image caption, </span>The caption": the label is its own element, matched alone; the caption stays.
    const ownLabel = opens !== null && Array.from(el.querySelectorAll('*')).some((child) => stripDecoration(ctx.folded(child)) === opens[0]);
    if (whole.test(stripDecoration(ctx.folded(el))) || (opens && !ownLabel && /^\s*[:.,،\-–—|*]/u.test(label.slice(opens[0].length)))
      || (within && within.test(label))) {
      out.push([ctx.outermostWithSameText(el)]);
    }
  }
  return out;
};

const commentAction: Detector<'commentAction'> = (ctx, match) =>
  ctx.innermostShort(match.maxLength)
    .filter((el) => isCommentAction(ctx.text(el)) && /\p{L}/u.test(ctx.text(el)))
    .map((el) => [ctx.outermostWithSameText(el)]);

const loginPrompt: Detector<'loginPrompt'> = (ctx, match) =>
  ctx.innermostShort(match.maxLength)
    .filter((el) => isLoginPrompt(ctx.text(el), match.maxLength))
    .map((el) => [ctx.outermostWithSameText(el)]);

function isLinkItem(ctx: RuleContext, el: Element): boolean {
  const text = ctx.text(el);
  return text.length > 0 && text.length <= 300 && ctx.linkDensity(el) >= 0.7;
}

/** A block of links this short around a "related" label is the label's own box. */
const MAX_LINK_BOX = 600;

const labelledLinks: Detector<'labelledLinks'> = (ctx, match) => {
  const whole = cachedMatcher(match.phrases, 'whole');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLabelLength)) {
    if (!whole.test(stripDecoration(ctx.folded(el)))) continue;
    const label = ctx.outermostWithSameText(el);
    const labelTextValue = ctx.text(label);
    // A label heading a box of links, or sitting inside a small block of links: take the box.
    let box = label;
    for (let parent = box.parentElement; parent && parent !== ctx.root && !/^(BODY|HTML|MAIN|ARTICLE)$/.test(parent.tagName);
      parent = parent.parentElement) {
      const heads = ctx.text(parent).startsWith(labelTextValue);
      const smallLinkBlock = ctx.text(parent).length <= MAX_LINK_BOX && ctx.linkDensity(parent) >= 0.6;
      if (!heads && !smallLinkBlock) break;
      box = parent;
    }
    if (box !== label && ctx.linkDensity(box) >= 0.5 && box.querySelector('a[href]')) {
      out.push([box]);
      continue;
    }
    // A label inline among other blocks: take it with the link items right after it (and a repeat just before it).
    const group: Element[] = [label];
    for (let next = label.nextElementSibling; next && isLinkItem(ctx, next); next = next.nextElementSibling) group.push(next);
    const previous = label.previousElementSibling;
    if (previous && isLinkItem(ctx, previous) && group.slice(1).some((item) => ctx.text(item) === ctx.text(previous))) group.unshift(previous);
    out.push(group);
  }
  return out;
};

const labelledBox: Detector<'labelledBox'> = (ctx, match) => {
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
};

const imageCredit: Detector<'imageCredit'> = (ctx, match) => {
  const agency = cachedMatcher(match.agencies, 'anywhere');
  const label = cachedMatcher(match.labels, 'start');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLength)) {
    const text = ctx.text(el);
    // "(Credit: …)", ". Imagen: Télam": the brackets and stray marks around a credit are not part of it.
    const folded = ctx.folded(el).replace(/^[\s\p{P}]+/u, '');
    // An agency name alone may be a sentence's source ("…και Reuters"); a credit has its own marks.
    const marked = /[©/|]/.test(text) || /^(?:foto|photo|bild|credit|φωτο|صورة)\s*[:\-–]/iu.test(folded);
    const labelled = label.test(folded) && /^[^:]{0,25}:|\b(?:by|via)\b/u.test(folded);
    const agencyAlone = text.length <= 30 && text.split(/\s+/).length <= 3 && agency.test(folded);
    if (((marked && agency.test(folded)) || labelled || agencyAlone) && !SENTENCE_INSIDE.test(text.replace(/^[\s\p{P}]+/u, ''))) {
      out.push([ctx.outermostWithSameText(el)]);
    }
  }
  return out;
};

/**
 * A sentence: a full stop, question or exclamation mark followed by more words. The full stop of a
 * day of the month ("24. Januar 2022", "3. April") ends no sentence.
 */
const SENTENCE_INSIDE = /(?<!(?:^|[\s(])\d{1,2})[.!?…]\s+\p{Lu}/u;
const ONLY_DATE = /^[\p{P}\p{S}\s]*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}-\d{2}-\d{2})(?:[,\s]+\d{1,2}:\d{2}(?::\d{2})?)?[\p{P}\p{S}\s]*$/u;
/** "Dienstag, 6. Mai 2014", "7. oktober 2020", "marca 2021": a written-out date and nothing else. */
const WRITTEN_DATE = /^(?:\p{L}+,?\s+)?(?:\d{1,2}\.?\s+)?\p{L}{3,}\.?,?\s+(?:19|20)\d{2}$/u;

const articleMeta: Detector<'articleMeta'> = (ctx, match) => {
  const start = cachedMatcher(match.bylines, 'start');
  const anywhere = cachedMatcher(match.labels, 'anywhere');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLength)) {
    const text = ctx.text(el);
    if (SENTENCE_INSIDE.test(text)) continue;
    const folded = ctx.folded(el);
    const words = text.split(/\s+/).length;
    const lonelyDate = ONLY_DATE.test(text) || (text.length <= 40 && WRITTEN_DATE.test(text));
    // "Publicat: …, 16:45 | Autor: …", "24. März 2004, 19:49 | Genesis": a date with labels or bars.
    const labelledDate = !lonelyDate && isDateOrTime(text)
      && ((anywhere.test(folded) && (/[|•·:]/.test(text) || words <= 8)) || (/[|•·]/.test(text) && words <= 8));
    // "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS": a date among bars.
    const barredDate = !lonelyDate && isDateOrTime(text) && (text.match(/[|•·]/gu)?.length ?? 0) >= 2 && words <= 16;
    // "By Jane Doe", "VON Sina Giebel": a by-word and a name; "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr" with the date.
    const byName = start.test(folded) && /^\S+\s+\p{Lu}/u.test(text.replace(/^\S+:\s*/u, (m) => m.replace(':', '')));
    const byline = byName && (words <= 5 || (words <= 12 && isDateOrTime(text)));
    // "Lesezeit: 4 Minuten", "5 min read", "Ten tekst przeczytasz w mniej niż minutę".
    const readingTime = words <= 8 && anywhere.test(folded) && READING_TIME.test(folded);
    if (!(lonelyDate || labelledDate || barredDate || byline || readingTime)) continue;
    if (ctx.linkDensity(el) > 0.5 && !el.querySelector('time')) continue;
    const line = ctx.outermostWithSameText(el);
    // A dated heading ("Donnerstag, 03. Februar 2022" over that day's programme) structures the text.
    if (lonelyDate && /^H[1-6]$/.test(line.tagName)) continue;
    // A date inside running text ("… la temporada 2022 llegó …", "Retrieved 2018-04-16.") is part of it.
    if (INLINE_TAGS.has(line.tagName) && line.parentElement && inRunningText(ctx, line.parentElement)) continue;
    out.push([line]);
  }
  return out;
};

/** A unit of reading time, folded: "min", "minutes", "Minuten", "minutę", "λεπτά", "دقائق". */
const READING_TIME = /(?<![\p{L}])(?:min|mins|minut\p{L}*|minute\p{L}*|minuti|λεπτ\p{L}*|دقيق\p{L}*|دقائق)(?![\p{L}])/u;

const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'SPAN', 'TIME', 'SMALL', 'ABBR', 'MARK', 'U', 'SUP', 'SUB', 'FONT', 'CITE', 'Q']);
/** A block with this many words is running text, not a label. */
const SENTENCE_WORDS = 8;
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Running text: a block of words and inline elements, not a container of blocks (whose inline children stand alone). */
function inRunningText(ctx: RuleContext, parent: Element): boolean {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.tagName)) return false;
  }
  return countWords(ctx.text(parent)) >= SENTENCE_WORDS;
}

const INLINE_LABEL_TAGS = new Set(['P', 'DIV', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B']);

const inlineLabelledLink: Detector<'inlineLabelledLink'> = (ctx, match) => {
  const start = cachedMatcher(match.phrases, 'start');
  const out: Element[][] = [];
  for (const el of ctx.shortElements(400)) {
    if (!INLINE_LABEL_TAGS.has(el.tagName) || !el.querySelector('a[href]')) continue;
    const folded = openingText(ctx.folded(el));
    const labelMatch = start.exec(folded);
    if (!labelMatch) continue;
    const rest = folded.slice(labelMatch[0].length);
    if (!/^\s*[:\-–—»›>|]/u.test(rest) && rest.trim().length > 0 && ctx.linkDensity(el) < 0.6) continue;
    if (ctx.linkDensity(el) >= 0.5) out.push([ctx.outermostWithSameText(el)]);
  }
  return out;
};

const teaserRun: Detector<'teaserRun'> = (ctx, match) => detectTeaserRuns(ctx, match.minTeasers, match.crossSite);

const topicTeaser: Detector<'topicTeaser'> = (ctx, match) => {
  if (ctx.aboutHoroscopes) return [];
  const anywhere = cachedMatcher(match.phrases, 'anywhere');
  const signs = match.signs === true;
  const out: Element[][] = [];
  /** Link teasers that name one sign and nothing else of horoscopes, by the element holding their cards. */
  const signLinks = new Map<Element, Element[]>();
  for (const el of ctx.innermostShort(match.maxLength)) {
    const folded = ctx.folded(el);
    const word = anywhere.test(folded);
    if (!word && !(signs && signsIn(folded).signs > 0)) continue;
    const linked = el.closest('a[href]') !== null || ctx.linkDensity(el) >= 0.5;
    if (!linked && ctx.text(el).length > 40 && !/^H[1-6]$/.test(el.tagName)) continue;
    const talks = word || isHoroscopeText(folded);
    if (!talks && !linked) continue;
    const card = teaserCard(ctx, el, match.maxLength);
    if (talks) {
      out.push([card]);
    } else if (card.parentElement) {
      const siblings = signLinks.get(card.parentElement) ?? [];
      if (!siblings.includes(card)) siblings.push(card);
      signLinks.set(card.parentElement, siblings);
    }
  }
  // A run of links each naming a sign ("Berbec", "Taur", "Gemeni"… one per link) is a horoscope menu.
  for (const cards of signLinks.values()) {
    if (cards.length < MIN_SIGN_RUN) continue;
    if (signsIn(cards.map((card) => ctx.folded(card)).join(' ')).signs >= MIN_SIGN_RUN) out.push(cards);
  }
  return out;
};

/** Distinct signs a run of sign links must name. */
const MIN_SIGN_RUN = 3;

/** A teaser's card: the largest short ancestor that still holds a single link target. */
function teaserCard(ctx: RuleContext, el: Element, maxLength: number): Element {
  let card = el;
  for (let parent = card.parentElement; parent && parent !== ctx.root; parent = parent.parentElement) {
    const targets = new Set(Array.from(parent.querySelectorAll('a[href]'), (a) => a.getAttribute('href')));
    if (ctx.text(parent).length > maxLength || targets.size > 1) break;
    card = parent;
  }
  return card;
}

const NETWORKS = phraseMatcher(SOCIAL_NETWORKS);
const SHARE_URL = /(facebook\.com\/(sharer|share|dialog)|twitter\.com\/(intent|share)|x\.com\/intent|wa\.me|whatsapp:|api\.whatsapp|linkedin\.com\/(share|cws)|t\.me\/share|telegram\.me\/share|pinterest\.com\/pin\/create|reddit\.com\/submit|mailto:\?|viber:|news\.google\.com)/i;
/** An invitation line longer than this is a sentence, not a button. */
const MAX_INVITATION = 160;
const FILLER = /^(?:on|pe|pe\s+pagina|στο|στα|su|sur|auf|en|em|no|na|w|we|i|على|في|عبر|us|our|nas|noi|και|and|et|und|y|e|ή|or|via|&|\+|·|•|\||\d+[kmκ]?)$/u;

/** True when the text is nothing but network names, share/follow words and filler. */
function onlySocialWords(text: string, socialPhrases: RegExp): { social: boolean; words: number } {
  // Arabic writes "and" as a prefix: "وتويتر" is "and Twitter".
  let rest = foldText(text).replace(/(?<![\p{L}])و(?=\p{L}{3,})/gu, '');
  let found = 0;
  for (const re of [socialPhrases, NETWORKS]) {
    const global = new RegExp(re.source, 'gu');
    rest = rest.replace(global, () => {
      found++;
      return ' ';
    });
  }
  const leftovers = rest.split(/[\s\p{P}\p{S}]+/u).filter((word) => word && !FILLER.test(word));
  return { social: found > 0 && leftovers.length === 0, words: found };
}

const socialBar: Detector<'socialBar'> = (ctx, match) => {
  const phrases = cachedMatcher(match.phrases, 'anywhere');
  const invitation = cachedMatcher(match.invitations, 'start');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLength)) {
    const { social, words } = onlySocialWords(ctx.text(el), phrases);
    if (!social) {
      if (ctx.text(el).length <= MAX_INVITATION && invitation.test(ctx.folded(el)) && NETWORKS.test(ctx.folded(el))) {
        out.push([ctx.outermostWithSameText(el)]);
      }
      continue;
    }
    const interactive = el.matches('a, button') || el.querySelector('a, button') !== null;
    const shareLink = el.matches('a[href]') && SHARE_URL.test(el.getAttribute('href') ?? '');
    // A lone "Facebook" may be a link in a sentence; it is a share button only with company or a share URL.
    const neighbourIsSocial = [el.previousElementSibling, el.nextElementSibling]
      .some((sibling) => sibling !== null && onlySocialWords(ctx.text(sibling), phrases).social);
    if (words >= 2 || shareLink || (interactive && neighbourIsSocial) || (!interactive && el.parentElement?.childElementCount === 1)) {
      out.push([ctx.outermostWithSameText(el)]);
    }
  }
  return out;
};

const HOME = phraseMatcher(allPhrases(BREADCRUMB_HOME), 'start');
const CRUMB_SEPARATOR = /^\s*[»›>/|→·•\\]/u;

const breadcrumb: Detector<'breadcrumb'> = (ctx, match) => {
  const out: Element[][] = [];
  for (const el of ctx.shortElements(match.maxLength)) {
    const folded = ctx.folded(el);
    const home = HOME.exec(folded);
    if (!home) continue;
    const links = el.querySelectorAll('a[href]');
    const separated = CRUMB_SEPARATOR.test(folded.slice(home[0].length));
    const firstLinks = Array.from(links).slice(0, 2);
    const linkedCrumbs = links.length >= 2 && firstLinks.every((a) => ctx.text(a).split(/\s+/).length <= 4)
      && stripDecoration(ctx.folded(firstLinks[0]!)) === stripDecoration(home[0]);
    if (separated || linkedCrumbs) out.push([ctx.outermostWithSameText(el)]);
  }
  // Keep only the outermost of nested matches.
  return out.filter(([el], i) => !out.some(([other], j) => j !== i && other !== el && other!.contains(el!)));
};

const titleCopy: Detector<'titleCopy'> = (ctx) => {
  const title = labelText(ctx.title);
  if (title.length < 10) return [];
  return ctx.shortElements(ctx.title.length + 40)
    .filter((el) => stripDecoration(ctx.folded(el)) === title && !(el.firstElementChild && ctx.text(el.firstElementChild) === ctx.text(el)))
    .map((el) => [ctx.outermostWithSameText(el)]);
};

const SECTION_LINK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'SPAN', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The article's last paragraph of prose and the blocks after it (a short link or call inside the
 * text is the text).
 */
function lastProseAndAfter(ctx: RuleContext, tags: ReadonlySet<string>): { lastProse?: Element; after: Element[] } {
  const elements = ctx.elements();
  let last = elements.length - 1;
  const isProse = (el: Element): boolean => SECTION_LINK_TAGS.has(el.tagName) && ctx.text(el).length >= 120
    && ctx.linkDensity(el) < 0.5 && ctx.isAttached(el);
  while (last >= 0 && !isProse(elements[last]!)) last--;
  if (last < 0) return { after: [] };
  const lastProse = elements[last]!;
  return { lastProse, after: elements.slice(last + 1).filter((el) => tags.has(el.tagName) && !lastProse.contains(el) && ctx.isAttached(el)) };
}

const sectionLinks: Detector<'sectionLinks'> = (ctx, match) => {
  const out: Element[][] = [];
  const isSectionLine = (el: Element): boolean => {
    if (ctx.text(el).length > 60) return false;
    const links = el.querySelectorAll('a[href]');
    if (links.length < 1 || links.length > 3 || ctx.linkDensity(el) < 0.9) return false;
    return !Array.from(links).some((a) => ctx.text(a).split(/\s+/).length > match.maxWords);
  };
  for (const el of lastProseAndAfter(ctx, SECTION_LINK_TAGS).after) {
    if (isSectionLine(el)) out.push([ctx.outermostWithSameText(el)]);
  }
  // A kicker above the headline ("Externe", "World"): one short link to a section page before the first paragraph.
  for (const el of beforeFirstProse(ctx)) {
    const link = el.querySelector('a[href]');
    if (!link || ctx.text(link) !== ctx.text(el) || ctx.text(el).split(/\s+/).length > KICKER_WORDS || !isSectionUrl(link, ctx.url)) continue;
    out.push([ctx.outermostWithSameText(el)]);
  }
  return out;
};

/** A kicker names a section in a word or two. */
const KICKER_WORDS = 2;

/** Blocks before the article's first paragraph of prose (none when the article opens with one). */
function beforeFirstProse(ctx: RuleContext): Element[] {
  const out: Element[] = [];
  for (const el of ctx.elements()) {
    if (el.tagName === 'P' && ctx.text(el).length >= 80 && ctx.linkDensity(el) < 0.5) return out;
    if (SECTION_LINK_TAGS.has(el.tagName) && ctx.isAttached(el)) out.push(el);
  }
  return [];
}

/** A section front's address: one or two short path segments without figures ("/externe", "/news/world"), on this site. */
function isSectionUrl(a: Element, pageUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(a.getAttribute('href') ?? '', pageUrl);
  } catch {
    return false;
  }
  if (url.host !== new URL(pageUrl).host) return false;
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.length >= 1 && segments.length <= 2 && segments.every((s) => s.length <= 25 && !/\d/.test(s))
    && !segments.some((s) => /^(?:author|authors|autor|autori|autore|auteur|people|profile|user|tag|tags)$/i.test(s));
}

const trailingCall: Detector<'trailingCall'> = (ctx, match) => {
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
};

/**
 * Lines no longer than `maxLength` after the article's last paragraph, and that paragraph itself:
 * a call or a footer line can be long enough to pass for it ("Follow The Gleaner on Twitter … Send
 * us a message on WhatsApp at …"), so there it only counts when it opens with its phrase. A line
 * wrapped whole in another listed block is judged there ("<p><b>Follow …</b></p>" as the <p>).
 */
function trailingLines(ctx: RuleContext, maxLength: number): { lastProse?: Element; lines: Element[] } {
  const { lastProse, after } = lastProseAndAfter(ctx, SECTION_LINK_TAGS);
  const lines = (lastProse ? [lastProse, ...after] : after).filter((el) => {
    const text = ctx.text(el);
    const child = el.firstElementChild;
    return text && text.length <= maxLength && !(child && SECTION_LINK_TAGS.has(child.tagName) && ctx.text(child) === text);
  });
  return { lastProse, lines };
}

const trailingLine: Detector<'trailingLine'> = (ctx, match) => {
  const opening = cachedMatcher(match.phrases, 'start');
  const out: Element[][] = [];
  for (const el of trailingLines(ctx, match.maxLength).lines) {
    const label = openingText(ctx.folded(el));
    const opens = opening.exec(label);
    // A label alone ("Quellen:") heads a list that is the article's own.
    if (opens && (!match.labelled || /^\s*:\s*\S/u.test(label.slice(opens[0].length)))) out.push([ctx.outermostWithSameText(el)]);
  }
  return out;
};

const trailingSection: Detector<'trailingSection'> = (ctx, match) => {
  const whole = cachedMatcher(match.phrases, 'whole');
  const out: Element[][] = [];
  for (const el of lastProseAndAfter(ctx, SECTION_LINK_TAGS).after) {
    const text = ctx.text(el);
    if (!text || text.length > match.maxLabelLength || !whole.test(stripDecoration(ctx.folded(el)))) continue;
    const label = ctx.outermostWithSameText(el);
    // The section is what follows the label to the end of its block: all of it after the last paragraph.
    const section: Element[] = [label];
    for (let next = label.nextElementSibling; next; next = next.nextElementSibling) section.push(next);
    if (section.length > 1) out.push(section);
  }
  return out;
};

/** An outlet's or site's name: "Mediafax", "Digi24", "Cancan.ro", "Prosport.ro", "The Guardian". */
const MAX_NAME_LINE = 30;
const DOMAIN = /[\p{L}\p{N}-]\.[a-z]{2,6}$/iu;
/** Fewer outlet-name lines than this after the article are a signature or a source, not a widget's remains. */
const MIN_NAME_RUN = 3;

/**
 * What a teaser widget leaves behind after the article when Readability drops its headline links
 * as link-dense: its outlet names, one per line ("Mediafax", "Digi24", "Cancan.ro"…), and its label
 * with nothing under it. Taken from the end of the article backwards while the lines are such
 * remains: a run of outlet names goes when it holds at least three, half of them domains; a
 * heading goes when nothing but such remains follows it.
 */
const trailingOrphans: Detector<'trailingOrphans'> = (ctx) => {
  const { after } = lastProseAndAfter(ctx, ORPHAN_LINE_TAGS);
  // Lines: the innermost listed blocks with text (a wrapper around a line is the line).
  const lines = after.filter((el) => ctx.text(el) && !after.some((other) => other !== el && el.contains(other) && ctx.text(other)));
  const names: Element[] = [];
  const labels: Element[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const el = lines[i]!;
    const text = ctx.text(el);
    const sentence = /[.!?:;,]$/u.test(text) || /^\d+$/u.test(text);
    if (/^H[2-6]$/.test(el.tagName) && text.length <= 60 && !sentence) labels.push(el);
    else if (labels.length === 0 && text.length <= MAX_NAME_LINE && countWords(text) <= 3 && !sentence && ctx.linkDensity(el) < 0.5) names.push(el);
    else break;
  }
  const domains = names.filter((el) => DOMAIN.test(ctx.text(el))).length;
  const nameRun = names.length >= MIN_NAME_RUN && domains * 2 >= names.length;
  if (!nameRun && labels.length === 0) return [];
  const orphans = [...labels, ...(nameRun ? names : [])].map((el) => ctx.outermostWithSameText(el));
  return orphans.length > 0 && (nameRun || names.length === 0) ? [orphans.reverse()] : [];
};

const ORPHAN_LINE_TAGS = new Set([...SECTION_LINK_TAGS, 'SPAN', 'A', 'STRONG', 'B', 'SMALL', 'CITE', 'FIGCAPTION']);

const DETECTORS: { [K in Matcher['kind']]: Detector<K> } = {
  markup,
  commentSection: (ctx) => detectCommentSections(ctx),
  commentThread: (ctx) => detectCommentThreads(ctx),
  phraseLine,
  commentAction,
  loginPrompt,
  labelledLinks,
  inlineLabelledLink,
  labelledBox,
  articleMeta,
  imageCredit,
  teaserRun,
  topicTeaser,
  socialBar,
  breadcrumb,
  titleCopy,
  sectionLinks,
  trailingCall,
  trailingLine,
  trailingSection,
  trailingOrphans,
};

export function detect(ctx: RuleContext, match: Matcher): Element[][] {
  const detector = DETECTORS[match.kind] as Detector<typeof match.kind>;
  return detector(ctx, match as never);
}
