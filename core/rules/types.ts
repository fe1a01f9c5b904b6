import type { RuleCategory } from '../categories';
import type { Matcher } from './kinds';

export type { Matcher } from './kinds';

export interface Rule {
  id: string;
  category: RuleCategory;
  description: string;
  /** 'page': run on the whole page before Readability; 'article': run on Readability's result. */
  stages: readonly ('page' | 'article')[];
  match: Matcher;
  /**
   * Matches only third-party widgets and banners (by vendor markup), never an article: kept when
   * the page is retried without the other page rules, and prose inside it is never the article.
   */
  neverArticle?: boolean;
  /**
   * Small HTML examples, in any language, that test/rule-examples.test.ts runs through the rule
   * engine with this rule alone, in each of its stages: in a `drop` example exactly the elements
   * marked `data-drop` are removed (and credited to this rule); a `keep` example loses nothing.
   */
  examples: { drop: readonly string[]; keep: readonly string[] };
  /**
   * Its removals are listed by their text only, without their markup: the site's own header, menus
   * and footer are nothing a reader wants shown again as they were, and their markup is most of what
   * a page's removals weigh (82% on a sample of trafilatura-eval; sanitizing it cost more than the
   * article's own).
   */
  listedAsText?: boolean;
  /** Runs before (or after) every rule of every category; rules run by category otherwise (see catalog/index.ts). */
  runs?: 'first' | 'last';
}
