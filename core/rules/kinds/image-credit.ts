/** Picture credit lines. */
import { allPhrases, CREDIT_BY, CREDIT_MARKS } from '../../phrases';
import { phraseMatcher, phrasePattern } from '../../text';
import { matcherKind } from '../kind';
import { cachedMatcher, SENTENCE_INSIDE } from '../labels';

/** Picture credit lines: "TebNad/Shutterstock.com", "© Getty Images", "Foto: dpa", "Photograph by …", "Credit: …". */
export interface ImageCreditMatch {
  kind: 'imageCredit';
  agencies: readonly string[];
  labels: readonly string[];
  maxLength: number;
}

/** "Foto: …", "Photo – …": a credit word with its mark. */
const MARKED = new RegExp(`^${phrasePattern(allPhrases(CREDIT_MARKS))}\\s*[:\\-–]`, 'u');
const BY = phraseMatcher(allPhrases(CREDIT_BY));

export const imageCredit = matcherKind<ImageCreditMatch>()({}, (ctx, match) => {
  const agency = cachedMatcher(match.agencies, 'anywhere');
  const label = cachedMatcher(match.labels, 'start');
  const out: Element[][] = [];
  for (const el of ctx.innermostShort(match.maxLength)) {
    const text = ctx.text(el);
    // "(Credit: …)", ". Imagen: Télam": the brackets and stray marks around a credit are not part of it.
    const folded = ctx.folded(el).replace(/^[\s\p{P}]+/u, '');
    // An agency name alone may be a sentence's source ("…και Reuters"); a credit has its own marks.
    const marked = /[©/|]/.test(text) || MARKED.test(folded);
    const labelled = label.test(folded) && (/^[^:]{0,25}:/u.test(folded) || BY.test(folded));
    const agencyAlone = text.length <= 30 && text.split(/\s+/).length <= 3 && agency.test(folded);
    if (((marked && agency.test(folded)) || labelled || agencyAlone) && !SENTENCE_INSIDE.test(text.replace(/^[\s\p{P}]+/u, ''))) {
      out.push([ctx.outermostWithSameText(el)]);
    }
  }
  return out;
});
