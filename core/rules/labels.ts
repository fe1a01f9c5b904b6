/** How detectors read labels and match phrases in them (folded text, see text.ts). */
import { foldText, phraseMatcher } from '../text';

const matcherCache = new Map<readonly string[], Map<string, RegExp>>();

/** A phrase list as a RegExp, built once per list and anchoring (rules pass the same arrays every run). */
export function cachedMatcher(phrases: readonly string[], anchored: 'anywhere' | 'whole' | 'start'): RegExp {
  let byAnchor = matcherCache.get(phrases);
  if (!byAnchor) matcherCache.set(phrases, (byAnchor = new Map()));
  let re = byAnchor.get(anchored);
  if (!re) byAnchor.set(anchored, (re = phraseMatcher(phrases, anchored)));
  return re;
}

/** Label text without the decoration around it: "Citește și:", "» Related «", "Comentarii (13)". */
export function labelText(text: string): string {
  return stripDecoration(foldText(text));
}

/** Folded text from its first word on: "» Related", "*Werbung", "— Quelle: dpa" open with their label. */
export function openingText(folded: string): string {
  return folded.replace(/^[\s\p{P}\p{S}]+/u, '');
}

/** Folded text without the marks around it and without a trailing counter ("comentarii (13)"). */
export function stripDecoration(folded: string): string {
  return folded
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s*[([]?\d+[)\]]?$/u, '')
    .trim();
}

/**
 * A sentence: a full stop, question or exclamation mark followed by more words. The full stop of a
 * day of the month ("24. Januar 2022", "3. April") ends no sentence.
 */
export const SENTENCE_INSIDE = /(?<!(?:^|[\s(])\d{1,2})[.!?…]\s+\p{Lu}/u;
