/**
 * The built-in clutter rules, as data, listed per category (one file each). They run category by
 * category in the registry's order (core/categories.ts), so a removal is credited to the rule that
 * knows best what it is (a horoscope teaser inside a promo box is listed as horoscope); within a
 * category, specific rules come before general ones. A rule marked `runs: 'first'` or `'last'` runs
 * before or after all the others.
 */
import { categoryIds, type RuleCategory } from '../../categories';
import type { Rule } from '../types';
import { CHROME_RULES } from './chrome';
import { COMMENT_RULES } from './comments';
import { HOROSCOPE_RULES } from './horoscope';
import { PROMO_RULES } from './promo';

export const RULES_BY_CATEGORY: { readonly [C in RuleCategory]: readonly Rule[] } = {
  comments: COMMENT_RULES,
  horoscope: HOROSCOPE_RULES,
  promo: PROMO_RULES,
  chrome: CHROME_RULES,
};

/** Rules in the order they run. */
export function orderedRules(byCategory: Readonly<Record<string, readonly Rule[]>>, categories: readonly string[]): Rule[] {
  const all = categories.flatMap((category) => byCategory[category] ?? []);
  return [...all.filter((rule) => rule.runs === 'first'), ...all.filter((rule) => !rule.runs), ...all.filter((rule) => rule.runs === 'last')];
}

export const RULES: readonly Rule[] = orderedRules(RULES_BY_CATEGORY, categoryIds());
