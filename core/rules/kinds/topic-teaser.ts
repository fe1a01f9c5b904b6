/** Teaser links and short blocks about a topic the article is not about (horoscopes). */
import { insideLink, linksIn } from '../../dom';
import { isHoroscopeText, signsIn } from '../horoscope-signs';
import { matcherKind } from '../kind';
import { cachedMatcher } from '../labels';
import type { RuleContext } from '../context';

/**
 * Teaser links and short blocks about horoscopes and the zodiac (skipped when the article itself is
 * about them); with `signs`, also a zodiac sign's name in horoscope context (see horoscope-signs.ts).
 */
export interface TopicTeaserMatch {
  kind: 'topicTeaser';
  phrases: readonly string[];
  maxLength: number;
  signs?: boolean;
}

/** Distinct sign names a run of sign links must show ("Berbec", "Taur", "Gemeni"… one per link). */
const MIN_SIGN_RUN = 3;

export const topicTeaser = matcherKind<TopicTeaserMatch>()({ signs: false as boolean }, (ctx, match) => {
  if (ctx.aboutHoroscopes) return [];
  const anywhere = cachedMatcher(match.phrases, 'anywhere');
  const out: Element[][] = [];
  /** Links that name a sign and nothing else of horoscopes, by the element holding their cards. */
  const signLinks = new Map<Element, Element[]>();
  for (const el of ctx.innermostShort(match.maxLength)) {
    const folded = ctx.folded(el);
    const word = anywhere.test(folded);
    if (!word && !(match.signs && signsIn(folded).signs > 0)) continue;
    const linked = insideLink(el) || ctx.linkDensity(el) >= 0.5;
    if (!linked && ctx.text(el).length > 40 && !/^H[1-6]$/.test(el.tagName)) continue;
    const talks = word || isHoroscopeText(folded);
    if (!talks && !linked) continue;
    const card = teaserCard(ctx, el, match.maxLength);
    if (talks) {
      out.push([card]);
    } else if (card.parentElement) {
      const cards = signLinks.get(card.parentElement) ?? [];
      if (!cards.includes(card)) cards.push(card);
      signLinks.set(card.parentElement, cards);
    }
  }
  // A run of links each naming a sign is a horoscope menu.
  for (const cards of signLinks.values()) {
    if (cards.length >= MIN_SIGN_RUN && signsIn(cards.map((card) => ctx.folded(card)).join(' ')).signs >= MIN_SIGN_RUN) out.push(cards);
  }
  return out;
});

/** A teaser's card: the largest short ancestor that still holds a single link target. */
function teaserCard(ctx: RuleContext, el: Element, maxLength: number): Element {
  let card = el;
  for (let parent = card.parentElement; parent && parent !== ctx.root; parent = parent.parentElement) {
    const targets = new Set(linksIn(parent).map((a) => a.getAttribute('href')));
    if (ctx.text(parent).length > maxLength || targets.size > 1) break;
    card = parent;
  }
  return card;
}
