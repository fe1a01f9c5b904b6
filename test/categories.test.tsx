// @vitest-environment jsdom
/**
 * A new category is one entry in core/categories.ts: added here at run time, with a rule of that
 * category, it flows through extraction (the removal is credited to it), the library's validator
 * (a save of such an article passes), the popup's list (its heading is there) and the fixture checks.
 */
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemovedList } from '../components/RemovedList';
import { CATEGORIES, type CategoryInfo, categoryIds, isCategory, type RuleCategory } from '../core/categories';
import { orderedRules, RULES_BY_CATEGORY } from '../core/rules/catalog';
import type { Rule } from '../core/rules/types';
import { checkArticle, toSavedArticle } from '../lib/library/records';
import { ARTICLE_TEXTS } from './article-texts';
import { articlePage, extractArticle } from './helpers';

const NEW = 'giveaways' as RuleCategory;
const registry = CATEGORIES as Record<string, CategoryInfo>;

const giveawayRule: Rule = {
  id: 'giveaways.line',
  category: NEW,
  description: 'Prize-draw invitations.',
  stages: ['article'],
  match: { kind: 'phraseLine', phrases: ['win a weekend in rome'], maxLength: 60 },
  examples: { drop: ['<p data-drop>Win a weekend in Rome!</p>'], keep: ['<p>Nobody will win a weekend in Rome this year, the council said.</p>'] },
};

describe('a category added to the registry', () => {
  beforeAll(() => {
    registry[NEW] = { label: 'Giveaways' };
  });
  afterAll(() => {
    delete registry[NEW];
  });

  const { title, paragraphs } = ARTICLE_TEXTS.en;
  const page = articlePage({ lang: 'en', title, paragraphs, clutter: '<p>Win a weekend in Rome!</p>', after: 3 });
  const url = 'https://www.example-news.com/city/2025/03/12/council-budget-approved';

  it('is a category everywhere the registry is read', () => {
    expect(isCategory(NEW)).toBe(true);
    expect(categoryIds().at(-1)).toBe(NEW);
  });

  it('orders its rules after the existing categories, and its removals are credited to it', () => {
    const rules = orderedRules({ ...RULES_BY_CATEGORY, [NEW]: [giveawayRule] }, categoryIds());
    expect(rules.at(-2)?.id).toBe(giveawayRule.id); // before only the rule marked to run last
    const article = extractArticle(page, url, { rules });
    const removal = article.removed.find((r) => r.rule === giveawayRule.id);
    expect(removal?.category).toBe(NEW);
    expect(removal?.text).toBe('Win a weekend in Rome!');
    expect(article.text).not.toContain('Win a weekend');

    // The library's validator accepts the saved article with that removal …
    const checked = checkArticle(toSavedArticle(article, '2025-03-12T10:00:00.000Z'));
    expect(checked.ok ? checked.record.removed.map((r) => r.category) : checked.reason).toContain(NEW);

    // … and the popup lists it under the category's heading.
    const host = document.createElement('div');
    render(<RemovedList removed={article.removed} baseUrl={url} dir="ltr" restored={new Set()} onToggle={() => {}} />, host);
    const section = host.querySelector(`[data-testid="removed-${NEW}"]`);
    expect(section?.querySelector('h3')?.textContent).toBe('Giveaways (1)');
    render(null, host);
  });

  it('is refused again once it leaves the registry', () => {
    delete registry[NEW];
    const article = extractArticle(page, url, { rules: [giveawayRule] });
    const checked = checkArticle(toSavedArticle(article, '2025-03-12T10:00:00.000Z'));
    expect(checked.ok ? 'accepted' : checked.reason).toMatch(/category is not one of comments, horoscope, promo, chrome/);
    registry[NEW] = { label: 'Giveaways' };
  });
});
