/** One rule through the rule engine on a small HTML example, as the catalog's examples and the phrase tests run it. */
import { JSDOM } from 'jsdom';
import { RuleContext } from '../core/rules/context';
import { applyRules, type RawRemoval } from '../core/rules/engine';
import type { Rule } from '../core/rules/types';

/** The page every example sits in. */
export const EXAMPLE_URL = 'https://www.example-news.com/city/2025/03/12/council-budget-approved';
export const EXAMPLE_TITLE = 'Council approves the new city budget for 2025';

let parser: DOMParser | undefined;

/**
 * Runs the rule alone on the example in one stage: the page stage on the body, the article stage on
 * the example's wrapper (as on Readability's result). `marked` are the elements marked `data-drop`.
 */
export function runExample(rule: Rule, html: string, stage: 'page' | 'article'): { root: Element; removals: RawRemoval[]; marked: Element[] } {
  parser ??= new (new JSDOM('', { url: EXAMPLE_URL }).window.DOMParser)();
  const document = parser.parseFromString(`<!doctype html><html><body><div id="article">${html}</div></body></html>`, 'text/html');
  const root = stage === 'page' ? document.body : document.getElementById('article')!;
  const marked = Array.from(root.querySelectorAll('[data-drop]'));
  const ctx = new RuleContext({ root, stage, url: EXAMPLE_URL, site: 'example-news.com', title: EXAMPLE_TITLE, aboutHoroscopes: false });
  return { root, removals: applyRules(ctx, [rule]), marked };
}
