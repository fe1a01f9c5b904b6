/**
 * The kinds of clutter the rules remove, in the order the popup lists them and the rules run. A new
 * category is one entry here: the rule type, the library's validator, the popup's headings and the
 * fixture checks all read this registry (test/categories.test.ts adds one and follows it through).
 */
export interface CategoryInfo {
  /** The heading its removed blocks are listed under, in English (the CLI's, and the interface's without a message). */
  label: string;
  /** The interface's message for the heading, in public/_locales. */
  message?: string;
}

export const CATEGORIES = {
  comments: { label: 'Comments', message: 'removedComments' },
  horoscope: { label: 'Horoscope', message: 'removedHoroscope' },
  promo: { label: 'Promos and related links', message: 'removedPromo' },
  chrome: { label: 'Menus and other page parts', message: 'removedChrome' },
} satisfies Record<string, CategoryInfo>;

export type RuleCategory = keyof typeof CATEGORIES;

/** The categories' ids in registry order (read at call time, so an entry added later counts). */
export function categoryIds(): RuleCategory[] {
  return Object.keys(CATEGORIES) as RuleCategory[];
}

export function isCategory(value: unknown): value is RuleCategory {
  return typeof value === 'string' && Object.hasOwn(CATEGORIES, value);
}
