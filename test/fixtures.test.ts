/**
 * Every seed fixture variant and every extra fixture through the whole pipeline, judged against its
 * gold file with the benchmark's own scoring (bench/score.ts): all keep lines present, no drop line
 * present, the title and the language right, and every removal well-formed.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { scoreFixture } from '../bench/score';
import { RULES } from '../core/rules/catalog';
import { isCategory } from '../core/categories';
import type { Article } from '../core/types';
import { extractArticle, fixturePages, listing, outputLine } from './helpers';

const RULE_IDS = new Set(RULES.map((rule) => rule.id));

/** Problems with the removal list: unknown rules, bad categories, removed text without markup. */
function removalProblems(article: Article): string[] {
  const problems: string[] = [];
  for (const [i, removal] of article.removed.entries()) {
    const where = `removed[${i}] (${removal.rule}, ${JSON.stringify(removal.text.slice(0, 60))})`;
    if (!RULE_IDS.has(removal.rule)) problems.push(`${where}: rule id not in RULES`);
    if (!isCategory(removal.category)) problems.push(`${where}: category ${removal.category}`);
    const rule = RULES.find((r) => r.id === removal.rule);
    if (rule && rule.category !== removal.category) problems.push(`${where}: category ${removal.category} but the rule says ${rule.category}`);
    if (removal.stage !== 'page' && removal.stage !== 'article') problems.push(`${where}: stage ${String(removal.stage)}`);
    if (removal.text.trim() !== '' && !rule?.listedAsText) {
      if (removal.html.trim() === '') problems.push(`${where}: text but no html`);
      // The sanitized markup shows (part of) the text: it is the removed block, not something else.
      // (Only part: the sanitizer drops buttons and form fields, whose labels are in the text.)
      const shown = new JSDOM(`<body>${removal.html}</body>`).window.document.body.textContent ?? '';
      const words = removal.text.split(/\s+/).filter((w) => w.length > 2);
      if (words.length > 0 && !words.some((w) => shown.includes(w))) problems.push(`${where}: html does not show its text`);
    }
  }
  return problems;
}

describe('fixtures: seeds and extras against their gold files', () => {
  for (const page of fixturePages()) {
    it(page.id, () => {
      const article = extractArticle(readFileSync(page.file, 'utf8'), page.url);
      const score = scoreFixture(page.id, page.gold, outputLine(page.id, article));

      const report = [
        listing('missing keep lines', score.missedKeep),
        listing('leaked drop lines', score.dropLeaked.map((d) => `[${d.category}] ${d.text}`)),
      ].join('');
      expect(score.missedKeep.length + score.dropLeaked.length, `${page.id}\n${report}`).toBe(0);

      if (page.gold.title !== null) {
        expect(score.titleRight, `title ${JSON.stringify(article.title)}, gold ${JSON.stringify(page.gold.title)}`).toBe(true);
      }
      expect({ code: article.language.code, bcp47: article.language.bcp47, dir: article.language.dir }).toEqual({
        code: page.gold.language.iso639_3,
        bcp47: page.gold.language.bcp47,
        dir: page.gold.language.dir,
      });
      expect(score.languageRight && score.dirRight).toBe(true);

      expect(removalProblems(article), 'removals').toEqual([]);
      expect(article.wordCount).toBeGreaterThan(50);
      expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
    });
  }
});
