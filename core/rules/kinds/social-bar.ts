/** Share and follow bars. */
import { hasTag } from '../../dom';
import { allPhrases, AND_PREFIX, SHARE_FILLER, SOCIAL_NETWORKS } from '../../phrases';
import { foldText, phraseMatcher, phrasePattern } from '../../text';
import { matcherKind } from '../kind';
import { cachedMatcher } from '../labels';

/**
 * Short blocks made only of network names and share/follow words ("Facebook Twitter"), or a short
 * line that opens with an invitation and names a network ("Urmărește Gazeta de Ardeal pe Google News").
 */
export interface SocialBarMatch {
  kind: 'socialBar';
  phrases: readonly string[];
  maxLength: number;
  invitations: readonly string[];
}

/** Network and messenger names (SOCIAL_NETWORKS), anywhere in folded text. */
export const NETWORKS = phraseMatcher(SOCIAL_NETWORKS);
const SHARE_URL = /(facebook\.com\/(sharer|share|dialog)|twitter\.com\/(intent|share)|x\.com\/intent|wa\.me|whatsapp:|api\.whatsapp|linkedin\.com\/(share|cws)|t\.me\/share|telegram\.me\/share|pinterest\.com\/pin\/create|reddit\.com\/submit|mailto:\?|viber:|news\.google\.com)/i;
/** An invitation line longer than this is a sentence, not a button. */
const MAX_INVITATION = 160;
/** Words and marks between the network names: "on", "and", "·", a share counter ("12k"). */
const FILLER = new RegExp(`^(?:${phrasePattern(allPhrases(SHARE_FILLER))}|&|\\+|·|•|\\||\\d+[kmκ]?)$`, 'u');
/** "و" (and) stuck to the next word: "وتويتر" is "and Twitter". */
const AND_PREFIXED = new RegExp(`(?<![\\p{L}])${phrasePattern(allPhrases(AND_PREFIX))}(\\p{L}{3,})`, 'gu');
const NETWORK_AHEAD = phraseMatcher(SOCIAL_NETWORKS, 'start');

/** True when the text is nothing but network names, share/follow words and filler. */
function onlySocialWords(text: string, socialPhrases: RegExp): { social: boolean; words: number } {
  // A network's name keeps its first letter even when that is the prefix ("واتساب", "واتس اب": WhatsApp).
  let rest = foldText(text).replace(AND_PREFIXED, (word: string, after: string, at: number, folded: string) =>
    (NETWORK_AHEAD.test(folded.slice(at)) ? word : after));
  let found = 0;
  for (const re of [socialPhrases, NETWORKS]) {
    rest = rest.replace(new RegExp(re.source, 'gu'), () => {
      found++;
      return ' ';
    });
  }
  const leftovers = rest.split(/[\s\p{P}\p{S}]+/u).filter((word) => word && !FILLER.test(word));
  return { social: found > 0 && leftovers.length === 0, words: found };
}

export const socialBar = matcherKind<SocialBarMatch>()({}, (ctx, match) => {
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
    const interactive = el.localName === 'a' || el.localName === 'button' || hasTag(el, 'a', 'button');
    const shareLink = el.localName === 'a' && el.hasAttribute('href') && SHARE_URL.test(el.getAttribute('href') ?? '');
    // A lone "Facebook" may be a link in a sentence; it is a share button only with company or a share URL.
    const neighbourIsSocial = [el.previousElementSibling, el.nextElementSibling]
      .some((sibling) => sibling !== null && onlySocialWords(ctx.text(sibling), phrases).social);
    if (words >= 2 || shareLink || (interactive && neighbourIsSocial) || (!interactive && el.parentElement?.childElementCount === 1)) {
      out.push([ctx.outermostWithSameText(el)]);
    }
  }
  return out;
});
